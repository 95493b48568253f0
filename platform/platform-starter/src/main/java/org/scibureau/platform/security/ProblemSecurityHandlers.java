package org.scibureau.platform.security;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

import org.scibureau.platform.web.ProblemException;
import org.scibureau.platform.web.ProblemResponses;
import org.scibureau.platform.web.ProblemType;

/**
 * Answers refused requests with problem documents: 401 (with {@code WWW-Authenticate: Bearer}) when the
 * token is missing or invalid, 403 when the caller's roles do not allow the operation.
 */
public final class ProblemSecurityHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

	private final ProblemResponses problems;

	public ProblemSecurityHandlers(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
		String challenge = (failure instanceof InvalidBearerTokenException)
				? "Bearer error=\"invalid_token\"" : "Bearer";
		exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
		return this.problems.write(exchange, new ProblemException(ProblemType.UNAUTHORIZED));
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		return this.problems.write(exchange, new ProblemException(ProblemType.FORBIDDEN));
	}

}
