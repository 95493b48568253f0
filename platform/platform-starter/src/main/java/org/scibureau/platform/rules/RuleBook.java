package org.scibureau.platform.rules;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.scibureau.platform.id.References;
import org.scibureau.platform.web.FieldViolation;
import org.scibureau.platform.web.JsonPaths;
import org.scibureau.platform.web.ProblemException;
import org.scibureau.platform.web.ProblemType;

/**
 * The service's rules as dated versions in {@code platform.rule_version}: which figure applies on a day, the whole
 * record of every rule, and new versions from a future day on.
 * <p>
 * Days are calendar days in Asia/Shanghai. A version takes effect at the earliest tomorrow: every action of a day
 * applies the same figures, and no action already taken is judged by figures recorded after it.
 */
public final class RuleBook {

	/** The day from which a rule's shipped default is in force. */
	public static final LocalDate BASELINE_DAY = LocalDate.of(2000, 1, 1);

	/** Who recorded the shipped defaults. */
	public static final String CONFIGURATION = "configuration";

	private static final Logger logger = LoggerFactory.getLogger(RuleBook.class);

	private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (left, right) -> {
		if (left.isNumber() && right.isNumber()) {
			return left.decimalValue().compareTo(right.decimalValue());
		}
		return left.equals(right) ? 0 : 1;
	};

	private static final String COLUMNS = "rule, effective_from, value, reason, recorded_by, recorded_at, withdrawn_by, withdrawn_at";

	private final DatabaseClient database;

	private final JsonMapper json;

	private final Clock clock;

	private final Map<String, RuleDefinition<?>> definitions = new LinkedHashMap<>();

	public RuleBook(DatabaseClient database, JsonMapper json, Clock clock, List<RuleDefinition<?>> definitions) {
		this.database = database;
		this.json = json;
		this.clock = clock;
		for (RuleDefinition<?> definition : definitions) {
			if (this.definitions.putIfAbsent(definition.name(), definition) != null) {
				throw new IllegalArgumentException("Two rules are named " + definition.name());
			}
		}
	}

	/** The rules of the service, in the order defined. */
	public List<RuleDefinition<?>> definitions() {
		return List.copyOf(this.definitions.values());
	}

	/** The rule of that name, if the service has one. */
	public Optional<RuleDefinition<?>> definition(String name) {
		return Optional.ofNullable(this.definitions.get(name));
	}

	/** Today in Asia/Shanghai, the day whose figures apply now. */
	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), References.BUREAU_ZONE);
	}

	/**
	 * The rule's value on a day: the live version effective latest on or before it.
	 * @param rule the rule
	 * @param day the day the value applies to, e.g. the day of an approval
	 * @param <T> the value's type
	 * @return the value; the shipped default if no version is stored (before {@link #recordBaselines()} ran)
	 */
	public <T> Mono<T> inForce(RuleDefinition<T> rule, LocalDate day) {
		return versionInForce(rule.name(), day).map((version) -> valueOf(rule, version))
			.defaultIfEmpty(rule.shippedDefault());
	}

	/**
	 * The version of a rule in force on a day.
	 * @return the version, or empty if the rule has none on that day
	 */
	public Mono<RuleVersion> versionInForce(String rule, LocalDate day) {
		return this.database.sql("select " + COLUMNS + " from platform.rule_version where rule = :rule"
				+ " and effective_from <= :day and withdrawn_at is null order by effective_from desc limit 1")
			.bind("rule", rule)
			.bind("day", day)
			.map(this::version)
			.one();
	}

	/** Every version of a rule, withdrawn ones included, by the day they take effect. */
	public Flux<RuleVersion> versions(String rule) {
		return this.database.sql("select " + COLUMNS
				+ " from platform.rule_version where rule = :rule order by effective_from, recorded_at")
			.bind("rule", rule)
			.map(this::version)
			.all();
	}

	/**
	 * Records a new version of a rule.
	 * @param rule the rule's name
	 * @param effectiveFrom the first day it applies: tomorrow or later
	 * @param value the value, checked by the rule's type
	 * @param reason why, e.g. the decree; optional
	 * @param recordedBy who records it
	 * @return the stored version
	 * @throws ProblemException 404 for an unknown rule, 422 for a value the rule's type refuses or a day that is not
	 * in the future, 409 if a live version already takes effect that day
	 */
	public Mono<RuleVersion> schedule(String rule, LocalDate effectiveFrom, JsonNode value, @Nullable String reason,
			String recordedBy) {
		return Mono.defer(() -> {
			RuleDefinition<?> definition = known(rule);
			Object parsed = parse(definition, value);
			LocalDate today = today();
			if (!effectiveFrom.isAfter(today)) {
				throw ProblemException.unprocessable(
						List.of(FieldViolation.of("effectiveFrom", "rule-not-in-future", today.plusDays(1))));
			}
			return insert(rule, effectiveFrom, this.json.valueToTree(parsed), reason, recordedBy, this.clock.instant())
				.onErrorMap(DuplicateKeyException.class, (ex) -> new ProblemException(ProblemType.CONFLICT,
						"problem.conflict.rule-version-exists", rule, effectiveFrom));
		});
	}

	/**
	 * Withdraws a version before it takes effect; it stays on record as withdrawn.
	 * @throws ProblemException 404 if no live version of the rule takes effect that day, 409 if it is in force
	 * already
	 */
	public Mono<RuleVersion> withdraw(String rule, LocalDate effectiveFrom, String withdrawnBy) {
		return Mono.defer(() -> {
			known(rule);
			if (!effectiveFrom.isAfter(today())) {
				throw new ProblemException(ProblemType.CONFLICT, "problem.conflict.rule-version-in-force", rule,
						effectiveFrom);
			}
			return this.database
				.sql("update platform.rule_version set withdrawn_by = :by, withdrawn_at = :at where rule = :rule"
						+ " and effective_from = :day and withdrawn_at is null returning " + COLUMNS)
				.bind("by", withdrawnBy)
				.bind("at", this.clock.instant())
				.bind("rule", rule)
				.bind("day", effectiveFrom)
				.map(this::version)
				.one()
				.switchIfEmpty(Mono.error(() -> ProblemException.notFound("rule version", rule + "@" + effectiveFrom)));
		});
	}

	/**
	 * Stores each rule's shipped default as its first version, in force since {@link #BASELINE_DAY}, unless the rule
	 * has one already (several instances may start at once). A configured default that differs from the stored
	 * baseline is reported: the stored versions apply, and a changed figure is recorded as a new version.
	 */
	public Mono<Void> recordBaselines() {
		return Flux.fromIterable(this.definitions.values()).concatMap(this::recordBaseline).then();
	}

	private Mono<Void> recordBaseline(RuleDefinition<?> rule) {
		JsonNode configured = this.json.valueToTree(rule.shippedDefault());
		return this.database
			.sql("insert into platform.rule_version (rule, effective_from, value, recorded_by, recorded_at)"
					+ " values (:rule, :day, :value, :by, :at) on conflict do nothing")
			.bind("rule", rule.name())
			.bind("day", BASELINE_DAY)
			.bind("value", Json.of(this.json.writeValueAsBytes(configured)))
			.bind("by", CONFIGURATION)
			.bind("at", this.clock.instant())
			.then()
			.then(versionInForce(rule.name(), BASELINE_DAY))
			.doOnNext((baseline) -> {
				if (!sameValue(baseline.value(), configured)) {
					logger.warn("The configured default of rule {} ({}) differs from its stored baseline ({});"
							+ " the stored versions apply: record a new version to change it", rule.name(), configured,
							baseline.value());
				}
			})
			.then();
	}

	/**
	 * Whether a stored value is the configured one. Numbers compare by value: jsonb keeps {@code 1000000.00} where the
	 * configured default reads {@code 1000000.0}, and a whole number may come back as another numeric node type.
	 */
	static boolean sameValue(JsonNode stored, JsonNode configured) {
		return stored.equals(NUMBERS_BY_VALUE, configured);
	}

	private Mono<RuleVersion> insert(String rule, LocalDate effectiveFrom, JsonNode value, @Nullable String reason,
			String recordedBy, Instant at) {
		DatabaseClient.GenericExecuteSpec spec = this.database
			.sql("insert into platform.rule_version (rule, effective_from, value, reason, recorded_by, recorded_at)"
					+ " values (:rule, :day, :value, :reason, :by, :at) returning " + COLUMNS)
			.bind("rule", rule)
			.bind("day", effectiveFrom)
			.bind("value", Json.of(this.json.writeValueAsBytes(value)))
			.bind("by", recordedBy)
			.bind("at", at);
		spec = (reason != null) ? spec.bind("reason", reason) : spec.bindNull("reason", String.class);
		return spec.map(this::version).one();
	}

	private RuleDefinition<?> known(String rule) {
		RuleDefinition<?> definition = this.definitions.get(rule);
		if (definition == null) {
			throw ProblemException.notFound("rule", rule);
		}
		return definition;
	}

	/**
	 * The value as the rule's type, or a 422 saying what is wrong and where. Every member must be given and none
	 * unknown: a misspelt member would otherwise leave a figure at its type's default, such as a period of 0 days.
	 */
	private Object parse(RuleDefinition<?> rule, JsonNode value) {
		if (value.isNull()) {
			// JSON null passes the request's @NotNull as a node; a rule without a figure would fail where applied.
			throw ProblemException.unprocessable(List.of(FieldViolation.of("value", "required")));
		}
		// Before reading: a missing member would reach the value's constructor as null, and fail there obscurely.
		FieldViolation unlike = mismatch(this.json.valueToTree(rule.shippedDefault()), value, "value", false);
		if (unlike != null) {
			throw ProblemException.unprocessable(List.of(unlike));
		}
		Object parsed;
		try {
			parsed = this.json.treeToValue(value, rule.type());
		}
		catch (JacksonException ex) {
			Throwable cause = innermost(ex);
			if (cause instanceof JacksonException) {
				// The wrong shape or type: say where, not in the mapper's words, which name internal classes.
				throw ProblemException.unprocessable(List.of(FieldViolation.of(pathOf(ex), "unreadable-value")));
			}
			// The value type's constructor refused the figures: its own words say why.
			String reason = (cause instanceof NullPointerException || cause.getMessage() == null)
					? "a member is null" : cause.getMessage();
			throw ProblemException
				.unprocessable(List.of(FieldViolation.of("value", "invalid-rule-value", rule.name(), reason)));
		}
		FieldViolation mismatch = mismatch(this.json.valueToTree(parsed), value, "value", true);
		if (mismatch != null) {
			throw ProblemException.unprocessable(List.of(mismatch));
		}
		return parsed;
	}

	private static Throwable innermost(Throwable failure) {
		Throwable innermost = failure;
		while (innermost.getCause() != null && innermost.getCause() != innermost) {
			innermost = innermost.getCause();
		}
		return innermost;
	}

	private static String pathOf(JacksonException failure) {
		String path = JsonPaths.of(failure.getPath());
		return "$".equals(path) ? "value" : (path.startsWith("[") ? "value" + path : "value." + path);
	}

	/**
	 * The first member the given JSON lacks or adds compared with a canonical form of the rule's value.
	 * @param canonical the canonical form: of the value the given JSON read as, or of the shipped default
	 * @param given the JSON a client sent
	 * @param path where {@code given} is in the request
	 * @param sameElements whether arrays hold the same elements in both (the value read from the JSON), or only
	 * elements of the same kind (the shipped default): then each element is compared with the first, and only
	 * for members it adds, since a member may be null in one element and not in another
	 */
	private static @Nullable FieldViolation mismatch(JsonNode canonical, JsonNode given, String path,
			boolean sameElements) {
		return mismatch(canonical, given, path, sameElements, true);
	}

	private static @Nullable FieldViolation mismatch(JsonNode canonical, JsonNode given, String path,
			boolean sameElements, boolean checkMissing) {
		if (canonical.isObject() && given.isObject()) {
			for (String member : canonical.propertyNames()) {
				if (checkMissing && !given.has(member) && !canonical.get(member).isNull()) {
					return FieldViolation.of(path + "." + member, "required");
				}
			}
			for (String member : given.propertyNames()) {
				if (!canonical.has(member) && !given.get(member).isNull()) {
					return FieldViolation.of(path + "." + member, "unknown-member");
				}
				FieldViolation inner = canonical.has(member) ? mismatch(canonical.get(member), given.get(member),
						path + "." + member, sameElements, checkMissing) : null;
				if (inner != null) {
					return inner;
				}
			}
		}
		else if (canonical.isArray() && given.isArray() && !canonical.isEmpty()) {
			for (int i = 0; i < given.size(); i++) {
				JsonNode counterpart = sameElements ? canonical.get(i) : canonical.get(0);
				FieldViolation inner = (counterpart != null) ? mismatch(counterpart, given.get(i), path + "[" + i + "]",
						sameElements, checkMissing && sameElements) : null;
				if (inner != null) {
					return inner;
				}
			}
		}
		return null;
	}

	private <T> T valueOf(RuleDefinition<T> rule, RuleVersion version) {
		try {
			return this.json.treeToValue(version.value(), rule.type());
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("The stored version of rule " + rule.name() + " from "
					+ version.effectiveFrom() + " no longer reads as " + rule.type().getSimpleName(), ex);
		}
	}

	private RuleVersion version(Readable row) {
		Json value = row.get("value", Json.class);
		return new RuleVersion(row.get("rule", String.class), row.get("effective_from", LocalDate.class),
				this.json.readTree(value != null ? value.asArray() : new byte[0]), row.get("reason", String.class),
				row.get("recorded_by", String.class), row.get("recorded_at", Instant.class),
				row.get("withdrawn_by", String.class), row.get("withdrawn_at", Instant.class));
	}

}
