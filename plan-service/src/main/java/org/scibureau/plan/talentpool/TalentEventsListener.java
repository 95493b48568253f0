package org.scibureau.plan.talentpool;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import org.scibureau.platform.events.talent.ExpertEvent;
import org.scibureau.platform.events.talent.IntegritySanctionImposed;
import org.scibureau.platform.events.talent.IntegritySanctionLifted;
import org.scibureau.platform.events.talent.ResearcherEvent;
import org.scibureau.platform.events.talent.TalentTopics;
import org.scibureau.platform.inbox.Inbox;

/**
 * Keeps the talent pool's read models up to date from talent-service's researcher, expert and integrity streams.
 */
@Component
class TalentEventsListener {

	static final String CONSUMER = "talent-pool";

	private final Inbox inbox;

	private final TalentPool pool;

	TalentEventsListener(Inbox inbox, TalentPool pool) {
		this.inbox = inbox;
		this.pool = pool;
	}

	@KafkaListener(id = "plan-talent-pool",
			topics = { TalentTopics.RESEARCHER, TalentTopics.EXPERT, TalentTopics.INTEGRITY })
	Mono<Void> on(ConsumerRecord<String, byte[]> record) {
		return this.inbox.receive(record, CONSUMER, (event) -> switch (event) {
			case ResearcherEvent researcher -> this.pool.remember(researcher);
			case ExpertEvent expert -> this.pool.remember(expert);
			case IntegritySanctionImposed imposed -> this.pool.remember(imposed);
			case IntegritySanctionLifted lifted -> this.pool.remember(lifted);
			default -> Mono.empty();
		});
	}

}
