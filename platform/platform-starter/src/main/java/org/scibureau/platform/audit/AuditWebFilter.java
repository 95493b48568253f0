package org.scibureau.platform.audit;

import java.time.Clock;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

import org.scibureau.platform.observability.CorrelationId;

/**
 * Makes every state-changing request (POST, PUT, PATCH, DELETE) leave an audit record.
 * <p>
 * It opens the request's {@link AuditContext}, through which the request's first committing transaction records the
 * change in itself ({@link AuditingTransactionalOperator}). Once the request is answered, it writes the record of a
 * request that has none (refused, failed, or one that committed nothing) and of one whose answer is an error although
 * a transaction of it committed, with the status answered. It runs before the security chain to see the 401 and 403
 * answered there, and renders failures itself (as the exception handlers would) to know their status. A record
 * written after the answer is best effort: if it cannot be written, the failure is logged and the answer stands.
 */
public final class AuditWebFilter implements WebFilter, Ordered {

	/** Before the security chain's {@code WebFilterChainProxy} (-100), after correlation ids. */
	public static final int ORDER = -200;

	private static final Logger logger = LoggerFactory.getLogger(AuditWebFilter.class);

	private static final Set<HttpMethod> STATE_CHANGING = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
			HttpMethod.DELETE);

	private final AuditRecords records;

	private final WebExceptionHandler failures;

	private final Clock clock;

	public AuditWebFilter(AuditRecords records, WebExceptionHandler failures, Clock clock) {
		this.records = records;
		this.failures = failures;
		this.clock = clock;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!STATE_CHANGING.contains(exchange.getRequest().getMethod())) {
			return chain.filter(exchange);
		}
		AuditContext audit = new AuditContext(exchange);
		return chain.filter(exchange)
			.contextWrite(audit::into)
			.onErrorResume((failure) -> this.failures.handle(exchange, failure))
			.then(Mono.defer(() -> recordAnswer(exchange, audit)))
			// The failure could not be rendered (the answer had begun): record what was answered, then pass it on.
			.onErrorResume((failure) -> recordAnswer(exchange, audit).then(Mono.error(failure)));
	}

	private Mono<Void> recordAnswer(ServerWebExchange exchange, AuditContext audit) {
		HttpStatusCode status = (exchange.getResponse().getStatusCode() != null) ? exchange.getResponse().getStatusCode()
				: HttpStatus.OK;
		if (audit.recorded() && !status.isError()) {
			return Mono.empty();
		}
		return this.records.append(audit.record(this.clock.instant(), status.value(), AuditOutcome.of(status)))
			.onErrorResume((failure) -> {
				logger.warn("Could not write the audit record of {} {} answered {} [correlationId={}]",
						exchange.getRequest().getMethod(), exchange.getRequest().getPath(), status.value(),
						CorrelationId.of(exchange), failure);
				return Mono.empty();
			});
	}

}
