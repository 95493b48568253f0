package org.scibureau.deployment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What rendered Kubernetes manifests must satisfy. Each rule answers the problems it finds (empty when none), so a
 * test can show both that the real manifests pass and that a broken copy fails.
 */
final class KubernetesRules {

	static final String LIVENESS = "/actuator/health/liveness";

	static final String READINESS = "/actuator/health/readiness";

	static final List<String> WORKLOAD_KINDS = List.of("Deployment", "Service", "ConfigMap", "HorizontalPodAutoscaler",
			"PodDisruptionBudget", "NetworkPolicy");

	/** The local authorization server, deployed by the local overlay as its token issuer. */
	static final String AUTH_SERVER = "auth-server";

	/** The gateway's shared rate limit store: Deployment, Service and NetworkPolicy of this name. */
	static final String REDIS = "redis";

	/** The probe handlers a container without actuator may use. */
	private static final List<String> PROBE_HANDLERS = List.of("httpGet", "tcpSocket", "exec", "grpc");

	private static final Pattern R2DBC_URL = Pattern
		.compile("r2dbc:postgresql://([a-z0-9-]+)-rw:5432/([a-z0-9_]+)(\\?.*)?");

	private static final Pattern FLYWAY_URL = Pattern
		.compile("jdbc:postgresql://([a-z0-9-]+)-rw:5432/([a-z0-9_]+)(\\?.*)?");

	private KubernetesRules() {
	}

	/** Every service and the gateway have a Deployment, Service, ConfigMap, HPA, PDB and NetworkPolicy. */
	static List<String> missingResources(Manifests manifests) {
		List<String> problems = new ArrayList<>();
		for (Workload workload : Workload.values()) {
			for (String kind : WORKLOAD_KINDS) {
				if (manifests.find(kind, workload.app()).isEmpty()) {
					problems.add(workload.app() + " has no " + kind);
				}
			}
		}
		return problems;
	}

	/** Startup, liveness and readiness probes on the actuator health groups, at a port the container declares. */
	static List<String> probes(Manifests manifests) {
		List<String> problems = new ArrayList<>();
		for (Tree deployment : manifests.ofKind("Deployment")) {
			String name = deployment.string("metadata", "name");
			for (Tree container : deployment.path("spec", "template", "spec", "containers").items()) {
				String where = name + "/" + container.string("name");
				if (name.equals(REDIS)) {
					checkPlainProbes(container, where, problems);
					continue;
				}
				OptionalInt management = managementPort(manifests, deployment, container);
				checkProbe(container, "startupProbe", LIVENESS, management, where, problems);
				checkProbe(container, "livenessProbe", LIVENESS, management, where, problems);
				checkProbe(container, "readinessProbe", READINESS, management, where, problems);
			}
		}
		return problems;
	}

	/** Infrastructure without actuator: a liveness and a readiness probe of any kind. */
	private static void checkPlainProbes(Tree container, String where, List<String> problems) {
		for (String probe : List.of("livenessProbe", "readinessProbe")) {
			require(PROBE_HANDLERS.stream().anyMatch((handler) -> !container.path(probe, handler).isMissing()), where
					+ " has no " + probe, problems);
		}
	}

	private static void checkProbe(Tree container, String probe, String path, OptionalInt expectedPort, String where,
			List<String> problems) {
		Tree httpGet = container.path(probe, "httpGet");
		if (httpGet.isMissing()) {
			problems.add(where + " has no " + probe + " with httpGet");
			return;
		}
		if (!httpGet.string("path").equals(path)) {
			problems.add(where + " " + probe + " checks " + httpGet.string("path") + ", not " + path);
		}
		OptionalInt port = containerPort(container, httpGet.get("port"));
		if (port.isEmpty()) {
			problems.add(where + " " + probe + " port " + httpGet.string("port") + " is not a declared container port");
		}
		else if (expectedPort.isPresent() && port.getAsInt() != expectedPort.getAsInt()) {
			problems.add(where + " " + probe + " uses port " + port.getAsInt() + ", but actuator listens on "
					+ expectedPort.getAsInt());
		}
	}

	/** Where actuator listens: MANAGEMENT_SERVER_PORT if set, else the workload's HTTP port. */
	private static OptionalInt managementPort(Manifests manifests, Tree deployment, Tree container) {
		Optional<Workload> workload = workload(deployment);
		String configured = environment(manifests, container, new ArrayList<>())
			.getOrDefault(EnvironmentNames.MANAGEMENT_SERVER_PORT, "");
		if (!configured.isEmpty()) {
			return OptionalInt.of(Integer.parseInt(configured));
		}
		return workload.map((w) -> OptionalInt.of(w.port())).orElse(OptionalInt.empty());
	}

	/** Non-root, read-only root filesystem with a writable /tmp, no capabilities, RuntimeDefault seccomp. */
	static List<String> security(Manifests manifests) {
		List<String> problems = new ArrayList<>();
		for (Tree deployment : manifests.ofKind("Deployment")) {
			String name = deployment.string("metadata", "name");
			Tree pod = deployment.path("spec", "template", "spec");
			Tree podContext = pod.get("securityContext");
			require(pod.string("automountServiceAccountToken").equals("false"), name
					+ " mounts a service account token", problems);
			for (String host : List.of("hostNetwork", "hostPID", "hostIPC")) {
				require(!pod.string(host).equals("true"), name + " sets " + host, problems);
			}
			require(podContext.string("runAsNonRoot").equals("true"), name + " does not set runAsNonRoot", problems);
			require(isNonRootUser(podContext.get("runAsUser")), name + " runs as uid "
					+ podContext.get("runAsUser").text().orElse("(image default)"), problems);
			for (Tree container : Kustomize.containers(deployment)) {
				String where = name + "/" + container.string("name");
				Tree context = container.get("securityContext");
				require(context.string("readOnlyRootFilesystem").equals("true"), where
						+ " has a writable root filesystem", problems);
				require(context.string("allowPrivilegeEscalation").equals("false"), where
						+ " allows privilege escalation", problems);
				require(!context.string("privileged").equals("true"), where + " is privileged", problems);
				require(context.path("capabilities", "drop").strings().contains("ALL"), where
						+ " does not drop ALL capabilities", problems);
				require(context.path("capabilities", "add").items().isEmpty(), where + " adds capabilities", problems);
				require(context.get("runAsUser").isMissing() || isNonRootUser(context.get("runAsUser")), where
						+ " runs as root", problems);
				require(!context.string("runAsNonRoot").equals("false"), where + " allows root", problems);
				String seccomp = context.path("seccompProfile", "type").text()
					.orElse(podContext.path("seccompProfile", "type").string());
				require(seccomp.equals("RuntimeDefault"), where + " has seccomp profile '" + seccomp
						+ "', not RuntimeDefault", problems);
				require(hasWritableTmp(pod, container), where + " has no emptyDir mounted at /tmp", problems);
			}
		}
		return problems;
	}

	private static boolean isNonRootUser(Tree uid) {
		return uid.text().map((text) -> !text.equals("0")).orElse(false);
	}

	private static boolean hasWritableTmp(Tree pod, Tree container) {
		for (Tree mount : container.get("volumeMounts").items()) {
			if (mount.string("mountPath").equals("/tmp") && !mount.string("readOnly").equals("true")) {
				String volume = mount.string("name");
				return pod.get("volumes").items().stream()
					.anyMatch((candidate) -> candidate.string("name").equals(volume)
							&& !candidate.get("emptyDir").isMissing());
			}
		}
		return false;
	}

	/** CPU and memory requests and limits on every container, database instance and Kafka node. */
	static List<String> resources(Manifests manifests) {
		List<String> problems = new ArrayList<>();
		Map<String, Tree> sized = new LinkedHashMap<>();
		for (Tree deployment : manifests.ofKind("Deployment")) {
			for (Tree container : Kustomize.containers(deployment)) {
				sized.put(deployment.string("metadata", "name") + "/" + container.string("name"),
						container.get("resources"));
			}
		}
		for (String kind : List.of("Cluster", "KafkaNodePool")) {
			manifests.ofKind(kind)
				.forEach((resource) -> sized.put(kind + " " + resource.string("metadata", "name"),
						resource.path("spec", "resources")));
		}
		sized.forEach((where, resources) -> {
			for (String bound : List.of("requests", "limits")) {
				for (String resource : List.of("cpu", "memory")) {
					require(!resources.string(bound, resource).isEmpty(), where + " has no " + bound + "." + resource,
							problems);
				}
			}
		});
		return problems;
	}

	/** Every image names a tag or digest, never {@code latest}. */
	static List<String> images(Manifests manifests) {
		List<String> problems = new ArrayList<>();
		Map<String, String> images = new LinkedHashMap<>();
		for (Tree deployment : manifests.ofKind("Deployment")) {
			Kustomize.containers(deployment)
				.forEach((container) -> images.put(deployment.string("metadata", "name") + "/"
						+ container.string("name"), container.string("image")));
		}
		manifests.ofKind("Cluster")
			.forEach((cluster) -> images.put("Cluster " + cluster.string("metadata", "name"),
					cluster.string("spec", "imageName")));
		images.forEach((where, image) -> pinned(where, image).ifPresent(problems::add));
		return problems;
	}

	/** The problem with an image reference, if it is not pinned to a tag (other than latest) or a digest. */
	static Optional<String> pinned(String where, String image) {
		if (image.isEmpty()) {
			return Optional.of(where + " names no image");
		}
		Kustomize.ImageReference reference = Kustomize.ImageReference.parse(image);
		if (reference.hasDigest()) {
			return Optional.empty();
		}
		String tag = reference.tag();
		if (tag == null || tag.equals("latest")) {
			return Optional.of(where + " uses " + image + ": pin a tag (not latest) or a digest");
		}
		return Optional.empty();
	}

	/**
	 * Each app gets exactly its documented environment variables, from ConfigMaps or Secret references; no literal
	 * secret anywhere and no Secret with values in the repository.
	 */
	static List<String> environment(Manifests manifests) {
		List<String> problems = new ArrayList<>();
		for (Tree deployment : manifests.ofKind("Deployment")) {
			String name = deployment.string("metadata", "name");
			Optional<Workload> workload = workload(deployment);
			for (Tree container : Kustomize.containers(deployment)) {
				String where = name + "/" + container.string("name");
				Set<String> names = environment(manifests, container, problems).keySet();
				for (Tree source : container.get("envFrom").items()) {
					if (!source.get("secretRef").isMissing() && (workload.isPresent()
							|| !source.string("secretRef", "optional").equals("true"))) {
						problems.add(where + " takes all keys of Secret " + source.string("secretRef", "name")
								+ ": name each variable with a secretKeyRef instead");
					}
				}
				if (workload.isPresent()) {
					Set<String> required = EnvironmentNames.required(workload.get());
					names.stream().filter((env) -> !required.contains(env))
						.forEach((env) -> problems.add(where + " sets undocumented variable " + env));
					required.stream().filter((env) -> !names.contains(env))
						.forEach((env) -> problems.add(where + " lacks " + env));
				}
				else if (name.equals(REDIS)) {
					names.forEach((env) -> problems.add(where + " sets variable " + env + ": Redis takes arguments"));
				}
				else if (name.equals(AUTH_SERVER)) {
					names.stream().filter((env) -> !EnvironmentNames.AUTH_SERVER.contains(env))
						.forEach((env) -> problems.add(where + " sets undocumented variable " + env));
				}
				else {
					problems.add(where + " is not an app this repository builds");
				}
			}
		}
		for (Tree configMap : manifests.ofKind("ConfigMap")) {
			configMap.get("data").entries().keySet().stream()
				.filter((key) -> EnvironmentNames.SECRET.matcher(key).matches())
				.forEach((key) -> problems.add("ConfigMap " + configMap.string("metadata", "name") + " holds secret "
						+ key));
		}
		for (Tree secret : manifests.ofKind("Secret")) {
			if (!secret.get("data").entries().isEmpty() || !secret.get("stringData").entries().isEmpty()) {
				problems.add("Secret " + secret.string("metadata", "name") + " carries values in the repository");
			}
		}
		return problems;
	}

	/**
	 * A container's environment: name to value, where a Secret reference reads {@code secret:<name>/<key>}. A literal
	 * value for a secret-like name and a reference to a missing ConfigMap are problems.
	 */
	static Map<String, String> environment(Manifests manifests, Tree container, List<String> problems) {
		Map<String, String> environment = new LinkedHashMap<>();
		String where = container.string("name");
		for (Tree source : container.get("envFrom").items()) {
			if (!source.get("configMapRef").isMissing()) {
				String configMap = source.string("configMapRef", "name");
				Optional<Tree> found = manifests.find("ConfigMap", configMap);
				if (found.isEmpty() && !source.string("configMapRef", "optional").equals("true")) {
					problems.add(where + " reads missing ConfigMap " + configMap);
				}
				found.ifPresent((map) -> map.get("data").entries()
					.forEach((key, value) -> environment.put(key, value.string())));
			}
		}
		for (Tree variable : container.get("env").items()) {
			String name = variable.string("name");
			Tree secretRef = variable.path("valueFrom", "secretKeyRef");
			Tree configMapRef = variable.path("valueFrom", "configMapKeyRef");
			if (!secretRef.isMissing()) {
				environment.put(name, "secret:" + secretRef.string("name") + "/" + secretRef.string("key"));
			}
			else if (!configMapRef.isMissing()) {
				environment.put(name, manifests.find("ConfigMap", configMapRef.string("name"))
					.map((map) -> map.string("data", configMapRef.string("key")))
					.orElseGet(() -> {
						problems.add(where + " reads missing ConfigMap " + configMapRef.string("name"));
						return "";
					}));
			}
			else {
				if (EnvironmentNames.SECRET.matcher(name).matches()) {
					problems.add(where + " has a literal value for secret " + name);
				}
				environment.put(name, variable.string("value"));
			}
		}
		return environment;
	}

	/** Each service reads its own CloudNativePG cluster's database with the credentials the operator generated. */
	static List<String> databases(Manifests manifests) {
		List<String> problems = new ArrayList<>();
		for (Workload service : Workload.services()) {
			String database = service.database().orElseThrow();
			Optional<Tree> deployment = manifests.find("Deployment", service.app());
			if (deployment.isEmpty()) {
				problems.add(service.app() + " has no Deployment");
				continue;
			}
			Tree container = deployment.get().path("spec", "template", "spec", "containers").items().get(0);
			Map<String, String> environment = environment(manifests, container, problems);
			Matcher r2dbc = R2DBC_URL.matcher(environment.getOrDefault(EnvironmentNames.R2DBC_URL, ""));
			Matcher flyway = FLYWAY_URL.matcher(environment.getOrDefault(EnvironmentNames.FLYWAY_URL, ""));
			if (!r2dbc.matches() || !flyway.matches()) {
				problems.add(service.app() + " database URLs do not name a CloudNativePG primary (<cluster>-rw:5432)");
				continue;
			}
			String cluster = r2dbc.group(1);
			require(r2dbc.group(2).equals(database), service.app() + " R2DBC URL names database " + r2dbc.group(2)
					+ ", not " + database, problems);
			require(flyway.group(1).equals(cluster) && flyway.group(2).equals(database), service.app()
					+ " Flyway URL names another database than its R2DBC URL", problems);
			Optional<Tree> found = manifests.find("Cluster", cluster);
			if (found.isEmpty()) {
				problems.add(service.app() + " reads from Cluster " + cluster + ", which does not exist");
				continue;
			}
			Tree initdb = found.get().path("spec", "bootstrap", "initdb");
			require(initdb.string("database").equals(database) && initdb.string("owner").equals(database), "Cluster "
					+ cluster + " does not create database " + database + " owned by " + database, problems);
			String secret = "secret:" + cluster + "-app/";
			Map<String, String> credentials = Map.of(EnvironmentNames.R2DBC_USERNAME, "username",
					EnvironmentNames.R2DBC_PASSWORD, "password", EnvironmentNames.FLYWAY_USER, "username",
					EnvironmentNames.FLYWAY_PASSWORD, "password");
			credentials.forEach((env, key) -> require(environment.getOrDefault(env, "").equals(secret + key),
					service.app() + " " + env + " does not come from " + cluster + "-app/" + key, problems));
		}
		return problems;
	}

	/**
	 * A service admits the gateway and Prometheus only and reaches its database, Kafka, the issuer and DNS; the
	 * gateway admits the ingress controller and Prometheus and reaches the services, the issuer and DNS.
	 */
	static List<String> networkPolicies(Manifests manifests) {
		List<String> problems = new ArrayList<>();
		String kafka = manifests.ofKind("Kafka").stream().findFirst().map((k) -> k.string("metadata", "name")).orElse("");
		for (Workload workload : Workload.values()) {
			Optional<Tree> found = manifests.find("NetworkPolicy", workload.app());
			Optional<Tree> deployment = manifests.find("Deployment", workload.app());
			if (found.isEmpty() || deployment.isEmpty()) {
				problems.add(workload.app() + " has no NetworkPolicy or Deployment");
				continue;
			}
			Tree policy = found.get().get("spec");
			String where = "NetworkPolicy " + workload.app();
			require(selects(policy.get("podSelector"), deployment.get().path("spec", "template", "metadata", "labels")),
					where + " does not select the " + workload.app() + " pods", problems);
			require(policy.get("policyTypes").strings().containsAll(List.of("Ingress", "Egress")), where
					+ " does not restrict both ingress and egress", problems);
			checkIngress(workload, policy, where, problems);
			checkEgress(workload, policy, kafka, where, problems);
		}
		return problems;
	}

	private static void checkIngress(Workload workload, Tree policy, String where, List<String> problems) {
		for (Tree rule : policy.get("ingress").items()) {
			if (rule.get("from").items().isEmpty() || rule.get("ports").items().isEmpty()) {
				problems.add(where + " has an ingress rule open to every source or port");
				continue;
			}
			for (Tree peer : rule.get("from").items()) {
				String source = ingressSource(workload, peer);
				if (source.isEmpty()) {
					problems.add(where + " admits " + peer.value());
				}
			}
		}
	}

	/** The kind of an admitted source, or {@code ""} when it is not one the platform allows. */
	private static String ingressSource(Workload workload, Tree peer) {
		if (!peer.get("ipBlock").isMissing()) {
			return "";
		}
		Tree namespace = peer.path("namespaceSelector", "matchLabels");
		Tree pods = peer.path("podSelector", "matchLabels");
		if (namespace.string("kubernetes.io/metadata.name").equals("monitoring")
				&& pods.string("app.kubernetes.io/name").equals("prometheus")) {
			return "prometheus";
		}
		if (workload.isService() && peer.get("namespaceSelector").isMissing()
				&& pods.string("app.kubernetes.io/name").equals(Workload.GATEWAY.app())) {
			return "gateway";
		}
		if (!workload.isService() && namespace.string("scibureau.org/ingress-controller").equals("true")
				&& peer.get("podSelector").isMissing()) {
			return "ingress-controller";
		}
		return "";
	}

	private static void checkEgress(Workload workload, Tree policy, String kafka, String where, List<String> problems) {
		Set<String> destinations = new LinkedHashSet<>();
		for (Tree rule : policy.get("egress").items()) {
			String destination = egressDestination(workload, rule, kafka);
			if (destination.isEmpty()) {
				problems.add(where + " allows egress " + rule.value());
			}
			destinations.add(destination);
		}
		List<String> required = new ArrayList<>(List.of("dns", "issuer"));
		required.addAll(workload.isService() ? List.of("database", "kafka") : List.of("services"));
		required.stream().filter((destination) -> !destinations.contains(destination))
			.forEach((destination) -> problems.add(where + " does not allow egress to " + destination));
	}

	/** The kind of an allowed destination, or {@code ""} when it is not one the workload needs. */
	private static String egressDestination(Workload workload, Tree rule, String kafka) {
		List<Tree> peers = rule.get("to").items();
		if (peers.size() != 1 || rule.get("ports").items().isEmpty()) {
			return "";
		}
		Tree peer = peers.get(0);
		Set<Integer> ports = new LinkedHashSet<>();
		for (Tree port : rule.get("ports").items()) {
			int first = Integer.parseInt(port.string("port"));
			int last = port.get("endPort").text().map(Integer::parseInt).orElse(first);
			for (int p = first; p <= last; p++) {
				ports.add(p);
			}
		}
		Tree pods = peer.path("podSelector", "matchLabels");
		if (ports.equals(Set.of(53)) && peer.path("namespaceSelector", "matchLabels")
			.string("kubernetes.io/metadata.name").equals("kube-system")
				&& pods.string("k8s-app").equals("kube-dns")) {
			return "dns";
		}
		if (ports.equals(Set.of(443)) && !peer.get("ipBlock").isMissing()) {
			return "issuer";
		}
		if (!peer.get("namespaceSelector").isMissing()) {
			return "";
		}
		String database = workload.database().map((db) -> db + "-db").orElse("-");
		if (ports.equals(Set.of(5432)) && pods.string("cnpg.io/cluster").equals(database)) {
			return "database";
		}
		if (ports.equals(Set.of(9092)) && !kafka.isEmpty() && pods.string("strimzi.io/cluster").equals(kafka)) {
			return "kafka";
		}
		if (!workload.isService() && reachesEveryService(peer, ports)) {
			return "services";
		}
		if (!workload.isService() && ports.equals(Set.of(EnvironmentNames.REDIS_PORT))
				&& pods.string("app.kubernetes.io/name").equals(REDIS)) {
			return "redis";
		}
		return "";
	}

	private static boolean reachesEveryService(Tree peer, Set<Integer> ports) {
		Set<String> apps = new LinkedHashSet<>();
		for (Tree expression : peer.path("podSelector", "matchExpressions").items()) {
			if (expression.string("key").equals("app.kubernetes.io/name")
					&& expression.string("operator").equals("In")) {
				apps.addAll(expression.get("values").strings());
			}
		}
		Set<String> services = new LinkedHashSet<>(Workload.services().stream().map(Workload::app).toList());
		Set<Integer> servicePorts = new LinkedHashSet<>(Workload.services().stream().map(Workload::port).toList());
		return apps.equals(services) && ports.equals(servicePorts);
	}

	/**
	 * The HPA scales the Deployment (which leaves the replica count to it) from at least {@code minReplicas}; the
	 * PDB selects its pods and, where asked, keeps {@code minAvailable: 1}.
	 */
	static List<String> scaling(Manifests manifests, int minReplicas, boolean minAvailableOne) {
		List<String> problems = new ArrayList<>();
		for (Workload workload : Workload.values()) {
			Optional<Tree> deployment = manifests.find("Deployment", workload.app());
			Optional<Tree> hpa = manifests.find("HorizontalPodAutoscaler", workload.app());
			Optional<Tree> pdb = manifests.find("PodDisruptionBudget", workload.app());
			if (deployment.isEmpty() || hpa.isEmpty() || pdb.isEmpty()) {
				problems.add(workload.app() + " lacks a Deployment, HPA or PDB");
				continue;
			}
			Tree spec = hpa.get().get("spec");
			require(spec.string("scaleTargetRef", "kind").equals("Deployment")
					&& spec.string("scaleTargetRef", "name").equals(workload.app()), "HPA " + workload.app()
							+ " does not scale Deployment " + workload.app(), problems);
			int min = Integer.parseInt(spec.get("minReplicas").text().orElse("1"));
			int max = Integer.parseInt(spec.get("maxReplicas").text().orElse("0"));
			require(min >= minReplicas, "HPA " + workload.app() + " minReplicas " + min + " < " + minReplicas, problems);
			require(max >= min, "HPA " + workload.app() + " maxReplicas " + max + " < minReplicas " + min, problems);
			require(!spec.get("metrics").items().isEmpty(), "HPA " + workload.app() + " has no metric", problems);
			require(deployment.get().path("spec", "replicas").isMissing(), "Deployment " + workload.app()
					+ " sets replicas, which the HPA owns", problems);
			Tree budget = pdb.get().get("spec");
			require(selects(budget.get("selector"), deployment.get().path("spec", "template", "metadata", "labels")),
					"PDB " + workload.app() + " does not select the " + workload.app() + " pods", problems);
			Optional<String> minAvailable = budget.get("minAvailable").text();
			if (minAvailableOne) {
				require(minAvailable.equals(Optional.of("1")) && budget.get("maxUnavailable").isMissing(), "PDB "
						+ workload.app() + " does not keep minAvailable 1", problems);
			}
			else {
				require(minAvailable.isPresent() || !budget.get("maxUnavailable").isMissing(), "PDB " + workload.app()
						+ " sets neither minAvailable nor maxUnavailable", problems);
			}
			minAvailable.filter((value) -> value.matches("\\d+") && Integer.parseInt(value) >= min)
				.ifPresent((value) -> problems.add("PDB " + workload.app() + " minAvailable " + value
						+ " blocks every drain with " + min + " replicas"));
		}
		return problems;
	}

	/**
	 * The gateway's rate limits hold across its replicas: a gateway that may run more than one (the HPA's
	 * {@code maxReplicas}, or {@code replicas}) keeps them in the shared {@code REDIS} store; that store's host is a
	 * Service on port 6379 that selects a Deployment's pods, which the gateway may reach and which admit the gateway
	 * alone.
	 */
	static List<String> rateLimitStore(Manifests manifests) {
		List<String> problems = new ArrayList<>();
		Optional<Tree> gateway = manifests.find("Deployment", Workload.GATEWAY.app());
		if (gateway.isEmpty()) {
			return List.of("gateway has no Deployment");
		}
		Tree container = gateway.get().path("spec", "template", "spec", "containers").items().get(0);
		Map<String, String> environment = environment(manifests, container, problems);
		String store = environment.getOrDefault(EnvironmentNames.RATE_LIMIT_STORE, "MEMORY");
		int replicas = Integer.parseInt(gateway.get().path("spec", "replicas").text().orElse("1"));
		int maxReplicas = manifests.find("HorizontalPodAutoscaler", Workload.GATEWAY.app())
			.map((hpa) -> Integer.parseInt(hpa.path("spec", "maxReplicas").text().orElse("1")))
			.orElse(replicas);
		if (!store.equals(EnvironmentNames.SHARED_RATE_LIMIT_STORE)) {
			require(Math.max(replicas, maxReplicas) <= 1, "gateway may run " + Math.max(replicas, maxReplicas)
					+ " replicas with the " + store + " rate limit store, so each counts only its own requests",
					problems);
			return problems;
		}
		String host = environment.getOrDefault(EnvironmentNames.REDIS_HOST, "");
		Optional<Tree> service = manifests.find("Service", host);
		if (service.isEmpty()) {
			problems.add("gateway keeps its rate limits in Redis at '" + host + "', which is no Service");
			return problems;
		}
		Tree selector = service.get().path("spec", "selector");
		require(service.get().path("spec", "ports").items().stream()
			.anyMatch((port) -> port.string("port").equals(String.valueOf(EnvironmentNames.REDIS_PORT))),
				"Service " + host + " does not serve port " + EnvironmentNames.REDIS_PORT, problems);
		Tree matchLabels = new Tree(Map.of("matchLabels", selector.value()));
		require(!selector.entries().isEmpty() && manifests.ofKind("Deployment").stream()
			.anyMatch((deployment) -> selects(matchLabels, deployment.path("spec", "template", "metadata", "labels"))),
				"Service " + host + " selects no Deployment's pods", problems);
		boolean reachable = manifests.find("NetworkPolicy", Workload.GATEWAY.app()).stream()
			.flatMap((policy) -> policy.path("spec", "egress").items().stream())
			.anyMatch((rule) -> rule.get("to").items().stream()
				.anyMatch((peer) -> Objects.equals(peer.path("podSelector", "matchLabels").value(), selector.value()))
					&& rule.get("ports").items().stream()
						.anyMatch((port) -> port.string("port").equals(String.valueOf(EnvironmentNames.REDIS_PORT))));
		require(reachable, "NetworkPolicy gateway does not allow egress to the " + host + " pods on port "
				+ EnvironmentNames.REDIS_PORT, problems);
		checkRedisPolicy(manifests, host, selector, problems);
		return problems;
	}

	/** The store's own policy admits the gateway alone, on the Redis port, and allows no egress. */
	private static void checkRedisPolicy(Manifests manifests, String host, Tree selector, List<String> problems) {
		Optional<Tree> found = manifests.ofKind("NetworkPolicy").stream()
			.filter((policy) -> Objects.equals(policy.path("spec", "podSelector", "matchLabels").value(),
					selector.value()))
			.findFirst();
		if (found.isEmpty()) {
			problems.add("No NetworkPolicy selects the " + host + " pods");
			return;
		}
		Tree policy = found.get().get("spec");
		String where = "NetworkPolicy " + found.get().string("metadata", "name");
		require(policy.get("policyTypes").strings().containsAll(List.of("Ingress", "Egress")), where
				+ " does not restrict both ingress and egress", problems);
		require(policy.get("egress").items().isEmpty(), where + " allows egress", problems);
		for (Tree rule : policy.get("ingress").items()) {
			boolean gatewayOnly = !rule.get("from").items().isEmpty() && rule.get("from").items().stream()
				.allMatch((peer) -> peer.get("namespaceSelector").isMissing() && peer.get("ipBlock").isMissing()
						&& Objects.equals(peer.path("podSelector", "matchLabels").value(),
								Map.of("app.kubernetes.io/name", Workload.GATEWAY.app())));
			boolean redisPort = !rule.get("ports").items().isEmpty() && rule.get("ports").items().stream()
				.allMatch((port) -> port.string("port").equals(String.valueOf(EnvironmentNames.REDIS_PORT)));
			require(gatewayOnly && redisPort, where + " admits " + rule.value(), problems);
		}
	}

	/** Each Service selects its app's pods and serves DESIGN.md's port from a declared container port. */
	static List<String> services(Manifests manifests) {
		List<String> problems = new ArrayList<>();
		for (Workload workload : Workload.values()) {
			Optional<Tree> service = manifests.find("Service", workload.app());
			Optional<Tree> deployment = manifests.find("Deployment", workload.app());
			if (service.isEmpty() || deployment.isEmpty()) {
				problems.add(workload.app() + " lacks a Service or Deployment");
				continue;
			}
			Tree labels = deployment.get().path("spec", "template", "metadata", "labels");
			Tree selector = service.get().path("spec", "selector");
			require(!selector.entries().isEmpty() && selects(new Tree(Map.of("matchLabels", selector.value())), labels),
					"Service " + workload.app() + " does not select the " + workload.app() + " pods", problems);
			Tree container = deployment.get().path("spec", "template", "spec", "containers").items().get(0);
			boolean served = service.get().path("spec", "ports").items().stream()
				.anyMatch((port) -> port.string("port").equals(String.valueOf(workload.port()))
						&& containerPort(container, port.get("targetPort")).equals(OptionalInt.of(workload.port())));
			require(served, "Service " + workload.app() + " does not serve port " + workload.port()
					+ " from the container's port " + workload.port(), problems);
		}
		return problems;
	}

	/** One Ingress, for the gateway only. */
	static List<String> ingress(Manifests manifests) {
		List<String> problems = new ArrayList<>();
		List<Tree> ingresses = manifests.ofKind("Ingress");
		require(ingresses.size() == 1, ingresses.size() + " Ingresses, expected one for the gateway", problems);
		for (Tree ingress : ingresses) {
			for (Tree rule : ingress.path("spec", "rules").items()) {
				for (Tree path : rule.path("http", "paths").items()) {
					Tree backend = path.path("backend", "service");
					require(backend.string("name").equals(Workload.GATEWAY.app()), "Ingress "
							+ ingress.string("metadata", "name") + " routes to " + backend.string("name")
							+ ", not the gateway", problems);
				}
			}
			require(ingress.path("spec", "defaultBackend").isMissing(), "Ingress has a default backend", problems);
		}
		return problems;
	}

	/**
	 * One Strimzi Kafka in KRaft mode (node pools with controller and broker roles) at {@code version}, and a
	 * KafkaTopic for each public topic and its dead-letter topic, no others, with no fewer than
	 * {@code minPartitions} partitions and replication the brokers can hold.
	 */
	static List<String> kafka(Manifests manifests, Set<String> publicTopics, String version, int minPartitions) {
		List<String> problems = new ArrayList<>();
		List<Tree> clusters = manifests.ofKind("Kafka");
		if (clusters.size() != 1) {
			problems.add(clusters.size() + " Kafka resources, expected one");
			return problems;
		}
		Tree kafka = clusters.get(0);
		String name = kafka.string("metadata", "name");
		require(kafka.string("spec", "kafka", "version").equals(version), "Kafka version "
				+ kafka.string("spec", "kafka", "version") + ", expected " + version, problems);
		require(kafka.path("spec", "zookeeper").isMissing(), "Kafka uses ZooKeeper", problems);
		int brokers = 0;
		Set<String> roles = new LinkedHashSet<>();
		for (Tree pool : manifests.ofKind("KafkaNodePool")) {
			if (pool.path("metadata", "labels").string("strimzi.io/cluster").equals(name)) {
				List<String> poolRoles = pool.path("spec", "roles").strings();
				roles.addAll(poolRoles);
				if (poolRoles.contains("broker")) {
					brokers += Integer.parseInt(pool.string("spec", "replicas"));
				}
			}
		}
		require(roles.containsAll(List.of("controller", "broker")), "Kafka " + name
				+ " has no KRaft node pools with controller and broker roles", problems);
		Tree config = kafka.path("spec", "kafka", "config");
		for (String factor : List.of("default.replication.factor", "offsets.topic.replication.factor",
				"transaction.state.log.replication.factor")) {
			int value = Integer.parseInt(config.get(factor).text().orElse("1"));
			require(value <= brokers, "Kafka " + factor + " " + value + " exceeds " + brokers + " brokers", problems);
		}
		Set<String> expected = new LinkedHashSet<>();
		publicTopics.forEach((topic) -> expected.addAll(List.of(topic, topic + ".dlt")));
		Set<String> declared = new LinkedHashSet<>();
		String defaultMinIsr = config.get("min.insync.replicas").text().orElse("1");
		for (Tree topic : manifests.ofKind("KafkaTopic")) {
			String topicName = topic.path("spec", "topicName").text().orElse(topic.string("metadata", "name"));
			declared.add(topicName);
			require(expected.contains(topicName), "KafkaTopic " + topicName
					+ " is not a public topic of platform-events or its dead-letter topic", problems);
			require(topic.path("metadata", "labels").string("strimzi.io/cluster").equals(name), "KafkaTopic "
					+ topicName + " does not belong to Kafka " + name, problems);
			int partitions = Integer.parseInt(topic.path("spec", "partitions").text().orElse("0"));
			int replicas = Integer.parseInt(topic.path("spec", "replicas").text().orElse("0"));
			int minIsr = Integer.parseInt(topic.path("spec", "config", "min.insync.replicas").text().orElse(defaultMinIsr));
			require(partitions >= minPartitions, "KafkaTopic " + topicName + " has " + partitions
					+ " partitions, fewer than the services declare (" + minPartitions + ")", problems);
			require(replicas >= 1 && replicas <= brokers, "KafkaTopic " + topicName + " has " + replicas
					+ " replicas for " + brokers + " brokers", problems);
			require(minIsr <= replicas, "KafkaTopic " + topicName + " min.insync.replicas " + minIsr + " exceeds "
					+ replicas + " replicas", problems);
		}
		expected.stream().filter((topic) -> !declared.contains(topic))
			.forEach((topic) -> problems.add("No KafkaTopic for " + topic));
		return problems;
	}

	/** No {@code .invalid} placeholder of the base survives in an overlay. */
	static List<String> placeholders(Manifests manifests) {
		List<String> problems = new ArrayList<>();
		for (Tree resource : manifests.resources()) {
			String where = resource.string("kind") + " " + resource.string("metadata", "name");
			visitStrings(resource, (text) -> {
				if (text.contains(".invalid")) {
					problems.add(where + " still has placeholder " + text);
				}
			});
		}
		return problems;
	}

	/** Every namespaced resource lives in {@code namespace}. */
	static List<String> namespace(Manifests manifests, String namespace) {
		List<String> problems = new ArrayList<>();
		for (Tree resource : manifests.resources()) {
			if (!resource.string("kind").equals("Namespace")) {
				require(resource.string("metadata", "namespace").equals(namespace), resource.string("kind") + " "
						+ resource.string("metadata", "name") + " is not in namespace " + namespace, problems);
			}
		}
		return problems;
	}

	static Optional<Workload> workload(Tree deployment) {
		String name = deployment.string("metadata", "name");
		return Arrays.stream(Workload.values()).filter((w) -> w.app().equals(name)).findFirst();
	}

	/** A container port by number or name. */
	static OptionalInt containerPort(Tree container, Tree port) {
		for (Tree declared : container.get("ports").items()) {
			if (port.string().equals(declared.string("name"))
					|| port.string().equals(declared.string("containerPort"))) {
				return OptionalInt.of(Integer.parseInt(declared.string("containerPort")));
			}
		}
		return OptionalInt.empty();
	}

	/** Whether a label selector's matchLabels are non-empty and all among {@code labels}. */
	private static boolean selects(Tree selector, Tree labels) {
		Map<String, Tree> wanted = selector.get("matchLabels").entries();
		return !wanted.isEmpty() && wanted.entrySet().stream()
			.allMatch((entry) -> labels.string(entry.getKey()).equals(entry.getValue().string()));
	}

	private static void visitStrings(Tree node, Consumer<String> visitor) {
		if (node.isMap()) {
			node.entries().values().forEach((child) -> visitStrings(child, visitor));
		}
		else if (node.isList()) {
			node.items().forEach((child) -> visitStrings(child, visitor));
		}
		else {
			node.text().ifPresent(visitor);
		}
	}

	private static void require(boolean condition, String problem, List<String> problems) {
		if (!condition) {
			problems.add(problem);
		}
	}

}
