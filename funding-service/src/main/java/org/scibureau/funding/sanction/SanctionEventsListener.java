package org.scibureau.funding.sanction;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import org.scibureau.platform.events.talent.IntegritySanctionImposed;
import org.scibureau.platform.events.talent.IntegritySanctionLifted;
import org.scibureau.platform.events.talent.TalentTopics;
import org.scibureau.platform.inbox.Inbox;

/**
 * Keeps the sanctions read model in step with talent-service's integrity stream, once per event.
 */
@Component
class SanctionEventsListener {

	static final String CONSUMER = "sanctions";

	private final Inbox inbox;

	private final Sanctions sanctions;

	SanctionEventsListener(Inbox inbox, Sanctions sanctions) {
		this.inbox = inbox;
		this.sanctions = sanctions;
	}

	@KafkaListener(id = "funding-sanctions", topics = TalentTopics.INTEGRITY)
	Mono<Void> on(ConsumerRecord<String, byte[]> record) {
		return this.inbox.receive(record, CONSUMER, (event) -> switch (event) {
			case IntegritySanctionImposed imposed -> this.sanctions.impose(imposed);
			case IntegritySanctionLifted lifted -> this.sanctions.lift(lifted);
			default -> Mono.empty();
		});
	}

}
