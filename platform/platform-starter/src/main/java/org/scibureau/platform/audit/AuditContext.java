package org.scibureau.platform.audit;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;

import reactor.util.context.Context;
import reactor.util.context.ContextView;

import org.scibureau.platform.id.UuidV7;
import org.scibureau.platform.observability.CorrelationId;
import org.scibureau.platform.security.Caller;
import org.scibureau.platform.security.CallerAttributeWebFilter;

/**
 * The audit state of one state-changing request, carried in the Reactor context from {@link AuditWebFilter} to the
 * transactions the request runs, so that the first of them to commit records the change in itself and the filter
 * knows afterwards whether a record is still missing.
 */
final class AuditContext {

	private static final Class<AuditContext> KEY = AuditContext.class;

	private final ServerWebExchange exchange;

	private final AtomicReference<State> state = new AtomicReference<>(State.OPEN);

	AuditContext(ServerWebExchange exchange) {
		this.exchange = exchange;
	}

	/** The audit state of the request a pipeline serves, if it is a state-changing one. */
	static Optional<AuditContext> from(ContextView context) {
		return context.getOrEmpty(KEY);
	}

	Context into(Context context) {
		return context.put(KEY, this);
	}

	/** Takes the record for a transaction about to commit; false if another one holds or has written it. */
	boolean claim() {
		return this.state.compareAndSet(State.OPEN, State.CLAIMED);
	}

	/** The claiming transaction committed with the record. */
	void committed() {
		this.state.compareAndSet(State.CLAIMED, State.RECORDED);
	}

	/** The claiming transaction rolled back, and the record with it. */
	void rolledBack() {
		this.state.compareAndSet(State.CLAIMED, State.OPEN);
	}

	/** Whether a committed transaction of the request holds its record. */
	boolean recorded() {
		return this.state.get() == State.RECORDED;
	}

	/** The record of the request as known now; the caller is known once the security chain has seen the request. */
	AuditRecord record(Instant occurredAt, @Nullable Integer status, AuditOutcome outcome) {
		ServerHttpRequest request = this.exchange.getRequest();
		Caller caller = CallerAttributeWebFilter.of(this.exchange);
		PathPattern route = this.exchange.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		String method = request.getMethod().name();
		return new AuditRecord(UuidV7.next(), occurredAt, (caller != null) ? caller.actor() : null,
				(caller != null) ? caller.subject() : null, (caller != null) ? caller.clientId() : null, method,
				request.getPath().value(), (route != null) ? method + " " + route.getPatternString() : null, status,
				outcome, CorrelationId.of(this.exchange));
	}

	private enum State {

		OPEN, CLAIMED, RECORDED

	}

}
