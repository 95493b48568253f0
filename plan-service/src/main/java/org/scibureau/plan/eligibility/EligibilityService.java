package org.scibureau.plan.eligibility;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

import org.scibureau.plan.call.domain.Call;
import org.scibureau.plan.eligibility.domain.ApplicationFacts;
import org.scibureau.plan.eligibility.domain.EligibilityReport;
import org.scibureau.plan.eligibility.domain.JurisdictionRule;
import org.scibureau.plan.eligibility.domain.MaxAmountRule;
import org.scibureau.plan.eligibility.domain.MaxConcurrentProjectsRule;
import org.scibureau.plan.eligibility.domain.MaxDurationRule;
import org.scibureau.plan.eligibility.domain.NoActiveSanctionRule;
import org.scibureau.plan.eligibility.domain.OrganisationTypeRule;
import org.scibureau.plan.eligibility.domain.RuleResult;
import org.scibureau.plan.talentpool.TalentPool;
import org.scibureau.platform.domain.RuleViolation;
import org.scibureau.platform.id.References;
import org.scibureau.platform.security.Caller;
import org.scibureau.platform.web.DomainProblems;

/**
 * Checks an application against its call's current eligibility rules, the same way for an applicant's check of a
 * draft and for the submission: it gathers the facts (the organisation's registered type and division, the
 * principal investigator's ongoing projects and integrity sanctions on today's date in Asia/Shanghai) and lets the
 * call's rules judge them.
 */
@Service
public class EligibilityService {

	private final ApplicantRecords records;

	private final TalentPool talentPool;

	private final Clock clock;

	EligibilityService(ApplicantRecords records, TalentPool talentPool, Clock clock) {
		this.records = records;
		this.talentPool = talentPool;
		this.clock = clock;
	}

	/**
	 * The answer of every rule of the call for the draft, passed or failed. Facts that cannot be found (an
	 * organisation not in the registry, no principal investigator named) are unknown, and the rules needing them fail.
	 */
	public Mono<EligibilityReport> check(Call call, EligibilityDraft draft) {
		return facts(draft).map((facts) -> call.eligibilityRules().check(facts));
	}

	/**
	 * The organisation a plan officer names, as far as the officer may see it: one registered outside the officer's
	 * jurisdiction is judged like one not in the registry, so that a check tells nothing of it, not even that it
	 * exists (the registry answers the officer 404 for it too).
	 * @return the organisation, or empty when the caller may not see it
	 */
	public Mono<Optional<UUID>> visibleTo(Caller caller, UUID organisationId) {
		return this.records.organisation(organisationId)
			.map((organisation) -> caller.canSee(organisation.jurisdiction()) ? Optional.of(organisationId)
					: Optional.<UUID>empty())
			.defaultIfEmpty(Optional.of(organisationId));
	}

	/**
	 * The draft completed from the stored application it names: its principal investigator, requested amount and
	 * duration where the draft gives none.
	 * @return the draft as it is if it names no application; a 422 on {@code projectId} if the application is not
	 * the draft organisation's application to the call
	 */
	public Mono<EligibilityDraft> completeFromApplication(UUID callId, EligibilityDraft draft) {
		UUID projectId = draft.projectId();
		if (projectId == null) {
			return Mono.just(draft);
		}
		return this.records.application(projectId)
			.filter((stored) -> stored.callId().equals(callId)
					&& stored.organisationId().equals(draft.organisationId()))
			.map((stored) -> new EligibilityDraft(draft.organisationId(),
					Objects.requireNonNullElse(draft.principalInvestigatorId(), stored.principalInvestigatorId()),
					Objects.requireNonNullElse(draft.requestedAmount(), stored.requestedAmount()),
					(draft.durationMonths() != null) ? draft.durationMonths() : stored.durationMonths(), projectId))
			.switchIfEmpty(Mono.error(() -> DomainProblems
				.unprocessable(List.of(new RuleViolation("projectId", "unknown-application")))));
	}

	/**
	 * The failed rules of a report as violations of the application, one per rule in the call's order: the code is
	 * the rule's kind, the field the member of the application the rule judges ({@code organisationId},
	 * {@code requestedAmount}, {@code durationMonths} or {@code principalInvestigatorId}), and the message the rule's
	 * reason, rendered in the caller's language when the problem is written.
	 */
	public static List<RuleViolation> violations(EligibilityReport report) {
		return report.failures()
			.stream()
			.map((failure) -> RuleViolation.explainedBy(failure.reason().code(), field(failure), failure.kind(),
					failure.reason().arguments().toArray()))
			.toList();
	}

	private static String field(RuleResult result) {
		return switch (result.kind()) {
			case OrganisationTypeRule.KIND, JurisdictionRule.KIND -> "organisationId";
			case MaxAmountRule.KIND -> "requestedAmount";
			case MaxDurationRule.KIND -> "durationMonths";
			case MaxConcurrentProjectsRule.KIND, NoActiveSanctionRule.KIND -> "principalInvestigatorId";
			default -> throw new IllegalArgumentException("No field is known for rules of kind " + result.kind());
		};
	}

	private Mono<ApplicationFacts> facts(EligibilityDraft draft) {
		UUID organisationId = draft.organisationId();
		Mono<Optional<ApplicationFacts.Organisation>> organisation = (organisationId != null)
				? this.records.organisation(organisationId).map(Optional::of).defaultIfEmpty(Optional.empty())
				: Mono.just(Optional.empty());
		return Mono.zip(organisation, investigator(draft))
			.map((known) -> new ApplicationFacts(known.getT1().orElse(null), known.getT2().orElse(null),
					draft.requestedAmount(), draft.durationMonths()));
	}

	private Mono<Optional<ApplicationFacts.Investigator>> investigator(EligibilityDraft draft) {
		UUID principalInvestigatorId = draft.principalInvestigatorId();
		if (principalInvestigatorId == null) {
			return Mono.just(Optional.empty());
		}
		LocalDate today = this.clock.instant().atZone(References.BUREAU_ZONE).toLocalDate();
		return Mono
			.zip(this.records.ongoingProjects(principalInvestigatorId, draft.projectId()),
					this.talentPool.barredFromApplying(principalInvestigatorId, today))
			.map((standing) -> Optional.of(new ApplicationFacts.Investigator(standing.getT1(), standing.getT2())));
	}

}
