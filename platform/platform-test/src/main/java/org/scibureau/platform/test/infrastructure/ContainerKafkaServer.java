package org.scibureau.platform.test.infrastructure;

import org.testcontainers.kafka.KafkaContainer;

/**
 * Apache Kafka in KRaft mode in a Testcontainers-managed container.
 */
final class ContainerKafkaServer implements KafkaServer {

	static final String IMAGE = "apache/kafka:4.1.2";

	private final KafkaContainer container;

	private ContainerKafkaServer(KafkaContainer container) {
		this.container = container;
	}

	static ContainerKafkaServer start() {
		KafkaContainer container = new KafkaContainer(IMAGE).withEnv("KAFKA_NUM_PARTITIONS", "3")
			.withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true")
			.withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
		container.start();
		return new ContainerKafkaServer(container);
	}

	@Override
	public String bootstrapServers() {
		return container.getBootstrapServers();
	}

	void stop() {
		container.stop();
	}

	@Override
	public String toString() {
		return "ContainerKafkaServer[" + IMAGE + " at " + bootstrapServers() + "]";
	}

}
