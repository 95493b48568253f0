package org.scibureau.funding.opencall;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import org.scibureau.platform.events.plan.CallClosed;
import org.scibureau.platform.events.plan.CallOpened;
import org.scibureau.platform.events.plan.PlanTopics;
import org.scibureau.platform.inbox.Inbox;

/**
 * Keeps the open-calls read model in step with plan-service's call stream, once per event.
 */
@Component
class CallEventsListener {

	static final String CONSUMER = "open-calls";

	private final Inbox inbox;

	private final OpenCalls openCalls;

	CallEventsListener(Inbox inbox, OpenCalls openCalls) {
		this.inbox = inbox;
		this.openCalls = openCalls;
	}

	@KafkaListener(id = "funding-open-calls", topics = PlanTopics.CALL)
	Mono<Void> on(ConsumerRecord<String, byte[]> record) {
		return this.inbox.receive(record, CONSUMER, (event) -> switch (event) {
			case CallOpened opened -> this.openCalls.open(opened);
			case CallClosed closed -> this.openCalls.close(closed);
			default -> Mono.empty();
		});
	}

}
