package org.scibureau.local.seed;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.scibureau.local.seed.SeedReport.Kind;
import org.scibureau.local.token.ClientCredentials;
import org.scibureau.local.token.TokenClient;

/**
 * Seeds the {@link DemoData} through the public API behind the gateway, as the {@code scibureau-seeder} client:
 * organisations, then the researchers who work for them, then the experts among those researchers, then plans and
 * calls.
 * <p>
 * Seeding is idempotent: every item is first looked up by its natural key (an organisation's credit code, a
 * researcher's or expert's fixed id, a plan's or call's title) and only created when it is missing, and an item found
 * half done (a plan left in draft, a call still scheduled) is taken on to its target state, so a second run adds
 * nothing. Each creation also carries an {@code Idempotency-Key} derived from the item and its body, so a creation
 * whose answer was lost is not repeated either; a creation refused with 409 because the item appeared meanwhile
 * looks it up again. Requests are retried while the platform warms up.
 */
public final class DemoSeeder {

	private static final Duration RETRY_FOR = Duration.ofSeconds(60);

	private static final int MAX_PAGES = 20;

	private static final int MAX_ACTIONS = 6;

	private static final List<String> CALL_STATES = List.of("SCHEDULED", "OPEN", "CLOSED", "REVIEWED");

	private final ApiClient api;

	private final JsonMapper json;

	private final DemoDirectory directory;

	private final Clock clock;

	private final BooleanSupplier cancelled;

	/**
	 * A seeder that talks to the gateway with the seeder client's tokens.
	 * @param gateway the gateway's base URL
	 * @param tokens the authorization server's token client
	 * @param directory the demo identities, with the ids the authorization server's tokens name
	 * @param clock the clock that dates the calls and the experts' availability
	 * @param cancelled tells the seeder to stop between two items
	 */
	public DemoSeeder(URI gateway, TokenClient tokens, DemoDirectory directory, Clock clock,
			BooleanSupplier cancelled) {
		this(new ApiClient(gateway, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
				() -> tokens.token(ClientCredentials.SEEDER), JsonMapper.builder().build(), RETRY_FOR, Pause.SLEEP),
				directory, clock, cancelled);
	}

	DemoSeeder(ApiClient api, DemoDirectory directory, Clock clock, BooleanSupplier cancelled) {
		this.api = api;
		this.json = JsonMapper.builder().build();
		this.directory = directory;
		this.clock = clock;
		this.cancelled = cancelled;
	}

	/**
	 * Seeds whatever is missing.
	 * @return what was created, found and changed
	 * @throws SeedingException if the API refuses a request or stays unavailable
	 * @throws CancellationException if cancelled between two items
	 */
	public SeedReport seed() {
		SeedReport report = SeedReport.NOTHING;
		for (OrganisationSeed seed : DemoData.organisations(this.directory)) {
			checkCancelled();
			report = report.plus(ensureOrganisation(seed));
		}
		for (ResearcherSeed seed : DemoData.researchers(this.directory)) {
			checkCancelled();
			report = report.plus(ensureById("/api/talent/researchers", seed.id(), Kind.RESEARCHER, seed.key(),
					seed.body(), seed.name()));
		}
		for (ExpertSeed seed : DemoData.experts(this.directory, this.clock)) {
			checkCancelled();
			report = report.plus(ensureById("/api/talent/experts", seed.researcherId(), Kind.EXPERT, seed.key(),
					seed.body(), seed.name()));
		}
		Map<String, JsonNode> plans = new HashMap<>();
		for (PlanSeed seed : DemoData.plans()) {
			checkCancelled();
			report = report.plus(ensurePlan(seed, plans));
		}
		for (CallSeed seed : DemoData.calls(this.clock)) {
			checkCancelled();
			JsonNode plan = plans.get(seed.planKey());
			if (plan == null) {
				throw new SeedingException("Demo call '" + seed.title() + "' names no demo plan " + seed.planKey());
			}
			report = report.plus(ensureCall(seed, programId(plan, seed)));
		}
		return report;
	}

	/**
	 * Finds the organisation by its credit code or registers it. Demo tokens name it by the directory's id, so an
	 * organisation registered under another id (before seeding, by hand) stops seeding.
	 */
	private SeedReport ensureOrganisation(OrganisationSeed seed) {
		Seeded organisation = findOrCreate(
				() -> find("/api/plan/organisations?creditCode=" + encode(seed.creditCode()),
						(item) -> seed.creditCode().equals(text(item, "creditCode"))),
				"/api/plan/organisations", Kind.ORGANISATION, seed.key(), seed.body(), seed.name());
		String id = text(organisation.item(), "id");
		if (!seed.id().toString().equals(id)) {
			throw new SeedingException("Demo organisation '" + seed.name() + "' (credit code " + seed.creditCode()
					+ ") is registered with id " + id + ", not with the demo directory's " + seed.id()
					+ ", which demo tokens name; start over with 'up --demo --fresh'");
		}
		return SeedReport.of(Kind.ORGANISATION, organisation.created(), 0);
	}

	/**
	 * Finds or creates the plan and takes it on until it is published, then records it under its key in
	 * {@code published}.
	 */
	private SeedReport ensurePlan(PlanSeed seed, Map<String, JsonNode> published) {
		Seeded found = findOrCreate(
				() -> find("/api/plan/plans?q=" + encode(seed.title()) + "&jurisdiction=" + seed.jurisdiction(),
						(item) -> seed.title().equals(text(item, "title"))),
				"/api/plan/plans", Kind.PLAN, seed.key(), seed.body(), seed.title());
		JsonNode plan = found.item();
		int actions = 0;
		while (!"PUBLISHED".equals(text(plan, "status"))) {
			if (actions == MAX_ACTIONS) {
				throw new SeedingException("Demo plan '" + seed.title() + "' did not reach PUBLISHED");
			}
			String action = switch (text(plan, "status")) {
				case "DRAFT" -> "submission";
				case "UNDER_REVIEW" -> "publication";
				default -> throw new SeedingException("Demo plan '" + seed.title() + "' is " + text(plan, "status")
						+ " and cannot be published; start over with 'up --demo --fresh'");
			};
			plan = act("/api/plan/plans/" + text(plan, "id"), action, plan, seed.title());
			actions++;
		}
		published.put(seed.key(), plan);
		return SeedReport.of(Kind.PLAN, found.created(), actions);
	}

	private SeedReport ensureCall(CallSeed seed, UUID programId) {
		Seeded found = findOrCreate(
				() -> find("/api/plan/calls?q=" + encode(seed.title()),
						(item) -> seed.title().equals(text(item, "title"))),
				"/api/plan/calls", Kind.CALL, seed.key(), seed.body(programId), seed.title());
		JsonNode call = found.item();
		int actions = 0;
		while (CALL_STATES.indexOf(text(call, "status")) < seed.target().ordinal()) {
			if (actions == MAX_ACTIONS) {
				throw new SeedingException("Demo call '" + seed.title() + "' did not reach " + seed.target());
			}
			String action = switch (text(call, "status")) {
				case "SCHEDULED" -> "opening";
				case "OPEN" -> "closing";
				default -> throw new SeedingException(
						"Demo call '" + seed.title() + "' is in an unknown state " + text(call, "status"));
			};
			call = act("/api/plan/calls/" + text(call, "id"), action, call, seed.title());
			actions++;
		}
		return SeedReport.of(Kind.CALL, found.created(), actions);
	}

	/** Finds the item at {@code path/id} or creates it with a {@code POST} to {@code path}. */
	private SeedReport ensureById(String path, UUID id, Kind kind, String key, Map<String, Object> body,
			String name) {
		Seeded item = findOrCreate(() -> read(path + "/" + id), path, kind, key, body, name);
		return SeedReport.of(kind, item.created(), 0);
	}

	/**
	 * The item the lookup finds, or else the one a creation makes. A 409 means the item appeared since the lookup
	 * (another run, or an earlier creation of this one whose answer was lost and whose key has expired): it is
	 * looked up again.
	 */
	private Seeded findOrCreate(Supplier<@Nullable JsonNode> lookup, String path, Kind kind, String key,
			Map<String, Object> body, String name) {
		JsonNode existing = lookup.get();
		if (existing != null) {
			return new Seeded(existing, false);
		}
		ApiResponse response = this.api.post(path, body,
				Map.of("Idempotency-Key", idempotencyKey(kind.noun(), key, body)));
		if (response.is(201)) {
			return new Seeded(response.body(), true);
		}
		JsonNode appeared = response.is(409) ? lookup.get() : null;
		if (appeared == null) {
			throw new SeedingException(
					"Could not create demo " + kind.noun() + " '" + name + "': " + response.problem());
		}
		return new Seeded(appeared, false);
	}

	/** The item at this path, or {@code null} if there is none (404). */
	private @Nullable JsonNode read(String itemPath) {
		ApiResponse response = this.api.get(itemPath);
		if (response.is(404)) {
			return null;
		}
		if (!response.is(200)) {
			throw new SeedingException("Could not look up demo data (GET " + itemPath + "): " + response.problem());
		}
		return response.body();
	}

	/**
	 * Takes an action on an item. A 409 or 412 means someone else changed the item meanwhile (or a replayed
	 * creation answered with an old state): the item is read again and the caller decides anew.
	 */
	private JsonNode act(String itemPath, String action, JsonNode item, String title) {
		ApiResponse response = this.api.post(itemPath + "/" + action, null,
				Map.of("If-Match", "\"" + item.path("version").asLong() + "\""));
		if (response.is(200)) {
			return response.body();
		}
		if (response.is(409) || response.is(412)) {
			ApiResponse current = this.api.get(itemPath);
			if (current.is(200)) {
				return current.body();
			}
			throw new SeedingException("Could not read '" + title + "' again: " + current.problem());
		}
		throw new SeedingException("Could not take action " + action + " on '" + title + "': " + response.problem());
	}

	private @Nullable JsonNode find(String query, Predicate<JsonNode> matches) {
		String cursor = null;
		for (int page = 0; page < MAX_PAGES; page++) {
			String pathAndQuery = query + "&limit=100" + ((cursor != null) ? "&cursor=" + encode(cursor) : "");
			ApiResponse response = this.api.get(pathAndQuery);
			if (!response.is(200)) {
				throw new SeedingException("Could not look up demo data (GET " + pathAndQuery + "): " + response.problem());
			}
			for (JsonNode item : response.body().path("items")) {
				if (matches.test(item)) {
					return item;
				}
			}
			JsonNode next = response.body().path("nextCursor");
			if (!next.isString()) {
				return null;
			}
			cursor = next.stringValue();
		}
		return null;
	}

	private static UUID programId(JsonNode plan, CallSeed seed) {
		for (JsonNode program : plan.path("programs")) {
			if (seed.programName().equals(text(program, "name"))) {
				return UUID.fromString(text(program, "id"));
			}
		}
		throw new SeedingException("Demo plan " + seed.planKey() + " has no program '" + seed.programName() + "'");
	}

	/**
	 * The key of one creation: the item and a digest of its body, so that a retry of the same request is recognised
	 * and a changed body (call dates move with the calendar) is a new request rather than a conflicting one.
	 */
	String idempotencyKey(String kind, String key, Map<String, Object> body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(this.json.writeValueAsBytes(body));
			return "scibureau-demo-" + kind + "-" + key + "-" + HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	private void checkCancelled() {
		if (this.cancelled.getAsBoolean()) {
			throw new CancellationException("Demo seeding cancelled");
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isString() ? value.stringValue() : value.isNumber() ? value.asString() : "";
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private record Seeded(JsonNode item, boolean created) {
	}

}
