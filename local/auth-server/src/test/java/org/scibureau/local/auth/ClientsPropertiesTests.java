package org.scibureau.local.auth;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClientsPropertiesTests {

	private static final List<String> NO_URIS = List.of();

	@Test
	void refusesClientCredentialsClientWithoutSecret() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> machine("tool", null, List.of(Role.AUDITOR), "510100", false))
			.withMessageContaining("needs a secret");
	}

	@Test
	void refusesSecretWithoutEncoderId() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> machine("tool", "plain-secret", List.of(Role.AUDITOR), "510100", false))
			.withMessageContaining("encoder id");
	}

	@Test
	void refusesClientCredentialsClientWithoutRoles() {
		assertThatIllegalArgumentException().isThrownBy(() -> machine("tool", "{noop}s", List.of(), "510100", false))
			.withMessageContaining("roles and a jurisdiction");
	}

	@Test
	void refusesAuthorizationCodeClientWithoutRedirectUris() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ClientsProperties.Client("app", null, Set.of(GrantType.AUTHORIZATION_CODE), NO_URIS,
					Set.of("openid"), List.of(), null, null, null, false))
			.withMessageContaining("redirect-uris");
	}

	@Test
	void refusesClaimsFromRequestWithoutClientCredentials() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ClientsProperties.Client("app", null, Set.of(GrantType.AUTHORIZATION_CODE),
					List.of("http://127.0.0.1:5173/callback"), Set.of("openid"), List.of(), null, null, null, true))
			.withMessageContaining("claims from requests");
	}

	@Test
	void registersMachineClientWithItsOwnClaims() {
		ClientsProperties.Client client = machine("audit-office", "{noop}s", List.of(Role.AUDITOR), "510100", false);

		RegisteredClient registration = RegisteredClients.registration(client, Duration.ofMinutes(5));

		assertThat(registration.getAuthorizationGrantTypes()).containsExactly(AuthorizationGrantType.CLIENT_CREDENTIALS);
		assertThat(registration.getClientAuthenticationMethods()).containsExactlyInAnyOrder(
				ClientAuthenticationMethod.CLIENT_SECRET_BASIC, ClientAuthenticationMethod.CLIENT_SECRET_POST);
		assertThat(registration.getTokenSettings().getAccessTokenTimeToLive()).isEqualTo(Duration.ofMinutes(5));
		assertThat(RegisteredClients.ownClaims(registration))
			.hasValue(new TokenClaims("audit-office", List.of(Role.AUDITOR), "510100", null, null));
		assertThat(RegisteredClients.claimsFromRequest(registration)).isFalse();
	}

	@Test
	void registersBrowserClientAsPublicWithPkce() {
		ClientsProperties.Client client = new ClientsProperties.Client("scibureau-dashboard", null,
				Set.of(GrantType.AUTHORIZATION_CODE), List.of("http://127.0.0.1:5173/callback"),
				Set.of("openid", "profile"), List.of(), null, null, null, false);

		RegisteredClient registration = RegisteredClients.registration(client, Duration.ofHours(1));

		assertThat(registration.getClientAuthenticationMethods()).containsExactly(ClientAuthenticationMethod.NONE);
		assertThat(registration.getClientSettings().isRequireProofKey()).isTrue();
		assertThat(registration.getClientSettings().isRequireAuthorizationConsent()).isFalse();
		assertThat(RegisteredClients.ownClaims(registration)).isEmpty();
	}

	private static ClientsProperties.Client machine(String clientId, String secret, List<Role> roles,
			String jurisdiction, boolean claimsFromRequest) {
		return new ClientsProperties.Client(clientId, secret, Set.of(GrantType.CLIENT_CREDENTIALS), NO_URIS, Set.of(),
				roles, jurisdiction, null, null, claimsFromRequest);
	}

}
