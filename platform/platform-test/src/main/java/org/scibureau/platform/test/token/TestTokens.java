package org.scibureau.platform.test.token;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;

/**
 * Issues JWTs for tests, signed with an RSA key whose public half is served as a JWK Set by an HTTP server inside
 * this JVM, so a service under test validates them exactly as it validates real tokens.
 * <p>
 * The issuer is the server's base URL; it serves the key set at {@link #jwkSetUri()} and OpenID Provider metadata at
 * {@code /.well-known/openid-configuration}. One key and one server per JVM, see {@link #shared()}.
 *
 * <pre>{@code
 * String jwt = TestTokens.shared().token().roles("plan-officer").jurisdiction("510100").build();
 * }</pre>
 */
public final class TestTokens {

	/** The audience every scibureau service requires. */
	public static final String AUDIENCE = "scibureau-api";

	/** Path of the JWK Set on the issuer's server. */
	public static final String JWK_SET_PATH = "/oauth2/jwks";

	private static final String KEY_ID = "scibureau-test-key";

	private static @Nullable TestTokens shared;

	private final RSAKey signingKey;

	private @Nullable RSAKey foreignKey;

	private final HttpServer server;

	private final String issuer;

	private TestTokens() {
		this.signingKey = generateKey();
		this.server = startServer();
		this.issuer = "http://127.0.0.1:" + server.getAddress().getPort();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "test-tokens-shutdown"));
	}

	/**
	 * This JVM's token factory, created with its key and JWKS server on first call.
	 * @return the shared factory
	 */
	public static synchronized TestTokens shared() {
		if (shared == null) {
			shared = new TestTokens();
		}
		return shared;
	}

	/**
	 * Starts a token with the defaults: subject {@code test-user}, client {@code test-client}, audience
	 * {@value #AUDIENCE}, no roles, valid from now for ten minutes.
	 * @return a token builder
	 */
	public Token token() {
		return new Token(this);
	}

	/**
	 * The issuer ({@code iss}) of tokens from this factory: the base URL of its server.
	 * @return for example {@code http://127.0.0.1:41234}
	 */
	public String issuer() {
		return issuer;
	}

	/**
	 * Where the public key is served as a JWK Set.
	 * @return the issuer followed by {@value #JWK_SET_PATH}
	 */
	public String jwkSetUri() {
		return issuer + JWK_SET_PATH;
	}

	/**
	 * The public key that verifies this factory's tokens.
	 * @return the RSA public key
	 */
	public RSAPublicKey publicKey() {
		try {
			return signingKey.toRSAPublicKey();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A second key under the same key id, generated on first use: most test JVMs never forge a token. */
	private synchronized RSAKey foreignKey() {
		if (foreignKey == null) {
			foreignKey = generateKey();
		}
		return foreignKey;
	}

	private static RSAKey generateKey() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey(pair.getPrivate())
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.keyID(KEY_ID)
				.build();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private HttpServer startServer() {
		try {
			HttpServer httpServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			httpServer.createContext(JWK_SET_PATH,
					(exchange) -> respond(exchange, new JWKSet(signingKey.toPublicJWK()).toString()));
			httpServer.createContext("/.well-known/openid-configuration",
					(exchange) -> respond(exchange, JSONObjectUtils.toJSONString(providerMetadata())));
			httpServer.createContext("/.well-known/oauth-authorization-server",
					(exchange) -> respond(exchange, JSONObjectUtils.toJSONString(providerMetadata())));
			// Daemon threads: the server must never keep a finished test JVM alive.
			httpServer.setExecutor(Executors.newCachedThreadPool((runnable) -> {
				Thread thread = new Thread(runnable, "test-tokens-jwks");
				thread.setDaemon(true);
				return thread;
			}));
			httpServer.start();
			return httpServer;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the test JWKS server", ex);
		}
	}

	private Map<String, Object> providerMetadata() {
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("issuer", issuer);
		metadata.put("jwks_uri", jwkSetUri());
		metadata.put("subject_types_supported", List.of("public"));
		metadata.put("response_types_supported", List.of("code"));
		metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
		return metadata;
	}

	private static void respond(HttpExchange exchange, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		if (!"GET".equals(exchange.getRequestMethod())) {
			exchange.sendResponseHeaders(405, -1);
			exchange.close();
			return;
		}
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	/**
	 * A token being described; {@link #build()} signs it. Claims left unset are omitted, except the defaults.
	 */
	public static final class Token {

		private final TestTokens tokens;

		private String subject = "test-user";

		private String clientId = "test-client";

		private List<String> roles = List.of();

		private @Nullable String org;

		private @Nullable String jurisdiction;

		private @Nullable String talentId;

		private List<String> audience = List.of(AUDIENCE);

		private @Nullable String issuer;

		private static final Duration LIFETIME = Duration.ofMinutes(10);

		private Instant issuedAt = Instant.now();

		private @Nullable Instant notBefore;

		private @Nullable Instant expiresAt = issuedAt.plus(LIFETIME);

		private final Map<String, @Nullable Object> extraClaims = new LinkedHashMap<>();

		private Signing signing = Signing.OWN_KEY;

		private Token(TestTokens tokens) {
			this.tokens = tokens;
		}

		/**
		 * The {@code sub} claim.
		 * @param subject defaults to {@code test-user}
		 * @return this token
		 */
		public Token subject(String subject) {
			this.subject = subject;
			return this;
		}

		/**
		 * The {@code roles} claim, a JSON array.
		 * @param roles for example {@code plan-officer}; defaults to none
		 * @return this token
		 */
		public Token roles(String... roles) {
			this.roles = List.of(roles);
			return this;
		}

		/**
		 * The {@code org} claim: the caller's organisation.
		 * @param org the organisation id
		 * @return this token
		 */
		public Token org(String org) {
			this.org = org;
			return this;
		}

		/**
		 * The {@code jurisdiction} claim. Not checked here, so tests can send malformed codes.
		 * @param jurisdiction a six-digit division code, for example {@code 510100}
		 * @return this token
		 */
		public Token jurisdiction(String jurisdiction) {
			this.jurisdiction = jurisdiction;
			return this;
		}

		/**
		 * The {@code talent_id} claim: the caller's talent record, for experts and researchers.
		 * @param talentId the talent id
		 * @return this token
		 */
		public Token talentId(String talentId) {
			this.talentId = talentId;
			return this;
		}

		/**
		 * The {@code client_id} claim.
		 * @param clientId defaults to {@code test-client}
		 * @return this token
		 */
		public Token clientId(String clientId) {
			this.clientId = clientId;
			return this;
		}

		/**
		 * The {@code aud} claim.
		 * @param audience defaults to {@value TestTokens#AUDIENCE}
		 * @return this token
		 */
		public Token audience(String... audience) {
			this.audience = List.of(audience);
			return this;
		}

		/**
		 * The {@code iss} claim.
		 * @param issuer defaults to {@link TestTokens#issuer()}
		 * @return this token
		 */
		public Token issuer(String issuer) {
			this.issuer = issuer;
			return this;
		}

		/**
		 * The {@code exp} claim, relative to now. A token that has already expired was issued ten minutes before its
		 * expiry, so that it is well-formed and fails only for being expired.
		 * @param lifetime defaults to ten minutes; a negative duration gives an expired token
		 * @return this token
		 */
		public Token expiresIn(Duration lifetime) {
			return expiresAt(Instant.now().plus(lifetime));
		}

		/**
		 * The {@code exp} claim. An expiry in the past moves {@code iat} to ten minutes before it, as
		 * {@link #expiresIn(Duration)} explains.
		 * @param expiresAt the expiry instant
		 * @return this token
		 */
		public Token expiresAt(Instant expiresAt) {
			this.expiresAt = expiresAt;
			if (!expiresAt.isAfter(issuedAt)) {
				this.issuedAt = expiresAt.minus(LIFETIME);
			}
			return this;
		}

		/**
		 * The {@code iat} claim.
		 * @param issuedAt defaults to now
		 * @return this token
		 */
		public Token issuedAt(Instant issuedAt) {
			this.issuedAt = issuedAt;
			return this;
		}

		/**
		 * The {@code nbf} claim.
		 * @param notBefore defaults to the issue time
		 * @return this token
		 */
		public Token notBefore(Instant notBefore) {
			this.notBefore = notBefore;
			return this;
		}

		/**
		 * Sets any claim, replacing a standard one of the same name; for tokens of unusual shape, such as
		 * {@code roles} as a string. A {@code null} value removes the claim.
		 * @param name the claim name
		 * @param value its value: a string, number, boolean, list or map
		 * @return this token
		 */
		public Token claim(String name, @Nullable Object value) {
			this.extraClaims.put(name, value);
			return this;
		}

		/**
		 * Signs with a different RSA key that carries the real key's id, as a forger would.
		 * @return this token
		 */
		public Token signedWithForeignKey() {
			this.signing = Signing.FOREIGN_KEY;
			return this;
		}

		/**
		 * Produces an unsecured token ({@code alg: none}) with an empty signature.
		 * @return this token
		 */
		public Token unsigned() {
			this.signing = Signing.NONE;
			return this;
		}

		/**
		 * Leaves the {@code exp} claim out: a token that would never expire.
		 * @return this token
		 */
		public Token withoutExpiry() {
			this.expiresAt = null;
			return this;
		}

		/**
		 * Signs with the issuer's own key, but with RS384 rather than the RS256 the issuer uses.
		 * @return this token
		 */
		public Token signedWithRs384() {
			this.signing = Signing.OWN_KEY_RS384;
			return this;
		}

		/**
		 * Signs with HS256 using the public key (PEM text) as the HMAC secret: the RS/HS algorithm-confusion attack.
		 * @return this token
		 */
		public Token hs256WithPublicKeyAsSecret() {
			this.signing = Signing.PUBLIC_KEY_AS_HMAC_SECRET;
			return this;
		}

		/**
		 * The claims this token will carry.
		 * @return the claims set
		 */
		public JWTClaimsSet claims() {
			JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer((issuer != null) ? issuer : tokens.issuer)
				.subject(subject)
				.audience(audience)
				.issueTime(Date.from(issuedAt))
				.notBeforeTime(Date.from((notBefore != null) ? notBefore : issuedAt))
				.expirationTime((expiresAt != null) ? Date.from(expiresAt) : null)
				.jwtID(UUID.randomUUID().toString())
				.claim("client_id", clientId)
				.claim("roles", new ArrayList<>(roles));
			if (org != null) {
				claims.claim("org", org);
			}
			if (jurisdiction != null) {
				claims.claim("jurisdiction", jurisdiction);
			}
			if (talentId != null) {
				claims.claim("talent_id", talentId);
			}
			extraClaims.forEach(claims::claim);
			return claims.build();
		}

		/**
		 * Signs the token.
		 * @return the compact serialization, ready for an {@code Authorization: Bearer} header
		 */
		public String build() {
			JWTClaimsSet claims = claims();
			try {
				return switch (signing) {
					case OWN_KEY -> rsaSigned(claims, tokens.signingKey, JWSAlgorithm.RS256);
					case OWN_KEY_RS384 -> rsaSigned(claims, tokens.signingKey, JWSAlgorithm.RS384);
					case FOREIGN_KEY -> rsaSigned(claims, tokens.foreignKey(), JWSAlgorithm.RS256);
					case NONE -> new PlainJWT(claims).serialize();
					case PUBLIC_KEY_AS_HMAC_SECRET -> hmacSignedWithPublicKey(claims);
				};
			}
			catch (JOSEException ex) {
				throw new IllegalStateException("Could not sign a test token", ex);
			}
		}

		private static String rsaSigned(JWTClaimsSet claims, RSAKey key, JWSAlgorithm algorithm) throws JOSEException {
			JWSHeader header = new JWSHeader.Builder(algorithm).keyID(key.getKeyID())
				.type(JOSEObjectType.JWT)
				.build();
			SignedJWT jwt = new SignedJWT(header, claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}

		private String hmacSignedWithPublicKey(JWTClaimsSet claims) throws JOSEException {
			String pem = "-----BEGIN PUBLIC KEY-----\n"
					+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
						.encodeToString(tokens.publicKey().getEncoded())
					+ "\n-----END PUBLIC KEY-----\n";
			JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(KEY_ID).type(JOSEObjectType.JWT).build();
			SignedJWT jwt = new SignedJWT(header, claims);
			jwt.sign(new MACSigner(pem.getBytes(StandardCharsets.US_ASCII)));
			return jwt.serialize();
		}

	}

	private enum Signing {

		OWN_KEY, OWN_KEY_RS384, FOREIGN_KEY, NONE, PUBLIC_KEY_AS_HMAC_SECRET

	}

}
