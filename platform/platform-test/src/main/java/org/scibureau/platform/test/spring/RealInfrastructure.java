package org.scibureau.platform.test.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Points the test's application context at this JVM's real PostgreSQL, Kafka and token issuer.
 * <p>
 * Sets {@code spring.r2dbc.url/username/password} and {@code spring.flyway.url/user/password} for the
 * {@link #database() database} (created with its owning role on first use), {@code spring.kafka.bootstrap-servers},
 * and the resource server's {@code issuer-uri}, {@code jwk-set-uri} and {@code audiences} for
 * {@link org.scibureau.platform.test.token.TestTokens}. Each value is computed when the context first reads it, so a
 * slice test that never reads the Kafka properties never starts a broker.
 * <p>
 * These properties override {@code application.yml} and system properties, and are overridden by
 * {@code @TestPropertySource}, {@code @SpringBootTest(properties = ...)} and {@code @DynamicPropertySource}: a test
 * can point one of them elsewhere, for example at its own stoppable broker.
 *
 * <pre>{@code
 * @SpringBootTest
 * @RealInfrastructure(database = "plan")
 * class CallIntegrationTests { ... }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface RealInfrastructure {

	/**
	 * The database, and owning role, of the service under test.
	 * @return a lower-case SQL identifier, for example {@code plan}
	 */
	String database();

}
