package org.scibureau.platform.rules;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.scibureau.platform.security.Caller;
import org.scibureau.platform.web.Page;
import org.scibureau.platform.web.ProblemException;

/**
 * A service's rules over HTTP under {@code scibureau.rules.path} (e.g. {@code /api/plan/rules}): every caller with
 * a token reads them, a bureau administrator schedules and withdraws versions (see {@link RuleAccessRules}).
 */
@RestController
@RequestMapping(path = "${scibureau.rules.path}", produces = MediaType.APPLICATION_JSON_VALUE)
public class RuleController {

	private final RuleBook rules;

	private final String path;

	public RuleController(RuleBook rules, String path) {
		this.rules = rules;
		this.path = path;
	}

	/** Every rule with the version in force today and the versions scheduled after it. */
	@GetMapping
	Mono<Page<RuleView>> list() {
		LocalDate today = this.rules.today();
		return Flux.fromIterable(this.rules.definitions())
			.concatMap((rule) -> view(rule, today, false))
			.collectList()
			.map((views) -> new Page<>(views, null));
	}

	/** One rule with every version, withdrawn ones included, and the one in force on a day (today by default). */
	@GetMapping("/{name}")
	Mono<RuleView> read(@PathVariable String name,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on) {
		return Mono.defer(() -> view(known(name), (on != null) ? on : this.rules.today(), true));
	}

	@PostMapping(path = "/{name}/versions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Mono<ResponseEntity<RuleVersion>> schedule(Caller caller, @PathVariable String name,
			@Valid @RequestBody VersionRequest request) {
		return this.rules
			.schedule(name, request.effectiveFrom(), request.value(), blankToNull(request.reason()), caller.subject())
			.map((version) -> ResponseEntity
				.created(URI.create(this.path + "/" + name + "/versions/" + version.effectiveFrom()))
				.body(version));
	}

	@PostMapping("/{name}/versions/{effectiveFrom}/withdrawal")
	Mono<RuleVersion> withdraw(Caller caller, @PathVariable String name,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom) {
		return this.rules.withdraw(name, effectiveFrom, caller.subject());
	}

	private RuleDefinition<?> known(String name) {
		return this.rules.definition(name).orElseThrow(() -> ProblemException.notFound("rule", name));
	}

	private Mono<RuleView> view(RuleDefinition<?> rule, LocalDate on, boolean withHistory) {
		return this.rules.versions(rule.name()).collectList().map((versions) -> {
			RuleVersion inForce = versions.stream()
				.filter((version) -> version.live() && !version.effectiveFrom().isAfter(on))
				.reduce((earlier, later) -> later)
				.orElse(null);
			List<RuleVersion> scheduled = versions.stream()
				.filter((version) -> version.live() && version.effectiveFrom().isAfter(on))
				.toList();
			return new RuleView(rule.name(), rule.description(), on, inForce, scheduled,
					withHistory ? versions : null);
		});
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * A rule as officials see it.
	 *
	 * @param name the rule's name
	 * @param description what it decides
	 * @param on the day {@code inForce} answers for
	 * @param inForce the version in force on that day; {@code null} only before the shipped default is stored
	 * @param scheduled the live versions that take effect after that day
	 * @param versions every version, withdrawn ones included (one rule's view only)
	 */
	record RuleView(String name, String description, LocalDate on, @Nullable RuleVersion inForce,
			List<RuleVersion> scheduled, @Nullable List<RuleVersion> versions) {
	}

	/**
	 * A new version of a rule.
	 *
	 * @param effectiveFrom the first day it applies, tomorrow or later
	 * @param value the figures, in the form the rule's current version shows
	 * @param reason why, e.g. the decree that sets them
	 */
	record VersionRequest(@NotNull LocalDate effectiveFrom, @NotNull JsonNode value,
			@Nullable @Size(max = 1000) String reason) {
	}

}
