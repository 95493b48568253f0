package org.scibureau.fixtureone.domain;

import java.util.Objects;

/**
 * Keeps {@code domainIsPlainJava}.
 *
 * @param value any text
 */
public record PlainRecord(String value) {

	public PlainRecord {
		Objects.requireNonNull(value);
	}

}
