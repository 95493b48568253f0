package org.scibureau.platform.idempotency;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

import tools.jackson.databind.json.JsonMapper;

import org.scibureau.platform.web.ProblemResponses;
import org.scibureau.platform.web.ProblemWebExceptionHandler;
import org.scibureau.platform.web.RequestSizeLimits;

/**
 * Idempotency keys for WebFlux services with a database.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyConfiguration {

	@Bean
	IdempotencyWebFilter idempotencyWebFilter(DatabaseClient database, JsonMapper jsonMapper,
			ProblemResponses problems, ProblemWebExceptionHandler failures, IdempotencyProperties properties,
			RequestSizeLimits limits) {
		return new IdempotencyWebFilter(new IdempotencyKeys(database, jsonMapper, properties), problems, failures,
				properties, limits);
	}

}
