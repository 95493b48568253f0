package org.scibureau.fixtureone.domain;

import org.springframework.util.Assert;

/**
 * Breaks {@code domainIsPlainJava}.
 */
public class UsesSpring {

	void check(String value) {
		Assert.hasText(value, "value");
	}

}
