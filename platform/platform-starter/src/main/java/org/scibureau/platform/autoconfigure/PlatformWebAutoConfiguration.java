package org.scibureau.platform.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.micrometer.context.ContextRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;

import tools.jackson.databind.json.JsonMapper;

import org.scibureau.platform.observability.CorrelationIdMdcAccessor;
import org.scibureau.platform.observability.CorrelationIdWebFilter;
import org.scibureau.platform.security.CallerArgumentResolver;
import org.scibureau.platform.web.ProblemResponses;
import org.scibureau.platform.web.ProblemWebExceptionHandler;
import org.scibureau.platform.web.RequestSizeLimits;
import org.scibureau.platform.web.RequestSizeWebFilter;
import org.scibureau.platform.web.WebProperties;

/**
 * Problem details, correlation ids, request size limits and the {@code Caller} parameter for WebFlux services.
 */
@AutoConfiguration(before = ErrorWebFluxAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableConfigurationProperties(WebProperties.class)
public final class PlatformWebAutoConfiguration {

	static {
		ContextRegistry.getInstance().registerThreadLocalAccessor(new CorrelationIdMdcAccessor());
	}

	@Bean
	ProblemResponses problemResponses(JsonMapper jsonMapper) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		// A service may add or override messages in its own problems bundle.
		messages.setBasenames("problems", "org/scibureau/platform/web/problems");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		messages.setDefaultLocale(Locale.ENGLISH);
		return new ProblemResponses(messages, jsonMapper);
	}

	@Bean
	ProblemWebExceptionHandler problemWebExceptionHandler(ProblemResponses problems) {
		return new ProblemWebExceptionHandler(problems);
	}

	@Bean
	CorrelationIdWebFilter correlationIdWebFilter() {
		return new CorrelationIdWebFilter();
	}

	@Bean
	RequestSizeLimits requestSizeLimits(WebProperties properties) {
		return new RequestSizeLimits(properties);
	}

	@Bean
	RequestSizeWebFilter requestSizeWebFilter(RequestSizeLimits limits, ProblemResponses problems) {
		return new RequestSizeWebFilter(limits, problems);
	}

	@Bean
	WebFluxConfigurer callerArgumentConfigurer() {
		return new WebFluxConfigurer() {
			@Override
			public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
				configurer.addCustomResolver(new CallerArgumentResolver());
			}
		};
	}

}
