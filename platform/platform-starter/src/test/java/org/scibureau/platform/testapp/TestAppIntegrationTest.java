package org.scibureau.platform.testapp;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

import org.scibureau.platform.test.spring.RealInfrastructure;

/**
 * Runs a test against the test application on a random port with the shared PostgreSQL and Kafka; every test class
 * carrying it shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(database = TestAppIntegrationTest.DATABASE)
public @interface TestAppIntegrationTest {

	/** The database of the shared context; tests that start their own instances use other databases. */
	String DATABASE = "starter";

}
