package org.scibureau.platform.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.scibureau.platform.observability.CorrelationIdWebFilter;
import org.scibureau.platform.security.Caller;
import org.scibureau.platform.security.CallerArgumentResolver;
import org.scibureau.platform.web.ProblemResponses;
import org.scibureau.platform.web.OpenApiConventions;
import org.scibureau.platform.web.ProblemWebExceptionHandler;
import org.scibureau.platform.web.RequestSizeLimits;
import org.scibureau.platform.web.RequestSizeWebFilter;
import org.scibureau.platform.web.WebProperties;

/**
 * Problem details, correlation ids, request size limits, the {@code Caller} parameter and the OpenAPI conventions
 * for WebFlux services.
 */
@AutoConfiguration(before = ErrorWebFluxAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableConfigurationProperties(WebProperties.class)
public final class PlatformWebAutoConfiguration {

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

	/**
	 * The platform's part of every service's OpenAPI document: the caller comes from the token, not the request, and
	 * a JSON value (a rule's) is any JSON.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(GlobalOpenApiCustomizer.class)
	static final class OpenApi {

		static {
			SpringDocUtils.getConfig()
				.addRequestWrapperToIgnore(Caller.class)
				.replaceWithSchema(JsonNode.class, new Schema<>().description("Any JSON value"));
		}

		@Bean
		OpenApiConventions openApiConventions(Environment environment) {
			return new OpenApiConventions(environment.getProperty("spring.application.name", "service"));
		}

	}

}
