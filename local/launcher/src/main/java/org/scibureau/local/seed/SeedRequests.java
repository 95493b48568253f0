package org.scibureau.local.seed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.scibureau.local.seed.SeedReport.Kind;

/**
 * The requests of demo seeding, each made as one {@link Actor}: look-ups by natural key, creations that carry an
 * {@code Idempotency-Key}, and actions that name the version they expect and read the item again when it changed
 * meanwhile.
 */
final class SeedRequests {

	private static final int MAX_PAGES = 20;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

	private final Function<Actor, ApiClient> clients;

	private final Map<Actor, ApiClient> open = new HashMap<>();

	private final Duration waitFor;

	private final Pause pause;

	/**
	 * Requests through the clients of each actor.
	 * @param clients makes the API client of an actor; called once per actor
	 * @param waitFor how long to wait for another service to follow an event
	 * @param pause waits between two looks
	 */
	SeedRequests(Function<Actor, ApiClient> clients, Duration waitFor, Pause pause) {
		this.clients = clients;
		this.waitFor = waitFor;
		this.pause = pause;
	}

	/** The API client of an actor, which keeps the actor's token. */
	ApiClient as(Actor actor) {
		return this.open.computeIfAbsent(actor, this.clients);
	}

	/**
	 * The item the lookup finds, or else the one a creation makes. A 409 means the item appeared since the lookup
	 * (another run, or an earlier creation of this one whose answer was lost and whose key has expired): it is
	 * looked up again.
	 */
	Seeded findOrCreate(Actor actor, Supplier<@Nullable JsonNode> lookup, String path, Kind kind, String key,
			Map<String, Object> body, String name) {
		JsonNode existing = lookup.get();
		if (existing != null) {
			return new Seeded(existing, false);
		}
		ApiResponse response = as(actor).post(path, body,
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
	@Nullable JsonNode read(Actor actor, String itemPath) {
		ApiResponse response = as(actor).get(itemPath);
		if (response.is(404)) {
			return null;
		}
		if (!response.is(200)) {
			throw new SeedingException("Could not look up demo data (GET " + itemPath + "): " + response.problem());
		}
		return response.body();
	}

	/** The item at this path, which must be there. */
	JsonNode get(Actor actor, String itemPath, String title) {
		ApiResponse current = as(actor).get(itemPath);
		if (!current.is(200)) {
			throw new SeedingException("Could not read '" + title + "' again: " + current.problem());
		}
		return current.body();
	}

	/**
	 * The item at this path once it {@code is} what another service makes of an event (a funding answer, a
	 * released tranche), looked at again every half second.
	 * @param what what is awaited, for the message if it never comes
	 * @throws SeedingException if it is not so within the wait
	 */
	JsonNode await(Actor actor, String itemPath, Predicate<JsonNode> is, String what) {
		Instant deadline = Instant.now().plus(this.waitFor);
		while (true) {
			JsonNode item = get(actor, itemPath, itemPath);
			if (is.test(item)) {
				return item;
			}
			if (Instant.now().isAfter(deadline)) {
				throw new SeedingException("Gave up waiting " + this.waitFor.toSeconds() + " s for " + what);
			}
			this.pause.pause(POLL_INTERVAL);
		}
	}

	/**
	 * Posts a request that another service must have followed an event for (a fund pays for a program once
	 * funding-service has learned it from the plan's publication): while the answer is a 422 naming the rule
	 * {@code notYet}, the request is made again every half second. Such a request must be one that changes nothing
	 * when repeated.
	 * @return the first other answer, or the last refusal once the wait is over
	 */
	ApiResponse postOnceKnown(Actor actor, String path, Object body, String notYet) {
		Instant deadline = Instant.now().plus(this.waitFor);
		ApiResponse response = as(actor).post(path, body, Map.of());
		while (response.violates(notYet) && Instant.now().isBefore(deadline)) {
			this.pause.pause(POLL_INTERVAL);
			response = as(actor).post(path, body, Map.of());
		}
		return response;
	}

	/**
	 * Takes an action on an item. A 409 or 412 means someone else changed the item meanwhile (or a replayed
	 * creation answered with an old state): the item is read again and the caller decides anew.
	 * @param body the action's body, if it takes one
	 * @return the item after the action, or as read again
	 */
	Acted act(Actor actor, String itemPath, String action, @Nullable Object body, JsonNode item, String title) {
		ApiResponse response = as(actor).post(itemPath + "/" + action, body,
				Map.of("If-Match", "\"" + item.path("version").asLong() + "\""));
		if (response.is(200)) {
			return new Acted(response.body(), true);
		}
		if (response.is(409) || response.is(412)) {
			return new Acted(get(actor, itemPath, title), false);
		}
		throw new SeedingException("Could not take action " + action + " on '" + title + "': " + response.problem());
	}

	/** The first item of a list that matches, following its pages; {@code query} has a query string already. */
	@Nullable JsonNode find(Actor actor, String query, Predicate<JsonNode> matches) {
		String cursor = null;
		for (int page = 0; page < MAX_PAGES; page++) {
			String pathAndQuery = query + "&limit=100" + ((cursor != null) ? "&cursor=" + encode(cursor) : "");
			ApiResponse response = as(actor).get(pathAndQuery);
			if (!response.is(200)) {
				throw new SeedingException(
						"Could not look up demo data (GET " + pathAndQuery + "): " + response.problem());
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

	/**
	 * The key of one creation: the item and a digest of its body, so that a retry of the same request is recognised
	 * and a changed body (dates move with the calendar) is a new request rather than a conflicting one.
	 */
	static String idempotencyKey(String kind, String key, Map<String, Object> body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(JSON.writeValueAsBytes(body));
			return "scibureau-demo-" + kind + "-" + key + "-" + HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	/** A member's text, a number as text, or the empty string. */
	static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isString() ? value.stringValue() : value.isNumber() ? value.asString() : "";
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * An item looked up or created.
	 *
	 * @param item the item
	 * @param created whether it was created rather than found
	 */
	record Seeded(JsonNode item, boolean created) {
	}

	/**
	 * The outcome of an action.
	 *
	 * @param item the item after the action, or as read again after a conflict
	 * @param taken whether the action was taken
	 */
	record Acted(JsonNode item, boolean taken) {
	}

}
