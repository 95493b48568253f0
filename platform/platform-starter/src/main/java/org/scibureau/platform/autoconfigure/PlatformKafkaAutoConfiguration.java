package org.scibureau.platform.autoconfigure;

import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.util.StringUtils;

import tools.jackson.databind.json.JsonMapper;

import org.scibureau.platform.cloudevents.CloudEventRecords;
import org.scibureau.platform.inbox.Inbox;
import org.scibureau.platform.inbox.InboxProperties;
import org.scibureau.platform.kafka.EventTopics;
import org.scibureau.platform.kafka.KafkaHealthIndicator;
import org.scibureau.platform.outbox.OutboxMonitor;
import org.scibureau.platform.outbox.OutboxProperties;
import org.scibureau.platform.outbox.OutboxRelay;

/**
 * The event path: an idempotent producer for CloudEvents, the outbox relay and monitor, the inbox, the public
 * topics and the broker's health.
 */
@AutoConfiguration(after = { KafkaAutoConfiguration.class, PlatformDataAutoConfiguration.class })
@ConditionalOnClass({ KafkaTemplate.class, DatabaseClient.class })
@ConditionalOnBean(DatabaseClient.class)
@EnableConfigurationProperties({ OutboxProperties.class, InboxProperties.class })
public final class PlatformKafkaAutoConfiguration {

	@Bean
	CloudEventRecords cloudEventRecords(JsonMapper jsonMapper) {
		return new CloudEventRecords(jsonMapper);
	}

	/**
	 * The producer of events and dead letters, apart from any template a service configures for itself:
	 * idempotent, {@code acks=all}, at most 5 requests in flight, so records of a partition keep their order.
	 */
	@Bean
	KafkaTemplate<String, byte[]> eventKafkaTemplate(KafkaProperties kafka) {
		Map<String, Object> properties = new HashMap<>(kafka.buildProducerProperties());
		properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		properties.put(ProducerConfig.ACKS_CONFIG, "all");
		properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
		properties.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
		DefaultKafkaProducerFactory<String, byte[]> factory = new DefaultKafkaProducerFactory<>(properties);
		return new KafkaTemplate<>(factory);
	}

	@Bean
	KafkaAdmin.NewTopics scibureauEventTopics(KafkaProperties kafka) {
		String partitions = kafka.getProperties().getOrDefault("scibureau.topic.partitions", "3");
		String replicas = kafka.getProperties().getOrDefault("scibureau.topic.replicas", "1");
		return new KafkaAdmin.NewTopics(
				EventTopics.all(Integer.parseInt(partitions), Short.parseShort(replicas)).toArray(NewTopic[]::new));
	}

	@Bean
	KafkaHealthIndicator kafkaHealthIndicator(KafkaProperties kafka) {
		return new KafkaHealthIndicator(kafka.buildAdminProperties());
	}

	@Bean
	Inbox inbox(DatabaseClient database, TransactionalOperator transactions, CloudEventRecords cloudEvents,
			KafkaTemplate<String, byte[]> eventKafkaTemplate, InboxProperties properties, MeterRegistry meters) {
		return new Inbox(database, transactions, cloudEvents, eventKafkaTemplate, properties, meters);
	}

	@Bean
	OutboxMonitor outboxHealthIndicator(DatabaseClient database, OutboxProperties properties,
			ObjectProvider<OutboxRelay> relay, MeterRegistry meters) {
		return new OutboxMonitor(database, properties, relay.getIfAvailable(), meters);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "scibureau.outbox.enabled", matchIfMissing = true)
	static class Relay {

		@Bean
		OutboxRelay outboxRelay(R2dbcProperties r2dbc, KafkaTemplate<String, byte[]> eventKafkaTemplate,
				CloudEventRecords cloudEvents, OutboxProperties properties, MeterRegistry meters) {
			return new OutboxRelay(unpooled(r2dbc), eventKafkaTemplate, cloudEvents, properties, meters);
		}

		/** A connection factory of plain connections: the relay's lock lives exactly as long as its connection. */
		static ConnectionFactory unpooled(R2dbcProperties r2dbc) {
			ConnectionFactoryOptions options = ConnectionFactoryOptions.parse(r2dbc.getUrl());
			ConnectionFactoryOptions.Builder builder = options.mutate();
			if ("pool".equals(options.getValue(ConnectionFactoryOptions.DRIVER))) {
				builder.option(ConnectionFactoryOptions.DRIVER, (String) options.getRequiredValue(ConnectionFactoryOptions.PROTOCOL));
				builder.option(ConnectionFactoryOptions.PROTOCOL, "");
			}
			if (StringUtils.hasText(r2dbc.getUsername())) {
				builder.option(ConnectionFactoryOptions.USER, r2dbc.getUsername());
			}
			if (StringUtils.hasText(r2dbc.getPassword())) {
				builder.option(ConnectionFactoryOptions.PASSWORD, r2dbc.getPassword());
			}
			return ConnectionFactories.get(builder.build());
		}

	}

}
