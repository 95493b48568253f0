package org.scibureau.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

import org.scibureau.gateway.problem.Problem;
import org.scibureau.gateway.problem.ProblemResponses;
import org.scibureau.gateway.problem.ProblemType;

/**
 * Answers requests refused by security with problem documents: 401 with {@code WWW-Authenticate: Bearer} when the
 * token is missing or invalid (without saying why, unlike Spring Security's default description), 403 when access
 * is denied, 400 when the firewall refuses the request line (e.g. an encoded {@code ../} in the path).
 */
@Component
final class ProblemSecurityHandlers
		implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler, ServerExchangeRejectedHandler {

	private final ProblemResponses problems;

	ProblemSecurityHandlers(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
		String challenge = (failure instanceof InvalidBearerTokenException) ? "Bearer error=\"invalid_token\""
				: "Bearer";
		exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
		return this.problems.write(exchange, Problem.of(ProblemType.UNAUTHORIZED));
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		return this.problems.write(exchange, Problem.of(ProblemType.FORBIDDEN));
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
		return this.problems.write(exchange, Problem.of(ProblemType.MALFORMED_REQUEST));
	}

}
