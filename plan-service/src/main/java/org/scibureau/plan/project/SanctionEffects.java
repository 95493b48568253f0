package org.scibureau.plan.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import org.scibureau.plan.project.domain.Project;
import org.scibureau.plan.project.domain.ProjectAction;
import org.scibureau.plan.project.domain.ProjectRole;
import org.scibureau.plan.project.domain.ProjectStatus;
import org.scibureau.platform.events.talent.IntegritySanctionImposed;
import org.scibureau.platform.events.talent.TalentTopics;
import org.scibureau.platform.id.References;
import org.scibureau.platform.inbox.Inbox;

/**
 * Applies a research-integrity sanction to the projects its researcher leads, as the sanction decides: with
 * {@code TERMINATION_OF_PROJECTS} every active project is terminated, with {@code SUSPENSION_OF_FUNDED_ACTIVITY}
 * every project under way is suspended (and resumed only by a plan officer). New submissions are refused by the
 * calls' eligibility rules meanwhile. A sanction that starts later, or has already ended, changes no project now;
 * lifting a sanction restores eligibility, never a project's past state.
 */
@Component
class SanctionEffects {

	static final String CONSUMER = "project-sanctions";

	static final String TERMINATION = "TERMINATION_OF_PROJECTS";

	static final String SUSPENSION = "SUSPENSION_OF_FUNDED_ACTIVITY";

	/** The states in which a project is under way: approved and not yet decided on acceptance. */
	private static final List<ProjectStatus> ACTIVE = List.of(ProjectStatus.APPROVED, ProjectStatus.CONTRACTED,
			ProjectStatus.IN_PROGRESS, ProjectStatus.MIDTERM_CHECKED, ProjectStatus.ACCEPTANCE_REQUESTED,
			ProjectStatus.SUSPENDED);

	private final Inbox inbox;

	private final ProjectService projects;

	private final TransactionalOperator transactions;

	private final Clock clock;

	SanctionEffects(Inbox inbox, ProjectService projects, TransactionalOperator transactions, Clock clock) {
		this.inbox = inbox;
		this.projects = projects;
		this.transactions = transactions;
		this.clock = clock;
	}

	@KafkaListener(id = "plan-project-sanctions", topics = TalentTopics.INTEGRITY)
	Mono<Void> on(ConsumerRecord<String, byte[]> record) {
		return this.inbox.receive(record, CONSUMER, (event) -> (event instanceof IntegritySanctionImposed imposed)
				? apply(imposed) : Mono.empty());
	}

	private Mono<Void> apply(IntegritySanctionImposed sanction) {
		LocalDate today = LocalDate.now(this.clock.withZone(References.BUREAU_ZONE));
		boolean inForce = !today.isBefore(sanction.startsOn())
				&& (sanction.endsOn() == null || !today.isAfter(sanction.endsOn()));
		ProjectAction action = sanction.measures().contains(TERMINATION) ? ProjectAction.TERMINATE
				: sanction.measures().contains(SUSPENSION) ? ProjectAction.SUSPEND : null;
		if (!inForce || action == null) {
			return Mono.empty();
		}
		String reason = "Integrity sanction " + sanction.sanctionId() + " (" + sanction.misconduct() + ")";
		String actor = "integrity-sanction " + sanction.sanctionId();
		Mono<Void> effects = this.projects.findLedBy(sanction.researcherId(), ACTIVE)
			.filter((project) -> project.allowedActions(ProjectRole.PLAN_OFFICER).contains(action))
			.concatMap((project) -> this.projects.apply(project, action, null, actor,
					(current) -> transition(current, action, reason)))
			.then();
		return this.transactions.transactional(effects);
	}

	private Project transition(Project project, ProjectAction action, String reason) {
		return (action == ProjectAction.TERMINATE) ? project.terminate(reason, this.clock.instant())
				: project.suspend(reason, this.clock.instant());
	}

}
