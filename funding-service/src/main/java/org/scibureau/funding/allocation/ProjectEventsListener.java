package org.scibureau.funding.allocation;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import org.scibureau.platform.events.plan.MilestoneAccepted;
import org.scibureau.platform.events.plan.PlanTopics;
import org.scibureau.platform.events.plan.ProjectAccepted;
import org.scibureau.platform.events.plan.ProjectApproved;
import org.scibureau.platform.events.plan.ProjectContracted;
import org.scibureau.platform.events.plan.ProjectFundingRequested;
import org.scibureau.platform.inbox.Inbox;

/**
 * What funding-service does with plan-service's project stream, once per event and in the order of each project's
 * events: answer approvals and re-submissions for funding, release tranches as their triggers happen.
 */
@Component
class ProjectEventsListener {

	static final String CONSUMER = "allocation-saga";

	private final Inbox inbox;

	private final AllocationSaga saga;

	private final TrancheService tranches;

	ProjectEventsListener(Inbox inbox, AllocationSaga saga, TrancheService tranches) {
		this.inbox = inbox;
		this.saga = saga;
		this.tranches = tranches;
	}

	@KafkaListener(id = "funding-allocations", topics = PlanTopics.PROJECT)
	Mono<Void> on(ConsumerRecord<String, byte[]> record) {
		return this.inbox.receive(record, CONSUMER, (event) -> switch (event) {
			case ProjectApproved approved -> this.saga.allocate(approved);
			case ProjectFundingRequested requested -> this.saga.allocate(requested);
			case ProjectContracted contracted -> this.tranches.release(contracted);
			case MilestoneAccepted accepted -> this.tranches.release(accepted);
			case ProjectAccepted accepted -> this.tranches.release(accepted);
			default -> Mono.empty();
		});
	}

}
