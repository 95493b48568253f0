package org.scibureau.gateway.ratelimit;

import java.net.InetSocketAddress;

import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import org.scibureau.gateway.GatewayProperties;
import org.scibureau.gateway.GatewayProperties.Limit;
import org.scibureau.gateway.problem.Problem;
import org.scibureau.gateway.problem.ProblemResponses;

/**
 * Limits the request rate on {@code /api/**} per caller: a client by its {@code client_id} (and, for a browser
 * client, each of its users by {@code sub}), a call without a token by its address. A caller over its limit gets
 * 429 problem+json with {@code Retry-After} in seconds and the request goes no further; one under it gets
 * {@code X-RateLimit-Remaining}.
 * <p>
 * Runs after security, which has refused bad tokens already, so a forged token cannot spend a client's budget, and
 * before the request size check, so a flood of large bodies is cut off first.
 */
final class RateLimitWebFilter implements WebFilter, Ordered {

	/** The header that tells a caller how many requests it has left right now. */
	static final String REMAINING = "X-RateLimit-Remaining";

	private static final PathPattern API = PathPatternParser.defaultInstance.parse("/api/**");

	private final GatewayProperties.RateLimit limits;

	private final RateLimiter limiter;

	private final ProblemResponses problems;

	private final MeterRegistry meters;

	RateLimitWebFilter(GatewayProperties.RateLimit limits, RateLimiter limiter, ProblemResponses problems,
			MeterRegistry meters) {
		this.limits = limits;
		this.limiter = limiter;
		this.problems = problems;
		this.meters = meters;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!API.matches(PathContainer.parsePath(exchange.getRequest().getPath().pathWithinApplication().value()))) {
			return chain.filter(exchange);
		}
		return exchange.getPrincipal()
			.filter(JwtAuthenticationToken.class::isInstance)
			.map((principal) -> client((JwtAuthenticationToken) principal))
			.defaultIfEmpty(anonymous(exchange))
			.flatMap((caller) -> this.limiter.acquire(caller.key(), caller.limit()).flatMap((decision) -> {
				if (decision.allowed()) {
					exchange.getResponse().getHeaders().set(REMAINING, Long.toString(decision.remaining()));
					return chain.filter(exchange);
				}
				this.meters.counter("scibureau.gateway.rate.limited", "client", caller.client()).increment();
				exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER,
						Long.toString(decision.retryAfterSeconds()));
				return this.problems.write(exchange,
						Problem.tooManyRequests(caller.limit().perSecond(), decision.retryAfterSeconds()));
			}));
	}

	private Caller client(JwtAuthenticationToken token) {
		String clientId = token.getToken().getClaimAsString("client_id");
		if (clientId == null) {
			clientId = token.getToken().getClaimAsString("azp");
		}
		String client = (clientId != null) ? clientId : "unknown";
		return new Caller("client:" + client + ":" + token.getToken().getSubject(), client,
				this.limits.forClient(client));
	}

	private Caller anonymous(ServerWebExchange exchange) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		String address = (remote != null) ? remote.getAddress().getHostAddress() : "unknown";
		return new Caller("address:" + address, "anonymous", this.limits.forAnonymous());
	}

	@Override
	public int getOrder() {
		return -50;
	}

	/**
	 * Whose bucket a request takes from.
	 *
	 * @param key the bucket's key
	 * @param client the client id, or {@code anonymous}, for the metric
	 * @param limit the caller's limit class
	 */
	private record Caller(String key, String client, Limit limit) {
	}

}
