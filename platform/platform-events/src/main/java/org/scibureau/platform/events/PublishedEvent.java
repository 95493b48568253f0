package org.scibureau.platform.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An event of the public contract: a fact about one aggregate, carried as the data of a CloudEvent.
 */
public interface PublishedEvent {

	/** The event's identity: the CloudEvents {@code id}, the key of every consumer's inbox. */
	UUID eventId();

	/** When the fact happened: the CloudEvents {@code time}. */
	Instant occurredAt();

	/** The aggregate the fact is about: the Kafka record key and the CloudEvents {@code subject}. */
	UUID aggregateId();

}
