package org.scibureau.gateway.correlation;

import io.micrometer.context.ThreadLocalAccessor;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * Mirrors the correlation id of the Reactor context into the logging MDC on whichever thread runs the pipeline
 * (with {@code spring.reactor.context-propagation=auto}), so the gateway's log lines carry it.
 */
final class CorrelationIdMdcAccessor implements ThreadLocalAccessor<String> {

	@Override
	public Object key() {
		return CorrelationId.KEY;
	}

	@Override
	public @Nullable String getValue() {
		return MDC.get(CorrelationId.KEY);
	}

	@Override
	public void setValue(String value) {
		MDC.put(CorrelationId.KEY, value);
	}

	@Override
	public void setValue() {
		MDC.remove(CorrelationId.KEY);
	}

}
