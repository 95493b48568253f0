package org.scibureau.platform.test.contract;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import net.jqwik.api.Example;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator draws from jqwik's arbitraries, which run on jqwik's threads only: hence jqwik examples. */
class RequestGeneratorTests {

	private static final ApiContract CONTRACT = ApiContract.parse(ApiContractTests.DOCUMENT);

	@Example
	void generatesRequestsFromTheSchemasWithTheIdsAndVersionsAnswersShowed() {
		FuzzMemory memory = new FuzzMemory(Set.of("SECRET"));
		memory.remember("id", "0f0f0f0f-0000-4000-8000-000000000002");
		memory.remember("name", "a SECRET name");
		memory.etag("/api/things/0f0f0f0f-0000-4000-8000-000000000002", "\"7\"");
		RequestGenerator generator = new RequestGenerator(CONTRACT, new Random(1), memory);
		ApiOperation put = CONTRACT.operations().get(1);

		List<FuzzCase> requests = IntStream.range(0, 200)
			.mapToObj((i) -> generator.next((i % 2 == 0) ? CONTRACT.operations().get(0) : put, "someone"))
			.toList();

		assertThat(requests).anySatisfy((request) -> assertThat(request.uri())
			.isEqualTo("/api/things/0f0f0f0f-0000-4000-8000-000000000002"));
		assertThat(requests).anySatisfy((request) -> assertThat(request.headers()).containsEntry("If-Match", "\"7\""));
		assertThat(requests).anySatisfy((request) -> assertThat(request.body()).contains("\"size\""));
		assertThat(requests).anySatisfy((request) -> assertThat(request.headers().get("Content-Type"))
			.isNotEqualTo("application/json"));
		assertThat(memory.examplesOf("name")).as("values with a foreign marker are never reused").isEmpty();
	}

}
