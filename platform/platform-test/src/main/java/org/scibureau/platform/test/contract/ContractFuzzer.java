package org.scibureau.platform.test.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Drives every operation of a contract with generated requests, as each of a set of callers, and holds every answer
 * to four rules: no 5xx; the answer is one the published document declares (status, media type, body schema); no
 * stack trace or internal detail in a body; and no answer to an intruder carries what the test marked as foreign
 * (another organisation's or district's objects): not their ids in a success, not their markers in anything.
 * <p>
 * It is driven by a property ({@link ContractFuzzProperties}): {@link #next} generates a request from the
 * property's random source, so one seed decides every request; {@link #check} sends it. Requests that broke a rule
 * are reported with the answer they got, to keep as regression cases that {@link Builder#regressions} replays first.
 */
public final class ContractFuzzer {

	private static final ObjectMapper json = new ObjectMapper();

	/** What must never reach a caller: a Java stack frame or exception, or an internal address. */
	private static final Pattern INTERNALS = Pattern.compile(
			"\\bat (java|org|io|reactor)\\.[\\w.$]+\\(|\\b\\w+(Exception|Error):|\\bjava\\.[a-z]+\\.|\\bjdbc:|\\br2dbc:");

	private final Builder settings;

	private final ApiContract contract;

	private final List<ApiOperation> operations;

	private final FuzzMemory memory;

	private final List<ApiOperation> round = new ArrayList<>();

	private final List<FuzzReport.Failure> failures = new ArrayList<>();

	private final Map<Integer, Integer> statuses = new TreeMap<>();

	private final Set<String> succeeded = new LinkedHashSet<>();

	private final Map<String, List<String>> admitted = new LinkedHashMap<>();

	private final long started = System.nanoTime();

	private int replayed;

	private int requests;

	private int rounds;

	private ContractFuzzer(Builder settings) {
		this.settings = settings;
		this.contract = settings.contract;
		this.operations = this.contract.operations();
		this.memory = new FuzzMemory(settings.foreignMarkers);
		settings.examples.forEach((name, values) -> values.forEach((value) -> this.memory.remember(name, value)));
		settings.foreignIds.forEach((id) -> this.memory.remember("id", id));
		Set<String> known = new LinkedHashSet<>();
		this.operations.forEach((operation) -> known.add(operation.toString()));
		for (FuzzCase regression : settings.regressions) {
			if (!known.contains(regression.operation()) || !settings.callers.containsKey(regression.caller())) {
				throw new IllegalStateException("Regression case for an unknown operation or caller: " + regression);
			}
		}
	}

	/**
	 * A fuzzer for a running service.
	 * @param http the client bound to the service
	 * @param baseUrl the service's address, which requests' already encoded paths are appended to
	 * @param contract the service's published document
	 * @return the builder
	 */
	public static Builder against(WebTestClient http, String baseUrl, ApiContract contract) {
		return new Builder(http, baseUrl, contract);
	}

	/**
	 * The next request: the kept regression cases first, then generated ones, in rounds that call every operation
	 * once in an order of their own, each as a caller picked at random, more often one the operation let in before.
	 * @param random the source of every choice
	 * @return the request
	 */
	public FuzzCase next(Random random) {
		if (this.replayed < this.settings.regressions.size()) {
			return this.settings.regressions.get(this.replayed++);
		}
		if (this.round.isEmpty()) {
			this.round.addAll(this.operations);
			Collections.shuffle(this.round, random);
			this.rounds++;
		}
		ApiOperation operation = this.round.remove(this.round.size() - 1);
		// Mostly callers the operation has let in before, so that requests get past the role check and deeper.
		List<String> admitted = this.admitted.getOrDefault(operation.toString(), List.of());
		List<String> names = (!admitted.isEmpty() && random.nextInt(10) < 6) ? admitted
				: new ArrayList<>(this.settings.callers.keySet());
		String caller = names.get(random.nextInt(names.size()));
		return new RequestGenerator(this.contract, random, this.memory).next(operation, caller);
	}

	/**
	 * Sends a request and holds its answer to the rules.
	 * @param request the request
	 * @return the rules the answer broke, empty if none
	 */
	public List<String> check(FuzzCase request) {
		ApiOperation operation = this.operations.stream()
			.filter((candidate) -> candidate.toString().equals(request.operation()))
			.findFirst()
			.orElseThrow();
		Caller caller = this.settings.callers.get(request.caller());
		WebTestClient.RequestBodySpec spec = this.settings.http.method(HttpMethod.valueOf(request.method()))
			.uri(URI.create(this.settings.baseUrl + request.uri()))
			.headers((headers) -> {
				request.headers().forEach(headers::set);
				if (caller.token() != null) {
					headers.setBearerAuth(caller.token());
				}
			});
		EntityExchangeResult<byte[]> result = ((request.body() != null)
				? spec.bodyValue(request.body().getBytes(StandardCharsets.UTF_8)) : spec)
			.exchange()
			.expectBody()
			.returnResult();
		this.requests++;
		int status = result.getStatus().value();
		byte[] body = (result.getResponseBody() != null) ? result.getResponseBody() : new byte[0];
		this.statuses.merge(status, 1, Integer::sum);
		String contentType = result.getResponseHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
		String text = new String(body, StandardCharsets.UTF_8);
		List<String> violations = new ArrayList<>();
		if (status >= 500) {
			violations.add("answered " + status);
		}
		violations.addAll(this.contract.violations(operation, status, contentType, body));
		if (INTERNALS.matcher(text).find()) {
			violations.add("the body discloses internals");
		}
		if (caller.intruder()) {
			violations.addAll(leaks(request, status, text));
		}
		if (!violations.isEmpty()) {
			this.failures.add(new FuzzReport.Failure(request, status, violations, abbreviate(text)));
		}
		if (status != 401 && status != 403) {
			List<String> callers = this.admitted.computeIfAbsent(operation.toString(), (key) -> new ArrayList<>());
			if (!callers.contains(caller.name())) {
				callers.add(caller.name());
			}
		}
		if (status < 300) {
			this.succeeded.add(operation.toString());
			learn(request, result, body);
		}
		return violations;
	}

	/** What the run has done and found so far. */
	public FuzzReport report() {
		return new FuzzReport(this.rounds, this.requests, this.statuses, List.copyOf(this.succeeded),
				this.operations.size(), dedupe(this.failures), Duration.ofNanos(System.nanoTime() - this.started));
	}

	/** Foreign ids and markers in an answer, other than those the request itself sent (an echo tells nothing). */
	private List<String> leaks(FuzzCase request, int status, String body) {
		String sent = request.uri() + " " + request.body();
		List<String> leaks = new ArrayList<>();
		this.settings.foreignMarkers.stream().filter((marker) -> body.contains(marker) && !sent.contains(marker))
			.forEach((marker) -> leaks.add("an intruder was shown the foreign marker " + marker));
		if (status < 300) {
			this.settings.foreignIds.stream().filter((id) -> body.contains(id) && !sent.contains(id))
				.forEach((id) -> leaks.add("an intruder was shown the foreign id " + id));
		}
		return leaks;
	}

	private void learn(FuzzCase request, EntityExchangeResult<byte[]> result, byte[] body) {
		String path = request.uri().contains("?") ? request.uri().substring(0, request.uri().indexOf('?'))
				: request.uri();
		String etag = result.getResponseHeaders().getETag();
		if (etag != null) {
			this.memory.etag(path, etag);
		}
		String location = result.getResponseHeaders().getFirst(HttpHeaders.LOCATION);
		if (location != null) {
			this.memory.remember("location", location);
		}
		String contentType = result.getResponseHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
		if (body.length > 0 && contentType != null && contentType.contains("json")) {
			try {
				this.memory.learn(json.readTree(body));
			}
			catch (IOException ex) {
				// Not JSON after all: the contract check has reported it.
			}
		}
	}

	/** One failure per operation, status and first violation: the first request that showed it. */
	private static List<FuzzReport.Failure> dedupe(List<FuzzReport.Failure> failures) {
		Map<String, FuzzReport.Failure> distinct = new LinkedHashMap<>();
		for (FuzzReport.Failure failure : failures) {
			String key = failure.request().operation() + " " + failure.status() + " "
					+ failure.violations().get(0).replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "<id>");
			distinct.putIfAbsent(key, failure);
		}
		return List.copyOf(distinct.values());
	}

	private static String abbreviate(String text) {
		return (text.length() > 600) ? text.substring(0, 600) + "…" : text;
	}

	/**
	 * A caller requests are sent as.
	 *
	 * @param name how reports name it
	 * @param token its bearer token, {@code null} for none
	 * @param intruder whether it may see none of the foreign objects
	 */
	public record Caller(String name, @Nullable String token, boolean intruder) {
	}

	/** Settings of a run. */
	public static final class Builder {

		private final WebTestClient http;

		private final String baseUrl;

		private final ApiContract contract;

		private final Map<String, Caller> callers = new LinkedHashMap<>();

		private final Set<String> foreignIds = new LinkedHashSet<>();

		private final Set<String> foreignMarkers = new LinkedHashSet<>();

		private final Map<String, List<String>> examples = new LinkedHashMap<>();

		private final List<FuzzCase> regressions = new ArrayList<>();

		private Builder(WebTestClient http, String baseUrl, ApiContract contract) {
			this.http = http;
			this.baseUrl = baseUrl;
			this.contract = contract;
		}

		/** Adds a caller. */
		public Builder caller(Caller caller) {
			this.callers.put(caller.name(), caller);
			return this;
		}

		/**
		 * What intruders must never be shown; the ids are also used as path and body values.
		 * @param ids ids of foreign objects
		 * @param markers strings only foreign objects contain, such as a name
		 * @return this builder
		 */
		public Builder foreign(Collection<String> ids, Collection<String> markers) {
			this.foreignIds.addAll(ids);
			this.foreignMarkers.addAll(markers);
			return this;
		}

		/** Values to use for parameters and members of this name, e.g. valid codes a pattern allows. */
		public Builder examples(String name, String... values) {
			this.examples.computeIfAbsent(name, (key) -> new ArrayList<>()).addAll(List.of(values));
			return this;
		}

		/**
		 * Regression cases to replay before generating, one JSON {@link FuzzCase} per line; absent is none.
		 * @param resource a classpath resource
		 * @return this builder
		 */
		public Builder regressions(String resource) {
			try (InputStream in = ContractFuzzer.class.getClassLoader().getResourceAsStream(resource)) {
				if (in == null) {
					return this;
				}
				for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
					if (!line.isBlank()) {
						this.regressions.add(json.readValue(line, FuzzCase.class));
					}
				}
				return this;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not read the regression cases " + resource, ex);
			}
		}

		/** The fuzzer. */
		public ContractFuzzer build() {
			if (this.callers.isEmpty()) {
				throw new IllegalStateException("No callers to send requests as");
			}
			return new ContractFuzzer(this);
		}

	}

}
