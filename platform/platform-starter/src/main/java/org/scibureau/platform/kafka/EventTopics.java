package org.scibureau.platform.kafka;

import java.util.List;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.kafka.config.TopicBuilder;

import org.scibureau.platform.events.EventCatalog;
import org.scibureau.platform.events.EventType;
import org.scibureau.platform.events.Topics;

/**
 * Declares every public topic of the contract and its dead-letter topic, so they exist with the configured
 * partitions before anyone produces or subscribes (creation is idempotent).
 */
public final class EventTopics {

	private EventTopics() {
	}

	/** One {@link NewTopic} per public topic and per dead-letter topic. */
	public static List<NewTopic> all(int partitions, short replicas) {
		return EventCatalog.all()
			.stream()
			.map(EventType::topic)
			.distinct()
			.flatMap((topic) -> Stream.of(topic, Topics.deadLetter(topic)))
			.map((topic) -> TopicBuilder.name(topic).partitions(partitions).replicas(replicas).build())
			.toList();
	}

}
