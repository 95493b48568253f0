package org.scibureau.platform.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Reports whether the Kafka cluster answers. It is a health detail, deliberately left out of the readiness
 * group: while the broker is away the service keeps accepting writes, which wait in the outbox.
 */
public final class KafkaHealthIndicator implements ReactiveHealthIndicator, DisposableBean {

	private static final Duration TIMEOUT = Duration.ofSeconds(2);

	private final AdminClient admin;

	public KafkaHealthIndicator(Map<String, Object> adminProperties) {
		Map<String, Object> properties = new HashMap<>(adminProperties);
		properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
		properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
		properties.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "scibureau-health");
		this.admin = AdminClient.create(properties);
	}

	@Override
	public Mono<Health> health() {
		return Mono.fromFuture(() -> this.admin
			.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()))
			.nodes()
			.toCompletionStage()
			.toCompletableFuture())
			.map((nodes) -> Health.up().withDetail("brokers", nodes.size()).build())
			.timeout(TIMEOUT.plusMillis(500))
			.onErrorResume((failure) -> Mono.just(Health.down().withDetail("error", failure.getClass().getSimpleName()).build()))
			.subscribeOn(Schedulers.boundedElastic());
	}

	@Override
	public void destroy() {
		this.admin.close(Duration.ofSeconds(1));
	}

}
