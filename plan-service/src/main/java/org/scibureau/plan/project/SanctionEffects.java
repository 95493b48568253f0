package org.scibureau.plan.project;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import org.scibureau.plan.project.domain.Project;
import org.scibureau.plan.project.domain.ProjectAction;
import org.scibureau.plan.project.domain.ProjectRole;
import org.scibureau.plan.project.domain.ProjectStatus;
import org.scibureau.platform.events.talent.IntegritySanctionImposed;
import org.scibureau.platform.events.talent.IntegritySanctionLifted;
import org.scibureau.platform.events.talent.TalentTopics;
import org.scibureau.platform.id.References;
import org.scibureau.platform.inbox.Inbox;
import org.scibureau.platform.scheduling.PeriodicRun;

/**
 * Applies a research-integrity sanction to the projects its researcher leads, as the sanction decides: with
 * {@code TERMINATION_OF_PROJECTS} every active project is terminated, with {@code SUSPENSION_OF_FUNDED_ACTIVITY}
 * every project under way is suspended (and resumed only by a plan officer). New submissions are refused by the
 * calls' eligibility rules meanwhile.
 * <p>
 * A sanction in force when its event arrives acts at once; one that starts later is kept as a pending effect and
 * applied on its first day by a schedule that, like the call schedule, locks due rows with
 * {@code FOR UPDATE SKIP LOCKED} (once with several instances, nothing lost across restarts). A sanction lifted
 * before it starts never acts; lifting one that acted restores eligibility, never a project's past state.
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

	private final DatabaseClient database;

	private final TransactionalOperator transactions;

	private final Clock clock;

	private final Duration interval;

	SanctionEffects(Inbox inbox, ProjectService projects, DatabaseClient database,
			TransactionalOperator transactions, Clock clock,
			@Value("${scibureau.plan.sanction-effects.interval:15m}") Duration interval) {
		this.inbox = inbox;
		this.projects = projects;
		this.database = database;
		this.transactions = transactions;
		this.clock = clock;
		this.interval = interval;
	}

	@KafkaListener(id = "plan-project-sanctions", topics = TalentTopics.INTEGRITY)
	Mono<Void> on(ConsumerRecord<String, byte[]> record) {
		return this.inbox.receive(record, CONSUMER, (event) -> switch (event) {
			case IntegritySanctionImposed imposed -> imposed(imposed);
			case IntegritySanctionLifted lifted -> cancel(lifted);
			default -> Mono.empty();
		});
	}

	/** Applies pending effects every {@code scibureau.plan.sanction-effects.interval} while the service runs. */
	@Bean
	PeriodicRun sanctionEffectsRun() {
		return new PeriodicRun("Sanction effects", this.interval, this::runOnce);
	}

	/**
	 * Applies every pending effect whose sanction is in force today.
	 * @return how many sanctions took effect
	 */
	Mono<Long> runOnce() {
		LocalDate today = today();
		return this.transactions.transactional(this.database.sql("""
				select sanction_id, researcher_id, action, reason from sanction_effect
				where applied_at is null and cancelled_at is null and starts_on <= :today
				  and (ends_on is null or ends_on >= :today)
				order by starts_on, sanction_id for update skip locked""")
			.bind("today", today)
			.map((row) -> new Effect(row.get("sanction_id", UUID.class), row.get("researcher_id", UUID.class),
					ProjectAction.valueOf(row.get("action", String.class)), row.get("reason", String.class)))
			.all()
			.concatMap((effect) -> take(effect).thenReturn(effect))
			.count());
	}

	private Mono<Void> imposed(IntegritySanctionImposed sanction) {
		ProjectAction action = sanction.measures().contains(TERMINATION) ? ProjectAction.TERMINATE
				: sanction.measures().contains(SUSPENSION) ? ProjectAction.SUSPEND : null;
		LocalDate today = today();
		if (action == null || (sanction.endsOn() != null && today.isAfter(sanction.endsOn()))) {
			return Mono.empty();
		}
		Effect effect = new Effect(sanction.sanctionId(), sanction.researcherId(), action,
				"Integrity sanction " + sanction.sanctionId() + " (" + sanction.misconduct() + ")");
		Mono<Void> remember = this.database.sql("""
				insert into sanction_effect (sanction_id, researcher_id, action, reason, starts_on, ends_on)
				values (:id, :researcher, :action, :reason, :startsOn, :endsOn) on conflict (sanction_id) do nothing""")
			.bind("id", effect.sanctionId())
			.bind("researcher", effect.researcherId())
			.bind("action", action.name())
			.bind("reason", effect.reason())
			.bind("startsOn", sanction.startsOn())
			.bind("endsOn", Parameter.fromOrEmpty(sanction.endsOn(), LocalDate.class))
			.then();
		return this.transactions.transactional(
				today.isBefore(sanction.startsOn()) ? remember : remember.then(take(effect)));
	}

	private Mono<Void> cancel(IntegritySanctionLifted lifted) {
		return this.database.sql("""
				update sanction_effect set cancelled_at = :at
				where sanction_id = :id and applied_at is null and cancelled_at is null""")
			.bind("id", lifted.sanctionId())
			.bind("at", lifted.occurredAt())
			.then();
	}

	/** Suspends or terminates the researcher's projects and marks the effect applied; in the caller's transaction. */
	private Mono<Void> take(Effect effect) {
		String actor = "integrity-sanction " + effect.sanctionId();
		return this.projects.findLedBy(effect.researcherId(), ACTIVE)
			.filter((project) -> project.allowedActions(ProjectRole.PLAN_OFFICER).contains(effect.action()))
			.concatMap((project) -> this.projects.apply(project, effect.action(), null, actor,
					(current) -> transition(current, effect.action(), effect.reason())))
			.then(this.database.sql("update sanction_effect set applied_at = :at where sanction_id = :id")
				.bind("id", effect.sanctionId())
				.bind("at", this.clock.instant())
				.then());
	}

	private Project transition(Project project, ProjectAction action, String reason) {
		return (action == ProjectAction.TERMINATE) ? project.terminate(reason, this.clock.instant())
				: project.suspend(reason, this.clock.instant());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(References.BUREAU_ZONE));
	}

	/** What a sanction does to its researcher's projects. */
	private record Effect(UUID sanctionId, UUID researcherId, ProjectAction action, String reason) {
	}

}
