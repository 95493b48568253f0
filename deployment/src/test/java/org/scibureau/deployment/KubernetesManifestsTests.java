package org.scibureau.deployment;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders the Kustomize base and both overlays and checks what a cluster would get; each rule is also shown to
 * catch a real mistake on a changed copy.
 */
class KubernetesManifestsTests {

	private static final Repository REPOSITORY = Repository.locate();

	private static final String NAMESPACE = "scibureau";

	/** The services declare the public topics with {@code scibureau.topic.partitions}, 3 unless configured. */
	private static final int SERVICE_PARTITIONS = 3;

	@ParameterizedTest
	@ValueSource(strings = { "base", "overlays/local", "overlays/production" })
	void everyAppHasItsWorkloadResources(String kustomization) {
		Manifests manifests = Manifests.render(REPOSITORY, kustomization);

		assertThat(KubernetesRules.missingResources(manifests)).isEmpty();
		assertThat(KubernetesRules.services(manifests)).isEmpty();
		assertThat(KubernetesRules.ingress(manifests)).isEmpty();
		assertThat(KubernetesRules.namespace(manifests, NAMESPACE)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "base", "overlays/local", "overlays/production" })
	void probesHitTheActuatorHealthGroups(String kustomization) {
		Manifests manifests = Manifests.render(REPOSITORY, kustomization);

		assertThat(KubernetesRules.probes(manifests)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "base", "overlays/local", "overlays/production" })
	void podsAreHardenedSizedAndPinned(String kustomization) {
		Manifests manifests = Manifests.render(REPOSITORY, kustomization);

		assertThat(KubernetesRules.security(manifests)).isEmpty();
		assertThat(KubernetesRules.resources(manifests)).isEmpty();
		assertThat(KubernetesRules.images(manifests)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "base", "overlays/local", "overlays/production" })
	void appsGetOnlyDocumentedVariablesAndNoSecretValues(String kustomization) {
		Manifests manifests = Manifests.render(REPOSITORY, kustomization);

		assertThat(KubernetesRules.environment(manifests)).isEmpty();
		assertThat(KubernetesRules.databases(manifests)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "base", "overlays/local", "overlays/production" })
	void networkPoliciesAdmitAndReachOnlyWhatEachAppNeeds(String kustomization) {
		Manifests manifests = Manifests.render(REPOSITORY, kustomization);

		assertThat(KubernetesRules.networkPolicies(manifests)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "base", "overlays/local", "overlays/production" })
	void kafkaHasATopicForEveryPublicTopicAndItsDeadLetters(String kustomization) {
		Manifests manifests = Manifests.render(REPOSITORY, kustomization);

		assertThat(KubernetesRules.kafka(manifests, PublicTopics.of(REPOSITORY), composeKafkaVersion(),
				SERVICE_PARTITIONS))
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "base", "overlays/local", "overlays/production" })
	void gatewayReplicasShareTheirRateLimitsInRedis(String kustomization) {
		Manifests manifests = Manifests.render(REPOSITORY, kustomization);

		assertThat(KubernetesRules.rateLimitStore(manifests)).isEmpty();
		assertThat(manifests.get("Deployment", KubernetesRules.REDIS).string("spec", "replicas")).isEqualTo("1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "base", "overlays/production" })
	void runsTwoGatewaysAtLeast(String kustomization) {
		Manifests manifests = Manifests.render(REPOSITORY, kustomization);

		assertThat(Integer.parseInt(manifests.get("HorizontalPodAutoscaler", "gateway").string("spec", "minReplicas")))
			.isGreaterThanOrEqualTo(2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "overlays/local", "overlays/production" })
	void overlaysReplaceEveryPlaceholder(String kustomization) {
		Manifests manifests = Manifests.render(REPOSITORY, kustomization);

		assertThat(KubernetesRules.placeholders(manifests)).isEmpty();
	}

	@Test
	void baseLeavesIssuerAndHostToTheOverlays() {
		Manifests manifests = Manifests.render(REPOSITORY, "base");

		assertThat(KubernetesRules.placeholders(manifests)).hasSize(3);
		assertThat(KubernetesRules.scaling(manifests, 1, false)).isEmpty();
	}

	@Test
	void localOverlayRunsOneReplicaAndTrustsTheInClusterIssuer() {
		Manifests manifests = Manifests.render(REPOSITORY, "overlays/local");

		assertThat(KubernetesRules.scaling(manifests, 1, false)).isEmpty();
		assertThat(manifests.ofKind("HorizontalPodAutoscaler"))
			.allSatisfy((hpa) -> assertThat(hpa.string("spec", "minReplicas")).isEqualTo("1"));
		URI issuer = URI.create(platformSetting(manifests, EnvironmentNames.ISSUER_URI));
		Tree issuerService = manifests.get("Service", issuer.getHost());
		assertThat(issuerService.path("spec", "ports").items())
			.anySatisfy((port) -> assertThat(port.string("port")).isEqualTo(String.valueOf(issuer.getPort())));
		assertThat(manifests.get("Deployment", KubernetesRules.AUTH_SERVER)
			.path("spec", "template", "spec", "containers").items().get(0).get("env").items())
			.anySatisfy((env) -> {
				assertThat(env.string("name")).isEqualTo(EnvironmentNames.AUTH_ISSUER);
				assertThat(env.string("value")).isEqualTo(issuer.toString());
			});
	}

	@Test
	void productionOverlayIsHighlyAvailableWithReleasedImages() {
		Manifests manifests = Manifests.render(REPOSITORY, "overlays/production");

		assertThat(KubernetesRules.scaling(manifests, 2, true)).isEmpty();
		assertThat(platformSetting(manifests, EnvironmentNames.ISSUER_URI)).startsWith("https://");
		assertThat(platformSetting(manifests, EnvironmentNames.JWK_SET_URI)).startsWith("https://");
		assertThat(manifests.ofKind("KafkaNodePool"))
			.allSatisfy((pool) -> assertThat(pool.string("spec", "replicas")).isEqualTo("3"));
		assertThat(manifests.ofKind("KafkaTopic")).allSatisfy((topic) -> {
			assertThat(topic.string("spec", "replicas")).isEqualTo("3");
			assertThat(topic.string("spec", "config", "min.insync.replicas")).isEqualTo("2");
		});
		assertThat(manifests.ofKind("Cluster"))
			.allSatisfy((cluster) -> assertThat(cluster.string("spec", "instances")).isEqualTo("3"));
		assertThat(manifests.ofKind("Deployment")).flatExtracting(Kustomize::containers)
			.extracting((container) -> container.string("image"))
			.allSatisfy((image) -> assertThat(image).doesNotEndWith("-SNAPSHOT"));
		assertThat(manifests.get("Ingress", "gateway").path("spec", "tls").items()).isNotEmpty();
	}

	@Test
	void onePostgresClusterPerServiceDatabase() {
		Manifests manifests = Manifests.render(REPOSITORY, "base");

		Map<String, String> databases = new LinkedHashMap<>();
		manifests.ofKind("Cluster")
			.forEach((cluster) -> databases.put(cluster.string("metadata", "name"),
					cluster.string("spec", "bootstrap", "initdb", "database")));
		assertThat(databases).containsExactlyInAnyOrderEntriesOf(Map.of("plan-db", "plan", "funding-db", "funding",
				"talent-db", "talent", "ip-db", "ip", "awards-db", "awards"));
	}

	// The rules catch real mistakes.

	@Test
	void catchesAMissingReadinessProbe() {
		Manifests manifests = production();

		container(manifests, "plan-service").map().remove("readinessProbe");

		assertThat(KubernetesRules.probes(manifests)).containsExactly("plan-service/plan-service has no "
				+ "readinessProbe with httpGet");
	}

	@Test
	void catchesAGatewayProbeOnTheApiPort() {
		Manifests manifests = production();

		container(manifests, "gateway").path("readinessProbe", "httpGet").map().put("port", "http");

		assertThat(KubernetesRules.probes(manifests)).singleElement()
			.asString()
			.contains("readinessProbe uses port 8080, but actuator listens on 9080");
	}

	@Test
	void catchesARootOrWritableContainer() {
		Manifests manifests = production();

		container(manifests, "funding-service").get("securityContext").map().put("runAsUser", 0);
		container(manifests, "ip-service").get("securityContext").map().put("readOnlyRootFilesystem", false);

		assertThat(KubernetesRules.security(manifests)).containsExactlyInAnyOrder(
				"funding-service/funding-service runs as root",
				"ip-service/ip-service has a writable root filesystem");
	}

	@Test
	void catchesAnUnpinnedImage() {
		Manifests manifests = production();

		container(manifests, "awards-service").map().put("image", "scibureau/awards-service:latest");

		assertThat(KubernetesRules.images(manifests)).singleElement().asString().contains("latest");
	}

	@Test
	void catchesALiteralSecretAndAnUndocumentedVariable() {
		Manifests manifests = production();

		List<Object> env = container(manifests, "talent-service").get("env").list();
		env.set(1, Map.of("name", EnvironmentNames.R2DBC_PASSWORD, "value", "hunter2"));
		env.add(Map.of("name", "SPRING_PROFILES_ACTIVE", "value", "prod"));

		assertThat(KubernetesRules.environment(manifests)).contains(
				"talent-service has a literal value for secret SPRING_R2DBC_PASSWORD",
				"talent-service/talent-service sets undocumented variable SPRING_PROFILES_ACTIVE");
	}

	@Test
	void catchesASecretWithValuesInTheRepository() {
		Manifests manifests = production();
		List<Tree> resources = new ArrayList<>(manifests.resources());
		resources.add(new Tree(Map.of("apiVersion", "v1", "kind", "Secret", "metadata", Map.of("name", "db"),
				"stringData", Map.of("password", "hunter2"))));

		List<String> problems = KubernetesRules.environment(new Manifests(resources));

		assertThat(problems).containsExactly("Secret db carries values in the repository");
	}

	@Test
	void catchesAServiceReadingAnotherServicesDatabase() {
		Manifests manifests = production();

		manifests.get("ConfigMap", "plan-service").get("data").map().put(EnvironmentNames.R2DBC_URL,
				"r2dbc:postgresql://funding-db-rw:5432/funding");

		assertThat(KubernetesRules.databases(manifests)).contains("plan-service R2DBC URL names database funding, "
				+ "not plan");
	}

	@Test
	void catchesAServiceOpenToEveryPod() {
		Manifests manifests = production();

		manifests.get("NetworkPolicy", "ip-service").path("spec", "ingress").list()
			.add(Map.of("from", List.of(Map.of("podSelector", Map.of())), "ports", List.of(Map.of("port", 8084))));

		assertThat(KubernetesRules.networkPolicies(manifests)).singleElement().asString()
			.startsWith("NetworkPolicy ip-service admits");
	}

	@Test
	void catchesAPublicTopicWithoutKafkaTopic() {
		Manifests manifests = production();
		Set<String> topics = new LinkedHashSet<>(PublicTopics.of(REPOSITORY));

		topics.add("scibureau.ip.patent.v1");

		assertThat(KubernetesRules.kafka(manifests, topics, composeKafkaVersion(), SERVICE_PARTITIONS))
			.containsExactly("No KafkaTopic for scibureau.ip.patent.v1",
					"No KafkaTopic for scibureau.ip.patent.v1.dlt");
	}

	@Test
	void catchesATopicWithFewerPartitionsThanTheServicesDeclare() {
		Manifests manifests = production();

		manifests.get("KafkaTopic", "scibureau-plan-call-v1-dlt").get("spec").map().put("partitions", 1);

		assertThat(KubernetesRules.kafka(manifests, PublicTopics.of(REPOSITORY), composeKafkaVersion(),
				SERVICE_PARTITIONS))
			.containsExactly("KafkaTopic scibureau.plan.call.v1.dlt has 1 partitions, fewer than the services "
					+ "declare (3)");
	}

	@Test
	void catchesABudgetThatBlocksDrains() {
		Manifests manifests = production();

		manifests.get("HorizontalPodAutoscaler", "gateway").get("spec").map().put("minReplicas", 1);

		assertThat(KubernetesRules.scaling(manifests, 1, true))
			.containsExactly("PDB gateway minAvailable 1 blocks every drain with 1 replicas");
	}

	@Test
	void catchesSeveralGatewaysCountingInTheirOwnMemory() {
		Manifests manifests = production();

		manifests.get("ConfigMap", "gateway").get("data").map().remove(EnvironmentNames.RATE_LIMIT_STORE);

		assertThat(KubernetesRules.rateLimitStore(manifests)).containsExactly("gateway may run 6 replicas with the "
				+ "MEMORY rate limit store, so each counts only its own requests");
	}

	@Test
	void catchesARateLimitStoreThatIsNoService() {
		Manifests manifests = production();

		manifests.get("ConfigMap", "gateway").get("data").map().put(EnvironmentNames.REDIS_HOST, "redis-master");

		assertThat(KubernetesRules.rateLimitStore(manifests))
			.containsExactly("gateway keeps its rate limits in Redis at 'redis-master', which is no Service");
	}

	@Test
	void catchesARateLimitStoreTheGatewayCannotReachOrOthersCan() {
		Manifests manifests = production();

		manifests.get("NetworkPolicy", "gateway").path("spec", "egress").list().remove(1);
		manifests.get("NetworkPolicy", KubernetesRules.REDIS).path("spec", "ingress").list()
			.add(Map.of("from", List.of(Map.of("podSelector", Map.of())), "ports", List.of(Map.of("port", 6379))));

		assertThat(KubernetesRules.rateLimitStore(manifests)).satisfiesExactly(
				(problem) -> assertThat(problem)
					.isEqualTo("NetworkPolicy gateway does not allow egress to the redis pods on port 6379"),
				(problem) -> assertThat(problem).startsWith("NetworkPolicy redis admits").contains("podSelector={}"));
	}

	@Test
	void catchesAPlaceholderLeftInAnOverlay() {
		Manifests manifests = production();

		manifests.get("ConfigMap", "scibureau-platform").get("data").map().put(EnvironmentNames.ISSUER_URI,
				"https://issuer.invalid");

		assertThat(KubernetesRules.placeholders(manifests)).singleElement().asString()
			.contains("ConfigMap scibureau-platform");
	}

	private static Manifests production() {
		return Manifests.render(REPOSITORY, "overlays/production").copy();
	}

	private static Tree container(Manifests manifests, String deployment) {
		return manifests.get("Deployment", deployment).path("spec", "template", "spec", "containers").items().get(0);
	}

	private static String platformSetting(Manifests manifests, String name) {
		return manifests.get("ConfigMap", "scibureau-platform").string("data", name);
	}

	/** The Kafka version compose runs ({@code apache/kafka:<version>}), which Strimzi must run too. */
	static String composeKafkaVersion() {
		Tree compose = new Tree(YamlDocuments.loadSingle(REPOSITORY.resolve("docker-compose.yml")));
		String image = compose.string("services", "kafka", "image");
		assertThat(image).startsWith("apache/kafka:");
		return image.substring("apache/kafka:".length());
	}

}
