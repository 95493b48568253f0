package org.scibureau.local.auth;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The fixed demo identities of the local platform, kept in {@code demo-directory.yml}: organisations and talents
 * with stable ids that the demo seeder reuses, and the demo users who log in with them.
 *
 * @param organisations the demo organisations
 * @param talents the demo talents (experts and researchers)
 * @param defaultPassword the password, with its encoder id, of every user that names none
 * @param users the demo users
 */
@Validated
@ConfigurationProperties("scibureau.auth.directory")
record DemoDirectoryProperties(@DefaultValue @Valid List<Organisation> organisations,
		@DefaultValue @Valid List<Talent> talents, @NotBlank String defaultPassword,
		@DefaultValue @Valid List<User> users) {

	DemoDirectoryProperties {
		// Binding hands over null for a missing value before bean validation runs.
		if (defaultPassword != null) {
			requireEncoderId(defaultPassword, "scibureau.auth.directory.default-password");
		}
	}

	private static void requireEncoderId(String password, String name) {
		if (!password.startsWith("{")) {
			throw new IllegalArgumentException(name + " must start with an encoder id such as {noop} or {bcrypt}");
		}
	}

	/**
	 * A demo organisation.
	 *
	 * @param key the short name users and talents refer to it by
	 * @param id the organisation id, the {@code org} claim of its users
	 * @param name the English name
	 * @param nameZh the Chinese name
	 * @param kind what it is: {@code university}, {@code research-institute}, {@code enterprise} or {@code hospital}
	 * @param jurisdiction the 6-digit division code of the district it is registered in
	 */
	record Organisation(@NotBlank String key, @NotNull UUID id, @NotBlank String name, @NotBlank String nameZh,
			@NotBlank String kind, @NotNull @Pattern(regexp = TokenClaims.JURISDICTION_FORMAT) String jurisdiction) {
	}

	/**
	 * A demo talent: an expert or researcher.
	 *
	 * @param key the short name users refer to it by
	 * @param id the talent id, the {@code talent_id} claim of its user
	 * @param name the English name
	 * @param nameZh the Chinese name
	 * @param organisation the key of the organisation the talent works for
	 * @param field the field of expertise
	 */
	record Talent(@NotBlank String key, @NotNull UUID id, @NotBlank String name, @NotBlank String nameZh,
			@Nullable String organisation, @NotBlank String field) {
	}

	/**
	 * A demo user who logs in with the form and whose tokens carry these claims.
	 *
	 * @param username the login name and the {@code sub} claim
	 * @param password the password with its encoder id; the default password when absent
	 * @param roles the {@code roles} claim
	 * @param jurisdiction the {@code jurisdiction} claim
	 * @param organisation the key of the organisation whose id becomes the {@code org} claim
	 * @param talent the key of the talent whose id becomes the {@code talent_id} claim
	 */
	record User(@NotBlank String username, @Nullable String password, @NotEmpty List<Role> roles,
			@NotNull @Pattern(regexp = TokenClaims.JURISDICTION_FORMAT) String jurisdiction,
			@Nullable String organisation, @Nullable String talent) {

		User {
			if (password != null) {
				requireEncoderId(password, "password of user '" + username + "'");
			}
		}

	}

}
