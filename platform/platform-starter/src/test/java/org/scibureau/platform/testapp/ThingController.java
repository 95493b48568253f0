package org.scibureau.platform.testapp;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import org.scibureau.platform.observability.CorrelationId;
import org.scibureau.platform.security.Caller;
import org.scibureau.platform.web.Cursor;
import org.scibureau.platform.web.ETags;
import org.scibureau.platform.web.FieldViolation;
import org.scibureau.platform.web.PageRequest;
import org.scibureau.platform.web.ProblemException;

/**
 * Endpoints that provoke each HTTP convention of the starter: creation, conditional updates, state and rule
 * violations, a failure of our own, a slow, a flaky and a transactional creation, and the request's correlation id.
 */
@RestController
@RequestMapping(path = "/api/testapp", produces = MediaType.APPLICATION_JSON_VALUE)
class ThingController {

	/** What the failing endpoint's exception says; it must never reach a caller. */
	static final String SECRET = "connection to db-7.internal:5432 refused for user admin, password=hunter2";

	static final BigDecimal BUDGET_LIMIT = new BigDecimal("1000");

	/** The largest thing the transactional creation keeps; a larger one is refused after it was written. */
	static final int MAX_TRANSACTIONAL_SIZE = 100;

	private final Things things;

	private final Gate gate;

	private final TransactionalOperator transactions;

	private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();

	ThingController(Things things, Gate gate, TransactionalOperator transactions) {
		this.things = things;
		this.gate = gate;
		this.transactions = transactions;
	}

	@PostMapping(path = "/things", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<Thing>> create(Caller caller, @Valid @RequestBody ThingForm form) {
		return this.things.create(caller.subject(), form).map(ThingController::created);
	}

	@PostMapping(path = "/officer/things", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<Thing>> createAsOfficer(Caller caller, @Valid @RequestBody ThingForm form) {
		return create(caller, form);
	}

	/**
	 * Creates a thing in a transaction, as services write, and checks its size only after writing it, so that a
	 * refusal rolls the write back.
	 */
	@PostMapping(path = "/transactional-things", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<Thing>> createInTransaction(Caller caller, @Valid @RequestBody ThingForm form) {
		Mono<Thing> create = this.things.create(caller.subject(), form).flatMap((thing) -> {
			if (thing.size() > MAX_TRANSACTIONAL_SIZE) {
				FieldViolation tooBig = FieldViolation.of("size", "Max", MAX_TRANSACTIONAL_SIZE);
				return Mono.error(ProblemException.unprocessable(List.of(tooBig)));
			}
			return Mono.just(thing);
		});
		return this.transactions.transactional(create).map(ThingController::created);
	}

	/** Creates two things, each in a transaction of its own, the second nested in a third: one change, one record. */
	@PostMapping(path = "/thing-pairs", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<Thing>> createPair(Caller caller, @Valid @RequestBody ThingForm form) {
		Mono<Thing> first = this.transactions.transactional(this.things.create(caller.subject(), form));
		Mono<Thing> second = this.transactions
			.transactional(this.transactions.transactional(this.things.create(caller.subject(), form)));
		return first.then(second).map(ThingController::created);
	}

	@PostMapping(path = "/slow-things", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<Thing>> createSlowly(Caller caller, @Valid @RequestBody ThingForm form) {
		return this.gate.pass(form.name()).then(create(caller, form));
	}

	/** Fails with a server error the first time it sees a name, then creates the thing. */
	@PostMapping(path = "/flaky-things", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<Thing>> createFlakily(Caller caller, @Valid @RequestBody ThingForm form) {
		if (this.failedOnce.add(form.name())) {
			return Mono.error(new IllegalStateException("first attempt at " + form.name() + " fails"));
		}
		return create(caller, form);
	}

	@GetMapping("/things")
	Map<String, Object> list(@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String cursor) {
		PageRequest page = PageRequest.of(limit, cursor);
		Cursor after = page.cursor();
		return Map.of("limit", page.limit(), "after", (after != null) ? after.id().toString() : "start");
	}

	@GetMapping("/things/{id}")
	Mono<ResponseEntity<Thing>> get(@PathVariable UUID id) {
		return find(id).map((thing) -> ResponseEntity.ok().eTag(ETags.of(thing.version())).body(thing));
	}

	@PutMapping(path = "/things/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<Thing>> rename(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody ThingForm form) {
		return find(id).flatMap((thing) -> {
			ETags.check(ifMatch, thing.version());
			return this.things.rename(thing, form);
		}).map((renamed) -> ResponseEntity.ok().eTag(ETags.of(renamed.version())).body(renamed));
	}

	@PostMapping("/things/{id}/approval")
	Mono<Void> approve(@PathVariable UUID id) {
		return Mono.error(ProblemException.illegalState("approve", "DRAFT", List.of("submit", "withdraw")));
	}

	@PostMapping(path = "/budgets", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<Void>> checkBudget(@Valid @RequestBody BudgetForm form) {
		if (form.amount().compareTo(BUDGET_LIMIT) > 0) {
			FieldViolation overBudget = FieldViolation.of("amount", "over-budget", BUDGET_LIMIT.toPlainString());
			return Mono.error(ProblemException.unprocessable(List.of(overBudget)));
		}
		return Mono.just(ResponseEntity.noContent().build());
	}

	@GetMapping("/failure")
	Mono<Void> fail() {
		return Mono.error(new IllegalStateException(SECRET));
	}

	/** Answers without reading the request body. */
	@PostMapping("/pings")
	ResponseEntity<Map<String, Boolean>> ping() {
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("pong", true));
	}

	@GetMapping("/correlation")
	Mono<Map<String, String>> correlation(Caller caller) {
		return CorrelationId.current()
			.map((correlationId) -> Map.of("correlationId", correlationId.orElse("none"), "subject", caller.subject()));
	}

	@GetMapping("/public/hello")
	Map<String, String> hello(Caller caller) {
		return Map.of("caller", caller.subject());
	}

	private Mono<Thing> find(UUID id) {
		return this.things.find(id).switchIfEmpty(Mono.error(() -> ProblemException.notFound("thing", id)));
	}

	private static ResponseEntity<Thing> created(Thing thing) {
		return ResponseEntity.created(URI.create("/api/testapp/things/" + thing.id()))
			.eTag(ETags.of(thing.version()))
			.body(thing);
	}

}
