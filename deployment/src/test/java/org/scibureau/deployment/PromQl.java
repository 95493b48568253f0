package org.scibureau.deployment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Just enough PromQL to name the metrics an expression reads: strings, label matchers and range selectors are set
 * aside, and an identifier is a metric unless it calls a function, is a keyword, or lists labels after
 * {@code by}/{@code without}/{@code on}/{@code ignoring}/{@code group_left}/{@code group_right}.
 */
final class PromQl {

	/** Operators and aggregations: reserved words, never metric names. */
	private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without", "on",
			"ignoring", "group_left", "group_right", "inf", "nan", "atan2", "sum", "min", "max", "avg", "group",
			"stddev", "stdvar", "count", "count_values", "bottomk", "topk", "quantile", "limitk", "limit_ratio");

	private static final Set<String> LABEL_LISTS = Set.of("by", "without", "on", "ignoring", "group_left",
			"group_right");

	private static final Pattern TOKEN = Pattern
		.compile("\\s+|(?<number>\\d+(\\.\\d+)?([eE][+-]?\\d+)?[a-z]*)|(?<name>[A-Za-z_:][A-Za-z0-9_:]*)|(?<other>.)");

	/** Grafana's variable query {@code label_values(metric, label)}. */
	private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\(\\s*([A-Za-z_:][A-Za-z0-9_:]*)");

	private PromQl() {
	}

	/** The metric names {@code expression} reads. */
	static Set<String> metricNames(String expression) {
		requireBalanced(expression);
		String bare = withoutSelectors(withoutStrings(expression));
		List<Token> tokens = tokens(bare);
		Set<String> names = new LinkedHashSet<>();
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (!token.name()) {
				continue;
			}
			String word = token.text();
			@Nullable Token next = (i + 1 < tokens.size()) ? tokens.get(i + 1) : null;
			if (LABEL_LISTS.contains(word.toLowerCase(Locale.ROOT)) && next != null && next.text().equals("(")) {
				i = closing(tokens, i + 1);
			}
			else if (word.equalsIgnoreCase("offset")) {
				i++;
			}
			else if (!KEYWORDS.contains(word.toLowerCase(Locale.ROOT)) && (next == null || !next.text().equals("("))) {
				names.add(word);
			}
		}
		return names;
	}

	/** The metric of a Grafana {@code label_values(metric, label)} variable query, or none. */
	static Set<String> variableMetricNames(String query) {
		Matcher matcher = LABEL_VALUES.matcher(query);
		return matcher.find() ? Set.of(matcher.group(1)) : metricNames(query);
	}

	private static void requireBalanced(String expression) {
		Deque<Character> open = new ArrayDeque<>();
		boolean quoted = false;
		for (int i = 0; i < expression.length(); i++) {
			char c = expression.charAt(i);
			if (c == '"' && (i == 0 || expression.charAt(i - 1) != '\\')) {
				quoted = !quoted;
			}
			else if (!quoted && "([{".indexOf(c) >= 0) {
				open.push(c);
			}
			else if (!quoted && ")]}".indexOf(c) >= 0) {
				char expected = "([{".charAt(")]}".indexOf(c));
				if (open.isEmpty() || open.pop() != expected) {
					throw new IllegalArgumentException("Unbalanced '" + c + "' in: " + expression);
				}
			}
		}
		if (quoted || !open.isEmpty()) {
			throw new IllegalArgumentException("Unclosed string or bracket in: " + expression);
		}
	}

	private static String withoutStrings(String expression) {
		return expression.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"").replaceAll("'(\\\\.|[^'\\\\])*'", "''");
	}

	private static String withoutSelectors(String expression) {
		return expression.replaceAll("\\{[^{}]*}", " ").replaceAll("\\[[^\\[\\]]*]", " ");
	}

	private static List<Token> tokens(String expression) {
		Matcher matcher = TOKEN.matcher(expression);
		List<Token> tokens = new ArrayList<>();
		while (matcher.find()) {
			if (matcher.group("name") != null) {
				tokens.add(new Token(matcher.group("name"), true));
			}
			else if (matcher.group("number") != null) {
				tokens.add(new Token(matcher.group("number"), false));
			}
			else if (matcher.group("other") != null) {
				tokens.add(new Token(matcher.group("other"), false));
			}
		}
		return tokens;
	}

	private static int closing(List<Token> tokens, int opening) {
		int depth = 0;
		for (int i = opening; i < tokens.size(); i++) {
			String text = tokens.get(i).text();
			if (text.equals("(")) {
				depth++;
			}
			else if (text.equals(")") && --depth == 0) {
				return i;
			}
		}
		throw new IllegalArgumentException("Unclosed label list");
	}

	private record Token(String text, boolean name) {
	}

}
