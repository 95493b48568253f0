package org.scibureau.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A failure that answers with a problem of a known {@link ProblemType}; services throw it or map to it.
 * <p>
 * The detail is a message key of the {@code problems} bundle with its arguments, so it is rendered in the
 * caller's language; {@code properties} become extension members of the problem document.
 */
public class ProblemException extends RuntimeException {

	private final ProblemType type;

	private final @Nullable String detailKey;

	private final Object[] detailArguments;

	private final Map<String, Object> properties;

	private final List<FieldViolation> errors;

	public ProblemException(ProblemType type) {
		this(type, null, new Object[0], Map.of(), List.of());
	}

	public ProblemException(ProblemType type, @Nullable String detailKey, Object... detailArguments) {
		this(type, detailKey, detailArguments, Map.of(), List.of());
	}

	public ProblemException(ProblemType type, @Nullable String detailKey, Object[] detailArguments,
			Map<String, ?> properties, List<FieldViolation> errors) {
		super(type.slug() + (detailKey != null ? ": " + detailKey : ""));
		this.type = type;
		this.detailKey = detailKey;
		this.detailArguments = detailArguments.clone();
		this.properties = new LinkedHashMap<>(properties);
		this.errors = List.copyOf(errors);
	}

	/** A 404 for a resource that does not exist or that the caller may not see. */
	public static ProblemException notFound(String resource, Object id) {
		return new ProblemException(ProblemType.NOT_FOUND, "problem.not-found.resource", resource, String.valueOf(id));
	}

	/** A 409 naming the resource's current state and the actions it allows. */
	public static ProblemException illegalState(String action, String currentState, List<String> allowedActions) {
		return new ProblemException(ProblemType.ILLEGAL_STATE, "problem.illegal-state.action",
				new Object[] { action, currentState },
				Map.of("currentState", currentState, "allowedActions", List.copyOf(allowedActions)), List.of());
	}

	/** A 412: {@code If-Match} named another version than the current one. */
	public static ProblemException staleVersion(long currentVersion) {
		return new ProblemException(ProblemType.STALE_VERSION, "problem.stale-version.current",
				new Object[] { currentVersion }, Map.of("currentETag", ETags.of(currentVersion)), List.of());
	}

	/** A 422 for a rule of the domain that the request breaks, with one violation per failed rule. */
	public static ProblemException unprocessable(List<FieldViolation> errors) {
		return new ProblemException(ProblemType.UNPROCESSABLE, null, new Object[0], Map.of(), errors);
	}

	/** The kind of problem. */
	public ProblemType type() {
		return this.type;
	}

	/** The message key of the detail, or {@code null} for the type's default detail. */
	public @Nullable String detailKey() {
		return this.detailKey;
	}

	/** The arguments of the detail message. */
	public Object[] detailArguments() {
		return this.detailArguments.clone();
	}

	/** Extension members of the problem document. */
	public Map<String, Object> properties() {
		return this.properties;
	}

	/** The violations listed in {@code errors[]}. */
	public List<FieldViolation> errors() {
		return this.errors;
	}

}
