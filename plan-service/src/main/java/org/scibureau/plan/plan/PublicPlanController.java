package org.scibureau.plan.plan;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import org.scibureau.plan.plan.domain.PlanKind;
import org.scibureau.plan.plan.domain.PlanStatus;
import org.scibureau.platform.web.Page;
import org.scibureau.platform.web.PageRequest;

/**
 * Published plans and their programs, for anyone (government transparency); no token needed.
 */
@RestController
@RequestMapping(path = "/api/plan/public/plans", produces = MediaType.APPLICATION_JSON_VALUE)
class PublicPlanController {

	private final PlanService plans;

	PublicPlanController(PlanService plans) {
		this.plans = plans;
	}

	@GetMapping
	Mono<Page<PlanView>> list(@RequestParam(required = false) @Nullable PlanKind kind,
			@RequestParam(required = false) @Nullable String jurisdiction,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String cursor) {
		PlanFilter filter = new PlanFilter(PlanStatus.PUBLISHED, kind, jurisdiction, year,
				PlanController.blankToNull(text), null);
		return this.plans.list(filter, PageRequest.of(limit, cursor)).map((page) -> page.map(PlanView::of));
	}

	@GetMapping("/{id}")
	Mono<PlanView> get(@PathVariable UUID id) {
		return this.plans.findPublished(id).map(PlanView::of);
	}

}
