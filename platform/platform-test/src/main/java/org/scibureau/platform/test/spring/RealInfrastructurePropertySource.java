package org.scibureau.platform.test.spring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.scibureau.platform.test.infrastructure.Database;
import org.scibureau.platform.test.infrastructure.TestInfrastructure;
import org.scibureau.platform.test.token.TestTokens;

import org.springframework.core.env.EnumerablePropertySource;

/**
 * The connection properties of the shared infrastructure, each resolved on first read so that only what a context
 * uses is started.
 */
final class RealInfrastructurePropertySource extends EnumerablePropertySource<String> {

	static final String NAME = "scibureauRealInfrastructure";

	private final Map<String, Supplier<String>> properties = new LinkedHashMap<>();

	RealInfrastructurePropertySource(String database) {
		super(NAME, database);
		Supplier<Database> db = () -> TestInfrastructure.database(database);
		Supplier<TestTokens> tokens = TestTokens::shared;
		properties.put("spring.r2dbc.url", () -> db.get().r2dbcUrl());
		properties.put("spring.r2dbc.username", () -> db.get().username());
		properties.put("spring.r2dbc.password", () -> db.get().password());
		properties.put("spring.flyway.url", () -> db.get().jdbcUrl());
		properties.put("spring.flyway.user", () -> db.get().username());
		properties.put("spring.flyway.password", () -> db.get().password());
		properties.put("spring.kafka.bootstrap-servers", () -> TestInfrastructure.kafka().bootstrapServers());
		properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> tokens.get().issuer());
		properties.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> tokens.get().jwkSetUri());
		properties.put("spring.security.oauth2.resourceserver.jwt.audiences", () -> TestTokens.AUDIENCE);
	}

	@Override
	public String[] getPropertyNames() {
		return properties.keySet().toArray(String[]::new);
	}

	@Override
	public boolean containsProperty(String name) {
		return properties.containsKey(name);
	}

	@Override
	public @Nullable Object getProperty(String name) {
		Supplier<String> value = properties.get(name);
		return (value != null) ? value.get() : null;
	}

}
