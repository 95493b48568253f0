package org.scibureau.platform.test.spring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import org.scibureau.platform.test.token.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds a service to the endpoint table of {@code docs/security.md}: every endpoint the service maps under its
 * prefix is in the table and every row of the table is an endpoint; a call without a token is refused with 401
 * unless the row says {@code anyone}; and exactly the roles the row names get past the role check, every other role
 * being refused with 403 before anything else about the request (its body, its ids) is looked at.
 * <p>
 * A row's roles are role names, names of the groups the document defines in its {@code Role groups} table, or
 * {@code any token}. The requests carry a well-formed JSON body and random ids, so an allowed role gets whatever
 * the service answers to that (404, 400, 422…), never 401 or 403. The table the service actually enforces is written
 * to {@code target/endpoint-access.md}, to compare with the document when a test fails.
 * <p>
 * A service extends it with its own annotations, as it does {@link ServiceConventionsTests}.
 */
public abstract class EndpointAccessTests {

	/** Every role of the platform ({@code Roles.ALL} in platform-starter, which checks that the two agree). */
	public static final List<String> ROLES = List.of("bureau-admin", "plan-officer", "finance-officer",
			"talent-officer", "ip-officer", "awards-officer", "expert", "applicant", "district-officer", "auditor",
			"partner-system");

	private static final String ANYONE = "anyone";

	private static final String ANY_TOKEN = "any token";

	private static final Pattern ROW = Pattern.compile("^\\|\\s*(GET|POST|PUT|PATCH|DELETE)\\s*\\|\\s*`([^`]+)`\\s*\\|([^|]*)\\|.*$");

	private static final Pattern GROUP = Pattern.compile("^\\|\\s*`([a-z-]+)`\\s*\\|([^|]*)\\|.*$");

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	private final String service;

	private WebTestClient http;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	/** @param service the service's API prefix, e.g. {@code talent} for {@code /api/talent} */
	protected EndpointAccessTests(String service) {
		this.service = service;
	}

	@LocalServerPort
	void bindClient(int port) {
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	@Test
	void everyEndpointIsInTheSecurityDocumentAndEveryRowIsAnEndpoint() {
		assertThat(endpoints()).as("endpoints of %s-service (left) against docs/security.md", this.service)
			.containsExactlyInAnyOrderElementsOf(documented().keySet());
	}

	@TestFactory
	Stream<DynamicTest> eachEndpointLetsInExactlyTheDocumentedRoles() {
		Map<String, Set<String>> documented = documented();
		Map<String, String> observed = new LinkedHashMap<>();
		List<DynamicTest> tests = new ArrayList<>();
		for (String endpoint : endpoints()) {
			tests.add(DynamicTest.dynamicTest(endpoint, () -> {
				Set<String> allowed = allowed(endpoint);
				observed.put(endpoint, String.join(", ", allowed));
				writeObserved(observed);
				assertThat(allowed).as("who gets past the role check of %s", endpoint)
					.containsExactlyInAnyOrderElementsOf(documented.getOrDefault(endpoint, Set.of()));
			}));
		}
		return tests.stream();
	}

	/** The roles that get past the role check, {@code anyone} if a call without a token does. */
	private Set<String> allowed(String endpoint) {
		int anonymous = call(endpoint, null);
		if (anonymous != 401) {
			return Set.of(ANYONE);
		}
		Set<String> allowed = new TreeSet<>();
		for (String role : ROLES) {
			int status = call(endpoint, role);
			assertThat(status).as("%s as %s", endpoint, role).isNotEqualTo(401).isLessThan(500);
			if (status != 403) {
				allowed.add(role);
			}
		}
		return allowed;
	}

	private int call(String endpoint, @Nullable String role) {
		String method = endpoint.substring(0, endpoint.indexOf(' '));
		String path = concrete(endpoint.substring(endpoint.indexOf(' ') + 1));
		WebTestClient.RequestBodySpec request = this.http.method(HttpMethod.valueOf(method))
			.uri(path)
			.accept(MediaType.APPLICATION_JSON);
		if (role != null) {
			request.headers((headers) -> headers.setBearerAuth(TestTokens.shared()
				.token()
				.roles(role)
				.jurisdiction("510100")
				.org(UUID.randomUUID().toString())
				.talentId(UUID.randomUUID().toString())
				.build()));
		}
		WebTestClient.RequestHeadersSpec<?> ready = List.of("POST", "PUT", "PATCH").contains(method)
				? request.contentType(MediaType.APPLICATION_JSON).bodyValue("{}") : request;
		return ready.exchange().returnResult(byte[].class).getStatus().value();
	}

	/** The mapped endpoints under the service's prefix, as {@code METHOD /path/{variable}}. */
	private Set<String> endpoints() {
		String prefix = "/api/" + this.service + "/";
		return MappedEndpoints.of(this.mappings, (pattern) -> pattern.startsWith(prefix));
	}

	/** The rows of the service's endpoints in {@code docs/security.md}, with the roles each lets in. */
	private Map<String, Set<String>> documented() {
		List<String> lines = document();
		Map<String, Set<String>> groups = new LinkedHashMap<>();
		for (String line : lines) {
			Matcher group = GROUP.matcher(line);
			if (group.matches()) {
				groups.put(group.group(1), split(group.group(2)));
			}
		}
		Map<String, Set<String>> rows = new LinkedHashMap<>();
		for (String line : lines) {
			Matcher row = ROW.matcher(line);
			if (row.matches() && row.group(2).startsWith("/api/" + this.service + "/")) {
				rows.put(row.group(1) + " " + row.group(2), expand(split(row.group(3)), groups));
			}
		}
		return rows;
	}

	private static Set<String> expand(Set<String> names, Map<String, Set<String>> groups) {
		if (names.contains(ANYONE)) {
			return Set.of(ANYONE);
		}
		if (names.contains(ANY_TOKEN)) {
			return new TreeSet<>(ROLES);
		}
		Set<String> roles = new TreeSet<>();
		for (String name : names) {
			if (groups.containsKey(name)) {
				roles.addAll(groups.get(name));
			}
			else {
				assertThat(ROLES).as("a role or a role group of docs/security.md").contains(name);
				roles.add(name);
			}
		}
		return roles;
	}

	private static Set<String> split(String cell) {
		return Stream.of(cell.replace("`", "").split(","))
			.map(String::strip)
			.filter((name) -> !name.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static List<String> document() {
		Path directory = Path.of("").toAbsolutePath();
		while (directory != null && !Files.isRegularFile(directory.resolve("docs/security.md"))) {
			directory = directory.getParent();
		}
		assertThat(directory).as("docs/security.md above the working directory").isNotNull();
		try {
			return Files.readAllLines(directory.resolve("docs/security.md"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A path with its variables filled: numbers for sequences, a day for dates, random ids for the rest. */
	private static String concrete(String pattern) {
		Matcher variables = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (variables.find()) {
			String name = variables.group(1);
			String value = switch (name) {
				case "sequence" -> "1";
				case "date", "effectiveFrom" -> "2030-01-01";
				case "name" -> "no-such-rule";
				default -> UUID.randomUUID().toString();
			};
			variables.appendReplacement(path, value);
		}
		variables.appendTail(path);
		return path.toString();
	}

	private static void writeObserved(Map<String, String> observed) {
		StringBuilder table = new StringBuilder("| Method | Path | Roles |\n|---|---|---|\n");
		observed.forEach((endpoint, roles) -> table.append("| ")
			.append(endpoint.substring(0, endpoint.indexOf(' ')))
			.append(" | `")
			.append(endpoint.substring(endpoint.indexOf(' ') + 1))
			.append("` | ")
			.append(roles)
			.append(" |\n"));
		try {
			Files.createDirectories(Path.of("target"));
			Files.writeString(Path.of("target/endpoint-access.md"), table);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
