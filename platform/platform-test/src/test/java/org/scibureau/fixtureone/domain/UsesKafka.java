package org.scibureau.fixtureone.domain;

import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Breaks {@code domainIsPlainJava}.
 */
public class UsesKafka {

	ProducerRecord<String, String> record() {
		return new ProducerRecord<>("topic", "value");
	}

}
