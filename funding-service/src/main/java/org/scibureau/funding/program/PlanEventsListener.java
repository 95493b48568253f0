package org.scibureau.funding.program;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import org.scibureau.platform.events.plan.PlanPublished;
import org.scibureau.platform.events.plan.PlanTopics;
import org.scibureau.platform.inbox.Inbox;

/**
 * Learns the programs funds may pay for from plan-service's published plans, once per event.
 */
@Component
class PlanEventsListener {

	static final String CONSUMER = "programs";

	private final Inbox inbox;

	private final Programs programs;

	PlanEventsListener(Inbox inbox, Programs programs) {
		this.inbox = inbox;
		this.programs = programs;
	}

	@KafkaListener(id = "funding-programs", topics = PlanTopics.PLAN)
	Mono<Void> on(ConsumerRecord<String, byte[]> record) {
		return this.inbox.receive(record, CONSUMER, (event) -> switch (event) {
			case PlanPublished published -> this.programs.publish(published);
			default -> Mono.empty();
		});
	}

}
