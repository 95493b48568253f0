package org.scibureau.fixtureone;

import org.scibureau.platform.test.token.TestTokens;

/**
 * Keeps {@code servicesAreIndependent}: every service may use the platform.
 */
public class UsesPlatform {

	String audience = TestTokens.AUDIENCE + TestTokens.class.getSimpleName();

}
