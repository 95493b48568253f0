package org.scibureau.platform.test.spring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Object-id swaps: every endpoint of an object family, called with a real object's ids by callers who may not see it
 * (another organisation's applicant, another district's officers), must answer exactly what it answers for ids that
 * name nothing: 403 where the caller's role may not use the endpoint at all, 404 (or whatever a missing object gets)
 * where it may. So nothing is read or changed, and nothing tells the object exists.
 */
public final class ObjectSwaps {

	private final WebTestClient http;

	private final RequestMappingHandlerMapping mappings;

	private ObjectSwaps(WebTestClient http, RequestMappingHandlerMapping mappings) {
		this.http = http;
		this.mappings = mappings;
	}

	/**
	 * Swaps through a running service.
	 * @param http the client bound to the service
	 * @param mappings the service's {@code requestMappingHandlerMapping}
	 * @return the swaps
	 */
	public static ObjectSwaps of(WebTestClient http, RequestMappingHandlerMapping mappings) {
		return new ObjectSwaps(http, mappings);
	}

	/**
	 * Calls every endpoint whose path the filter selects, as every intruder, with the real ids and with ids of
	 * nothing, and asserts the answers are the same.
	 * @param endpoints selects the family's paths, e.g. those starting {@code /api/plan/projects/{id}}
	 * @param realIds fills a path pattern with the real object's ids
	 * @param absentIds fills a path pattern with ids that name nothing
	 * @param body the body of a method and path, one the rightful caller could send ({@link MultipartBodyBuilder}
	 * for an upload); {@code null} for none
	 * @param intruders tokens by a description of who they are
	 * @return the swaps that reached the object check (the role let the intruder in), as "endpoint as intruder"
	 */
	public List<String> assertRefused(Predicate<String> endpoints, Function<String, String> realIds,
			Function<String, String> absentIds, BiFunction<String, String, @Nullable Object> body,
			Map<String, String> intruders) {
		List<String> reached = new ArrayList<>();
		for (String endpoint : endpoints(endpoints)) {
			String method = endpoint.substring(0, endpoint.indexOf(' '));
			String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
			for (Map.Entry<String, String> intruder : intruders.entrySet()) {
				int absent = call(method, absentIds.apply(pattern), body.apply(method, pattern), intruder.getValue());
				int swapped = call(method, realIds.apply(pattern), body.apply(method, pattern), intruder.getValue());
				assertThat(absent).as("%s on ids that name nothing, as %s", endpoint, intruder.getKey())
					.isLessThan(500);
				assertThat(swapped).as("%s as %s", endpoint, intruder.getKey()).isEqualTo(absent);
				if (absent != 403) {
					reached.add(endpoint + " as " + intruder.getKey());
				}
			}
		}
		return reached;
	}

	private int call(String method, String path, @Nullable Object body, String token) {
		WebTestClient.RequestBodySpec request = this.http.method(HttpMethod.valueOf(method))
			.uri(path)
			.headers((headers) -> {
				headers.setBearerAuth(token);
				headers.setIfMatch("\"1\"");
			});
		WebTestClient.RequestHeadersSpec<?> ready = request;
		if (body instanceof MultipartBodyBuilder multipart) {
			ready = request.contentType(MediaType.MULTIPART_FORM_DATA).bodyValue(multipart.build());
		}
		else if (body != null) {
			ready = request.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
		}
		return ready.exchange().returnResult(byte[].class).getStatus().value();
	}

	private Set<String> endpoints(Predicate<String> selected) {
		Set<String> endpoints = MappedEndpoints.of(this.mappings, selected);
		assertThat(endpoints).as("endpoints of the object family").isNotEmpty();
		return endpoints;
	}

}
