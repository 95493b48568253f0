package org.scibureau.platform.web;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * The kinds of problem the platform reports, each with a stable type URI and an HTTP status.
 * <p>
 * Titles and details live in the {@code problems} message bundle, in English and Simplified Chinese, under
 * {@code problem.<slug>.title} and {@code problem.<slug>.detail}.
 */
public enum ProblemType {

	/** A body or parameter violates its constraints; {@code errors[]} names each violation. */
	VALIDATION(HttpStatus.BAD_REQUEST, "validation"),

	/** The body is not readable: malformed JSON, a wrong type, an unparseable value. */
	MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "malformed-request"),

	/** No token, or a token that is not valid. */
	UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "unauthorized"),

	/** The caller's roles do not allow this operation. */
	FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden"),

	/**
	 * A browser's cross-origin request from an origin, or with a method or header, that CORS does not allow; it
	 * carries no {@code Access-Control-Allow-Origin}.
	 */
	CROSS_ORIGIN_REFUSED(HttpStatus.FORBIDDEN, "cross-origin-refused"),

	/** The resource does not exist or is not visible to the caller. */
	NOT_FOUND(HttpStatus.NOT_FOUND, "not-found"),

	/** No route or endpoint answers this path. */
	NO_SUCH_ENDPOINT(HttpStatus.NOT_FOUND, "no-such-endpoint"),

	/** The endpoint exists but not for this HTTP method. */
	METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed"),

	/** The endpoint cannot answer in any of the accepted media types. */
	NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable"),

	/** The action is not allowed in the resource's current state. */
	ILLEGAL_STATE(HttpStatus.CONFLICT, "illegal-state"),

	/** The request conflicts with existing data, e.g. a duplicate or a request still in progress. */
	CONFLICT(HttpStatus.CONFLICT, "conflict"),

	/** {@code If-Match} names a version that is no longer current. */
	STALE_VERSION(HttpStatus.PRECONDITION_FAILED, "stale-version"),

	/** The body is larger than this endpoint accepts. */
	PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large"),

	/** The body's content type is not accepted by this endpoint. */
	UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type"),

	/** The request is well formed but breaks a rule of the domain. */
	UNPROCESSABLE(HttpStatus.UNPROCESSABLE_CONTENT, "unprocessable"),

	/** An {@code Idempotency-Key} was reused with a different request. */
	IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused"),

	/** An update came without {@code If-Match}. */
	PRECONDITION_REQUIRED(HttpStatus.PRECONDITION_REQUIRED, "precondition-required"),

	/** The caller sent too many requests; {@code Retry-After} says when to try again. */
	TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests"),

	/** A service or dependency is unavailable; the request may be retried later. */
	SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable"),

	/** An unexpected failure on our side; nothing about it is disclosed. */
	INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "internal");

	private static final String TYPE_PREFIX = "urn:scibureau:problem:";

	private final HttpStatus status;

	private final String slug;

	ProblemType(HttpStatus status, String slug) {
		this.status = status;
		this.slug = slug;
	}

	/** The HTTP status this problem answers with. */
	public HttpStatus status() {
		return this.status;
	}

	/** The short name used in the type URI and the message keys. */
	public String slug() {
		return this.slug;
	}

	/** The stable type URI, e.g. {@code urn:scibureau:problem:stale-version}. */
	public URI type() {
		return URI.create(TYPE_PREFIX + this.slug);
	}

}
