package org.scibureau.platform.security;

import java.util.Collection;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Grants {@code ROLE_<role>} for each role of the token's {@code roles} claim that the platform knows.
 */
final class RolesAuthoritiesConverter implements Converter<Jwt, Collection<GrantedAuthority>> {

	@Override
	public Collection<GrantedAuthority> convert(Jwt jwt) {
		return Caller.roles(jwt)
			.stream()
			.filter(Roles.ALL::contains)
			.<GrantedAuthority>map((role) -> new SimpleGrantedAuthority("ROLE_" + role))
			.toList();
	}

}
