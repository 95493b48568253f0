package org.scibureau.gateway.correlation;

import io.micrometer.context.ContextRegistry;

import org.springframework.context.annotation.Configuration;

/**
 * Registers the MDC mirror of the correlation id with Micrometer's context propagation.
 */
@Configuration(proxyBeanMethods = false)
class CorrelationConfiguration {

	CorrelationConfiguration() {
		ContextRegistry.getInstance().registerThreadLocalAccessor(new CorrelationIdMdcAccessor());
	}

}
