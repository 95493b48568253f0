package org.scibureau.platform.test.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.jspecify.annotations.Nullable;

import org.springframework.test.web.reactive.server.WebTestClient;

import org.scibureau.platform.test.spring.RunningService;
import org.scibureau.platform.test.token.TestTokens;
import org.scibureau.platform.test.token.TokenAttack;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A jqwik property that fuzzes a service from its own published OpenAPI document ({@link ContractFuzzer}): every
 * operation in turn, as callers without a token, with a forged one, with every role in a district ({@code 510104})
 * of an organisation of their own, and as the city's staff. The district callers are intruders to whatever the
 * service's {@link #foreign} seeds: objects of another organisation in another district ({@code 510107}).
 * <p>
 * The seed is fixed, so every run sends the same requests; change it here to explore. A service sets how many
 * requests with {@code @PropertyDefaults(tries = …)}, sized to take well under a minute. The property stops at the
 * first broken rule; with {@code -Dscibureau.fuzz.keep-going=true} it runs every try and lists all of them. The
 * summary goes to {@code target/contract-fuzz/<service>.txt}, the failing requests to
 * {@code <service>-failures.jsonl}: lines to add to {@code src/test/resources/contract-fuzz/<service>.jsonl}, which
 * every run replays first.
 * <p>
 * The service runs on a database of its own ({@link RunningService}), since the fuzzer changes what it may.
 */
public abstract class ContractFuzzProperties {

	/** The district of the fuzzing callers. */
	public static final String DISTRICT = "510104";

	/** The district of the foreign objects. */
	public static final String FOREIGN_DISTRICT = "510107";

	/** The city, whose staff may see every district's objects. */
	public static final String CITY = "510100";

	/** The organisation of the fuzzing callers. */
	public static final String ORGANISATION = "0f0f0f0f-0000-4000-8000-000000000001";

	private static final List<String> CITY_STAFF = List.of("bureau-admin", "plan-officer", "finance-officer",
			"talent-officer", "ip-officer", "awards-officer", "auditor");

	private static final List<String> ROLES = List.of("bureau-admin", "plan-officer", "finance-officer",
			"talent-officer", "ip-officer", "awards-officer", "expert", "applicant", "district-officer", "auditor",
			"partner-system");

	/** The bureau's administrators and auditors see every district's objects, whatever district their token names. */
	private static final Set<String> CITY_WIDE = Set.of("bureau-admin", "auditor");

	private static final boolean KEEP_GOING = Boolean.getBoolean("scibureau.fuzz.keep-going");

	private final Class<?> application;

	private final String service;

	private @Nullable RunningService running;

	private @Nullable ContractFuzzer fuzzer;

	/**
	 * @param application the service's {@code @SpringBootApplication} class
	 * @param service the service's API prefix, e.g. {@code talent} for {@code /api/talent}
	 */
	protected ContractFuzzProperties(Class<?> application, String service) {
		this.application = application;
		this.service = service;
	}

	/**
	 * Seeds objects the intruders must never be shown.
	 * @param http the client bound to the service
	 * @return their ids and markers; none by default
	 */
	protected Foreign foreign(WebTestClient http) {
		return new Foreign(Set.of(), Set.of());
	}

	/**
	 * Roles whose district callers may see the foreign objects by design, so they are not intruders here, besides
	 * the bureau's administrators and auditors, who see every district's objects.
	 * @return the roles; none by default
	 */
	protected Set<String> rolesThatSeeEveryDistrict() {
		return Set.of();
	}

	/**
	 * Adds what the service's operations need beyond their schemas, e.g. examples of values a pattern allows.
	 * @param fuzzer the fuzzer's settings
	 */
	protected void configure(ContractFuzzer.Builder fuzzer) {
	}

	/**
	 * Creates an object for {@link #foreign}.
	 * @param http the client bound to the service
	 * @param token the creator's token
	 * @param uri where to post it
	 * @param body the object
	 * @return its id, the {@code id} member of the answer
	 */
	protected static String create(WebTestClient http, String token, String uri, Map<String, ?> body) {
		return http.post().uri(uri)
			.headers((headers) -> headers.setBearerAuth(token))
			.bodyValue(body)
			.exchange()
			.expectStatus().is2xxSuccessful()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString();
	}

	/**
	 * A token of the city's staff.
	 * @param role the role
	 * @return the token
	 */
	protected static String cityToken(String role) {
		return TestTokens.shared().token().roles(role).jurisdiction(CITY).build();
	}

	@BeforeProperty
	void startTheService() {
		RunningService service = RunningService.start(this.application, this.service + "_fuzz");
		this.running = service;
		WebTestClient http = service.http();
		String document = http.get().uri("/api/{service}/api-docs", this.service).exchange()
			.expectStatus().isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		Foreign foreign = foreign(http);
		ContractFuzzer.Builder fuzzer = ContractFuzzer.against(http, service.baseUrl(), ApiContract.parse(document))
			.regressions("contract-fuzz/" + this.service + ".jsonl")
			.foreign(foreign.ids(), foreign.markers())
			.examples("jurisdiction", DISTRICT, FOREIGN_DISTRICT, CITY)
			.examples("organisationId", ORGANISATION);
		callers(fuzzer, rolesThatSeeEveryDistrict());
		configure(fuzzer);
		this.fuzzer = fuzzer.build();
	}

	@Property(seed = "20261126", shrinking = ShrinkingMode.OFF)
	void answersEveryRequestAsItsContractSaysAndLeaksNothing(@ForAll("requests") FuzzCase request) {
		List<String> violations = fuzzer().check(request);
		if (!KEEP_GOING) {
			assertThat(violations).as("%s as %s: %s %s", request.operation(), request.caller(), request.method(),
					request.uri()).isEmpty();
		}
	}

	@Provide
	Arbitrary<FuzzCase> requests() {
		return Arbitraries.randomValue((random) -> fuzzer().next(random));
	}

	@AfterProperty
	void reportAndStop() throws IOException {
		FuzzReport report = fuzzer().report();
		try {
			Path reports = Path.of("target", "contract-fuzz");
			Files.createDirectories(reports);
			Files.writeString(reports.resolve(this.service + ".txt"), report.summary(), StandardCharsets.UTF_8);
			Files.writeString(reports.resolve(this.service + "-failures.jsonl"), report.regressionLines(),
					StandardCharsets.UTF_8);
		}
		finally {
			if (this.running != null) {
				this.running.close();
			}
		}
		if (KEEP_GOING) {
			assertThat(report.failures()).as(report.summary()).isEmpty();
		}
	}

	private ContractFuzzer fuzzer() {
		if (this.fuzzer == null) {
			throw new IllegalStateException("The service has not started");
		}
		return this.fuzzer;
	}

	private static void callers(ContractFuzzer.Builder fuzzer, Set<String> seeEveryDistrict) {
		TestTokens tokens = TestTokens.shared();
		fuzzer.caller(new ContractFuzzer.Caller("no token", null, true));
		fuzzer.caller(new ContractFuzzer.Caller("forged token", TokenAttack.FORGED_SIGNATURE.token(), true));
		for (String role : ROLES) {
			fuzzer.caller(new ContractFuzzer.Caller(role + " of " + DISTRICT, tokens.token()
				.roles(role)
				.jurisdiction(DISTRICT)
				.org(ORGANISATION)
				.talentId(UUID.nameUUIDFromBytes(role.getBytes(StandardCharsets.UTF_8)).toString())
				.build(), !seeEveryDistrict.contains(role) && !CITY_WIDE.contains(role)));
		}
		for (String role : CITY_STAFF) {
			fuzzer.caller(new ContractFuzzer.Caller(role + " of the city",
					tokens.token().roles(role).jurisdiction(CITY).build(), false));
		}
	}

	/**
	 * Objects of another organisation in another district.
	 *
	 * @param ids their ids (of the service's own objects, not of what they refer to, which other objects may name too)
	 * @param markers strings only they contain, such as their names
	 */
	public record Foreign(Set<String> ids, Set<String> markers) {
	}

}
