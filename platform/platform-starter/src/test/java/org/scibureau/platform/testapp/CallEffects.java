package org.scibureau.platform.testapp;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import org.scibureau.platform.events.plan.PlanTopics;
import org.scibureau.platform.inbox.Inbox;

/**
 * Applies plan-service's call events through the inbox, returning a {@code Mono} as services' listeners do.
 */
@Component
public class CallEffects {

	/** The inbox consumer name of these effects. */
	public static final String CONSUMER = "testapp-effects";

	private final Inbox inbox;

	private final EffectScript script;

	CallEffects(Inbox inbox, EffectScript script) {
		this.inbox = inbox;
		this.script = script;
	}

	@KafkaListener(id = "testapp-calls", topics = PlanTopics.CALL)
	Mono<Void> on(ConsumerRecord<String, byte[]> record) {
		return this.inbox.receive(record, CONSUMER, this.script.effectFor(CONSUMER));
	}

}
