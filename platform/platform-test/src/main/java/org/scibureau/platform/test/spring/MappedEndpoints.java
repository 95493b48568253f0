package org.scibureau.platform.test.spring;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/**
 * The endpoints a running service maps, as {@code METHOD /path/{variable}}: its controllers' only, not the API
 * documents springdoc serves.
 */
final class MappedEndpoints {

	private MappedEndpoints() {
	}

	/**
	 * The mapped endpoints whose path pattern is selected, sorted.
	 * @param mappings the service's {@code requestMappingHandlerMapping}
	 * @param selected selects path patterns, e.g. those under the service's prefix
	 * @return the endpoints; a mapping without a method counts as GET
	 */
	static Set<String> of(RequestMappingHandlerMapping mappings, Predicate<String> selected) {
		Set<String> endpoints = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			if (handler.getBeanType().getPackageName().startsWith("org.springdoc")) {
				return;
			}
			Set<String> methods = new TreeSet<>();
			info.getMethodsCondition().getMethods().forEach((method) -> methods.add(method.name()));
			info.getPatternsCondition().getPatterns().forEach((pattern) -> {
				if (selected.test(pattern.getPatternString())) {
					(methods.isEmpty() ? Set.of("GET") : methods)
						.forEach((method) -> endpoints.add(method + " " + pattern.getPatternString()));
				}
			});
		});
		return endpoints;
	}

}
