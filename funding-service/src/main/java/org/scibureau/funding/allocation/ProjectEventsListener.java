package org.scibureau.funding.allocation;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import org.scibureau.platform.events.plan.MilestoneAccepted;
import org.scibureau.platform.events.plan.PlanTopics;
import org.scibureau.platform.events.plan.ProjectAccepted;
import org.scibureau.platform.events.plan.ProjectApproved;
import org.scibureau.platform.events.plan.ProjectClosed;
import org.scibureau.platform.events.plan.ProjectContracted;
import org.scibureau.platform.events.plan.ProjectFundingRequested;
import org.scibureau.platform.events.plan.ProjectResumed;
import org.scibureau.platform.events.plan.ProjectSuspended;
import org.scibureau.platform.events.plan.ProjectTerminated;
import org.scibureau.platform.events.talent.IntegritySanctionImposed;
import org.scibureau.platform.events.talent.IntegritySanctionLifted;
import org.scibureau.platform.events.talent.TalentTopics;
import org.scibureau.platform.inbox.Inbox;

/**
 * What funding-service does with plan-service's project stream, once per event and in the order of each project's
 * events: answer approvals and re-submissions for funding, release tranches as their triggers happen, freeze and
 * give back what suspended and terminated projects have not drawn; and with talent-service's sanctions.
 */
@Component
class ProjectEventsListener {

	static final String CONSUMER = "allocation-saga";

	static final String SANCTIONS_CONSUMER = "sanctions";

	private final Inbox inbox;

	private final AllocationSaga saga;

	private final TrancheService tranches;

	private final Freezes freezes;

	ProjectEventsListener(Inbox inbox, AllocationSaga saga, TrancheService tranches, Freezes freezes) {
		this.inbox = inbox;
		this.saga = saga;
		this.tranches = tranches;
		this.freezes = freezes;
	}

	@KafkaListener(id = "funding-allocations", topics = PlanTopics.PROJECT)
	Mono<Void> on(ConsumerRecord<String, byte[]> record) {
		return this.inbox.receive(record, CONSUMER, (event) -> switch (event) {
			case ProjectApproved approved -> this.saga.allocate(approved);
			case ProjectFundingRequested requested -> this.saga.allocate(requested);
			case ProjectContracted contracted -> this.tranches.release(contracted);
			case MilestoneAccepted accepted -> this.tranches.release(accepted);
			case ProjectAccepted accepted -> this.tranches.release(accepted);
			case ProjectSuspended suspended -> this.freezes.freeze(suspended);
			case ProjectResumed resumed -> this.freezes.unfreeze(resumed);
			case ProjectTerminated terminated -> this.freezes.terminate(terminated);
			case ProjectClosed closed -> this.freezes.close(closed);
			default -> Mono.empty();
		});
	}

	/**
	 * Sanctions are recorded, and those that bar an investigator from receiving funds freeze what their projects
	 * have not drawn until they are lifted.
	 */
	@KafkaListener(id = "funding-sanctions", topics = TalentTopics.INTEGRITY)
	Mono<Void> onIntegrity(ConsumerRecord<String, byte[]> record) {
		return this.inbox.receive(record, SANCTIONS_CONSUMER, (event) -> switch (event) {
			case IntegritySanctionImposed imposed -> this.freezes.freeze(imposed);
			case IntegritySanctionLifted lifted -> this.freezes.unfreeze(lifted);
			default -> Mono.empty();
		});
	}

}
