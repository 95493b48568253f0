package org.scibureau.local.auth;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The demo users of {@code demo-directory.yml}: their form logins and the claims their tokens carry.
 * <p>
 * Users name their organisation and talent by key; an unknown key stops the server at startup rather than
 * issuing tokens with dangling ids.
 */
@Component
final class DemoUsers implements UserDetailsService {

	private final Map<String, Account> accounts = new HashMap<>();

	DemoUsers(DemoDirectoryProperties directory) {
		Map<String, UUID> organisations = new HashMap<>();
		directory.organisations().forEach(organisation -> putUnique(organisations, "organisation",
				organisation.key(), organisation.id()));
		Map<String, UUID> talents = new HashMap<>();
		directory.talents().forEach(talent -> putUnique(talents, "talent", talent.key(), talent.id()));
		for (DemoDirectoryProperties.User user : directory.users()) {
			TokenClaims claims = new TokenClaims(user.username(), user.roles(), user.jurisdiction(),
					resolve(organisations, "organisation", user.organisation(), user.username()),
					resolve(talents, "talent", user.talent(), user.username()));
			String password = (user.password() != null) ? user.password() : directory.defaultPassword();
			putUnique(this.accounts, "user", user.username(), new Account(password, claims));
		}
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = this.accounts.get(username);
		if (account == null) {
			throw new UsernameNotFoundException("no demo user '" + username + "'");
		}
		// A fresh object per call: authentication erases the credentials of the one it is handed.
		return User.withUsername(username)
			.password(account.password())
			.authorities(account.claims().roleNames().toArray(String[]::new))
			.build();
	}

	/**
	 * The claims of a demo user's tokens.
	 */
	Optional<TokenClaims> claimsOf(String username) {
		return Optional.ofNullable(this.accounts.get(username)).map(Account::claims);
	}

	private static @Nullable UUID resolve(Map<String, UUID> ids, String kind, @Nullable String key, String username) {
		if (key == null) {
			return null;
		}
		UUID id = ids.get(key);
		if (id == null) {
			throw new IllegalArgumentException(
					"user '" + username + "' names " + kind + " '" + key + "', which the demo directory lacks");
		}
		return id;
	}

	private static <V> void putUnique(Map<String, V> map, String kind, String key, V value) {
		if (map.putIfAbsent(key, value) != null) {
			throw new IllegalArgumentException("the demo directory lists " + kind + " '" + key + "' twice");
		}
	}

	private record Account(String password, TokenClaims claims) {
	}

}
