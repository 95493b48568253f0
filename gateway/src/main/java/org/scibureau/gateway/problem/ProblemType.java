package org.scibureau.gateway.problem;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * The kinds of problem the gateway reports: a subset of the platform's problem types, with the same type URIs.
 * <p>
 * Titles and details live in the {@code problems} message bundle next to this class, in English and Simplified
 * Chinese, under {@code problem.<slug>.title} and {@code problem.<slug>.detail}.
 */
public enum ProblemType {

	/** The request could not be read, e.g. a path the firewall refuses. */
	MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "malformed-request"),

	/** No token, or a token that is not valid. */
	UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "unauthorized"),

	/** The request is refused whoever sends it. */
	FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden"),

	/**
	 * A browser's cross-origin request from an origin, or with a method or header, that CORS does not allow; it
	 * carries no {@code Access-Control-Allow-Origin}.
	 */
	CROSS_ORIGIN_REFUSED(HttpStatus.FORBIDDEN, "cross-origin-refused"),

	/** No route or endpoint answers this path. */
	NO_SUCH_ENDPOINT(HttpStatus.NOT_FOUND, "no-such-endpoint"),

	/** The endpoint exists but not for this HTTP method. */
	METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed"),

	/** The endpoint cannot answer in any of the accepted media types. */
	NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable"),

	/** The body is larger than the gateway forwards. */
	PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large"),

	/** The body's content type is not accepted. */
	UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type"),

	/** The caller sent more requests than its rate limit allows; {@code Retry-After} says when to try again. */
	TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests"),

	/** A service (or the token issuer) cannot answer now; the request may be retried later. */
	SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable"),

	/** An unexpected failure in the gateway; nothing about it is disclosed. */
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

	/** The stable type URI, e.g. {@code urn:scibureau:problem:service-unavailable}. */
	public URI type() {
		return URI.create(TYPE_PREFIX + this.slug);
	}

}
