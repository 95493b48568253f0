package org.scibureau.platform.rules;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named rule a service applies, with the type of its value and the value it ships with.
 * <p>
 * The value type validates itself: its constructor rejects inconsistent figures (shares that do not add up to 100,
 * a negative period), so a version that could not be applied is never stored. The shipped default (from the
 * service's configuration) becomes the rule's first version, in force since {@link RuleBook#BASELINE_DAY}, the
 * first time the service starts on its database.
 *
 * @param <T> the type of the rule's value, a record that JSON maps to and from
 */
public final class RuleDefinition<T> {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

	private final String name;

	private final String description;

	private final Class<T> type;

	private final T shippedDefault;

	private RuleDefinition(String name, String description, Class<T> type, T shippedDefault) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("A rule's name is lower-case words joined by hyphens: " + name);
		}
		this.name = name;
		this.description = description;
		this.type = type;
		this.shippedDefault = Objects.requireNonNull(shippedDefault);
	}

	/**
	 * Defines a rule.
	 * @param name the rule's name in the API, e.g. {@code project-tranche-split}
	 * @param description what the rule decides, for the officials who change it
	 * @param type the value's type
	 * @param shippedDefault the value in force until a version says otherwise
	 * @param <T> the value's type
	 * @return the definition
	 */
	public static <T> RuleDefinition<T> of(String name, String description, Class<T> type, T shippedDefault) {
		return new RuleDefinition<>(name, description, type, shippedDefault);
	}

	public String name() {
		return this.name;
	}

	public String description() {
		return this.description;
	}

	public Class<T> type() {
		return this.type;
	}

	public T shippedDefault() {
		return this.shippedDefault;
	}

	@Override
	public String toString() {
		return "RuleDefinition[" + this.name + "]";
	}

}
