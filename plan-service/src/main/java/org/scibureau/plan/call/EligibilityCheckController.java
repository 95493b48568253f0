package org.scibureau.plan.call;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import org.scibureau.plan.eligibility.EligibilityDraft;
import org.scibureau.plan.eligibility.EligibilityService;
import org.scibureau.plan.eligibility.EligibilityTexts;
import org.scibureau.platform.security.Caller;
import org.scibureau.platform.security.Roles;
import org.scibureau.platform.web.FieldViolation;
import org.scibureau.platform.web.ProblemException;
import org.scibureau.platform.web.ProblemType;

/**
 * The eligibility check of an application before it is submitted, for applicants and the plan officers who help
 * them: every rule of the call answered, with the same engine that guards the submission. It answers for a call in
 * any state and says whether the call accepts submissions now.
 * <p>
 * An applicant checks for its own organisation (the token's {@code org} claim); naming another is 403. A plan
 * officer names the organisation and checks calls of their jurisdiction; an organisation registered outside it is
 * judged like one not in the registry.
 */
@RestController
class EligibilityCheckController {

	private final CallService calls;

	private final EligibilityService eligibility;

	private final EligibilityTexts texts;

	private final Clock clock;

	EligibilityCheckController(CallService calls, EligibilityService eligibility, EligibilityTexts texts,
			Clock clock) {
		this.calls = calls;
		this.eligibility = eligibility;
		this.texts = texts;
		this.clock = clock;
	}

	@PostMapping(path = "/api/plan/calls/{id}/eligibility-check", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<EligibilityCheckView> check(Caller caller, @PathVariable UUID id,
			@Valid @RequestBody EligibilityCheckRequest request) {
		return Mono.fromSupplier(() -> organisationOf(caller, request.organisationId()))
			.flatMap((organisationId) -> this.calls.findForApplication(caller, id)
				.flatMap((call) -> judged(caller, organisationId)
					.flatMap((organisation) -> this.eligibility.completeFromApplication(call.id(),
							new EligibilityDraft(organisation.orElse(null), request.principalInvestigatorId(),
									request.requestedAmount(), request.durationMonths(), request.projectId())))
					.flatMap((draft) -> this.eligibility.check(call, draft))
					.map((report) -> EligibilityCheckView.of(call, report,
							call.acceptsSubmissionsAt(this.clock.instant()), this.texts))));
	}

	/**
	 * The organisation judged: an applicant's own, or the one a plan officer names if it lies within the officer's
	 * jurisdiction; one outside it is judged like one not in the registry, so that its facts (and that it exists) do
	 * not leak across districts.
	 */
	private Mono<Optional<UUID>> judged(Caller caller, UUID organisationId) {
		return caller.hasRole(Roles.PLAN_OFFICER) ? this.eligibility.visibleTo(caller, organisationId)
				: Mono.just(Optional.of(organisationId));
	}

	/** The organisation the check is for: a plan officer's named one, an applicant's own. */
	private static UUID organisationOf(Caller caller, @Nullable UUID named) {
		if (caller.hasRole(Roles.PLAN_OFFICER)) {
			if (named == null) {
				throw new ProblemException(ProblemType.VALIDATION, null, new Object[0], Map.of(),
						List.of(FieldViolation.of("organisationId", "required")));
			}
			return named;
		}
		UUID own = ownOrganisation(caller);
		if (own == null || (named != null && !named.equals(own))) {
			throw new ProblemException(ProblemType.FORBIDDEN, "problem.forbidden.own-organisation-only");
		}
		return own;
	}

	private static @Nullable UUID ownOrganisation(Caller caller) {
		String claim = caller.organisation();
		if (claim == null) {
			return null;
		}
		try {
			return UUID.fromString(claim);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
