package org.scibureau.plan.call;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import org.scibureau.plan.call.domain.CallStatus;
import org.scibureau.plan.eligibility.EligibilityTexts;
import org.scibureau.platform.web.Page;
import org.scibureau.platform.web.PageRequest;

/**
 * Calls for proposals for anyone: what is scheduled, open or closed, under which program, and who may apply (the
 * rules in English and Chinese); no token needed.
 */
@RestController
@RequestMapping(path = "/api/plan/public/calls", produces = MediaType.APPLICATION_JSON_VALUE)
class PublicCallController {

	private final CallService calls;

	private final EligibilityTexts texts;

	PublicCallController(CallService calls, EligibilityTexts texts) {
		this.calls = calls;
		this.texts = texts;
	}

	@GetMapping
	Mono<Page<CallView>> list(@RequestParam(required = false) @Nullable Set<CallStatus> status,
			@RequestParam(required = false) @Nullable UUID programId,
			@RequestParam(required = false) @Nullable String jurisdiction,
			@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String cursor) {
		CallFilter filter = new CallFilter((status != null) ? status : Set.of(), programId, null, jurisdiction,
				(text == null || text.isBlank()) ? null : text.strip(), null);
		return this.calls.list(filter, PageRequest.of(limit, cursor)).map((page) -> page.map((call) -> CallView.of(call, this.texts)));
	}

	@GetMapping("/{id}")
	Mono<CallView> get(@PathVariable UUID id) {
		return this.calls.findPublic(id).map((call) -> CallView.of(call, this.texts));
	}

}
