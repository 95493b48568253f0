package org.scibureau.platform.web;

import java.util.List;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The largest request body each path accepts: {@code scibureau.web.max-request-size} everywhere, except on the
 * upload paths a service names with their own limits.
 */
public final class RequestSizeLimits {

	private final long defaultBytes;

	private final List<Limit> uploads;

	/**
	 * @throws org.springframework.web.util.pattern.PatternParseException when an upload path is not a path
	 * pattern, so that a service with a mistyped pattern fails at startup
	 */
	public RequestSizeLimits(WebProperties properties) {
		this.defaultBytes = properties.maxRequestSize().toBytes();
		this.uploads = properties.uploadPaths()
			.stream()
			.map((upload) -> new Limit(PathPatternParser.defaultInstance.parse(upload.pattern()),
					upload.maxRequestSize().toBytes()))
			.toList();
	}

	/** The largest body, in bytes, that {@code request} may carry. */
	public long maxBytes(ServerHttpRequest request) {
		for (Limit upload : this.uploads) {
			if (upload.pattern().matches(request.getPath().pathWithinApplication())) {
				return upload.maxBytes();
			}
		}
		return this.defaultBytes;
	}

	private record Limit(PathPattern pattern, long maxBytes) {
	}

}
