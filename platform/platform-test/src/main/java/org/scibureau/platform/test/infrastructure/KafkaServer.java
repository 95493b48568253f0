package org.scibureau.platform.test.infrastructure;

/**
 * A running Kafka broker.
 */
public interface KafkaServer {

	/**
	 * The value for a client's {@code bootstrap.servers}.
	 * @return {@code host:port} of the broker's client listener
	 */
	String bootstrapServers();

}
