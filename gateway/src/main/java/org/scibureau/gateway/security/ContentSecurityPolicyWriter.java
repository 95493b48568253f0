package org.scibureau.gateway.security;

import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.web.server.header.ServerHttpHeadersWriter;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Sets {@code Content-Security-Policy} on every response: API responses (JSON, problems, downloads) may load and
 * embed nothing and be framed by nobody; the Swagger UI pages load only their own scripts, styles and images and
 * call only this origin.
 * <p>
 * Swagger UI's {@code index.html}, {@code oauth2-redirect.html} and springdoc's {@code swagger-initializer.js} have
 * no inline script, so {@code script-src 'self'} suffices. Its stylesheet embeds icons as {@code data:} images, and
 * its React components style elements inline, hence {@code img-src data:} and {@code style-src 'unsafe-inline'}
 * (styles only: nothing inline may run).
 */
final class ContentSecurityPolicyWriter implements ServerHttpHeadersWriter {

	static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

	/** For everything but the Swagger UI. */
	static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

	/** For the Swagger UI's pages and assets. */
	static final String SWAGGER_UI_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
			+ "frame-ancestors 'none'";

	@Override
	public Mono<Void> writeHttpHeaders(ServerWebExchange exchange) {
		ServerHttpResponse response = exchange.getResponse();
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		response.getHeaders().set(CONTENT_SECURITY_POLICY, isSwaggerUi(path) ? SWAGGER_UI_POLICY : API_POLICY);
		return Mono.empty();
	}

	/** {@code /swagger-ui.html}, {@code /swagger-ui/**} and {@code /webjars/**}, also under a service's prefix. */
	static boolean isSwaggerUi(String path) {
		return path.endsWith("/swagger-ui.html") || path.contains("/swagger-ui/") || path.startsWith("/webjars/")
				|| path.contains("/webjars/swagger-ui/");
	}

}
