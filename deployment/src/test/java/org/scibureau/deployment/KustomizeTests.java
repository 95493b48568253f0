package org.scibureau.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class KustomizeTests {

	private static final String HEADER = "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n";

	private static final String DEPLOYMENT = """
			apiVersion: apps/v1
			kind: Deployment
			metadata:
			  name: app
			spec:
			  template:
			    spec:
			      containers:
			        - name: app
			          image: example/app:1.0
			          env:
			            - name: A
			              value: "1"
			        - name: sidecar
			          image: example/sidecar:2.0
			""";

	@TempDir
	Path dir;

	@Test
	void rendersFilesAndNestedKustomizationsIntoTheNamespace() throws IOException {
		write("base/app/kustomization.yaml", HEADER + "resources:\n  - deployment.yaml\n");
		write("base/app/deployment.yaml", DEPLOYMENT);
		write("base/namespace.yaml", "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: demo\n");
		write("base/kustomization.yaml", HEADER + "namespace: demo\nresources:\n  - namespace.yaml\n  - app\n");

		Manifests manifests = Manifests.of(Kustomize.render(this.dir.resolve("base")));

		assertThat(manifests.get("Deployment", "app").string("metadata", "namespace")).isEqualTo("demo");
		assertThat(manifests.get("Namespace", "demo").path("metadata", "namespace").isMissing()).isTrue();
	}

	@Test
	void mergesNamedListsOfBuiltInKindsByName() throws IOException {
		write("kustomization.yaml", HEADER + "resources:\n  - deployment.yaml\npatches:\n  - path: patch.yaml\n");
		write("deployment.yaml", DEPLOYMENT);
		write("patch.yaml", """
				apiVersion: apps/v1
				kind: Deployment
				metadata:
				  name: app
				spec:
				  template:
				    spec:
				      containers:
				        - name: app
				          env:
				            - name: B
				              value: "2"
				""");

		Tree deployment = Manifests.of(Kustomize.render(this.dir)).get("Deployment", "app");

		List<Tree> containers = deployment.path("spec", "template", "spec", "containers").items();
		assertThat(containers).extracting((container) -> container.string("name")).containsExactly("app", "sidecar");
		assertThat(containers.get(0).get("env").items()).extracting((env) -> env.string("name"))
			.containsExactly("A", "B");
		assertThat(containers.get(0).string("image")).isEqualTo("example/app:1.0");
	}

	@Test
	void replacesListsOfCustomResources() throws IOException {
		write("kustomization.yaml", HEADER + "resources:\n  - kafka.yaml\npatches:\n  - path: patch.yaml\n");
		write("kafka.yaml", """
				apiVersion: kafka.strimzi.io/v1
				kind: Kafka
				metadata:
				  name: k
				spec:
				  kafka:
				    listeners:
				      - name: plain
				        port: 9092
				      - name: tls
				        port: 9093
				""");
		write("patch.yaml", """
				apiVersion: kafka.strimzi.io/v1
				kind: Kafka
				metadata:
				  name: k
				spec:
				  kafka:
				    listeners:
				      - name: plain
				        port: 9094
				""");

		Tree kafka = Manifests.of(Kustomize.render(this.dir)).get("Kafka", "k");

		assertThat(kafka.path("spec", "kafka", "listeners").items()).singleElement()
			.satisfies((listener) -> assertThat(listener.string("port")).isEqualTo("9094"));
	}

	@Test
	void appliesJsonPatchesToEveryTarget() throws IOException {
		write("kustomization.yaml", HEADER + """
				resources:
				  - hpa.yaml
				patches:
				  - target:
				      kind: HorizontalPodAutoscaler
				    patch: |-
				      - op: replace
				        path: /spec/minReplicas
				        value: 2
				      - op: add
				        path: /spec/metrics/-
				        value: {type: Pods}
				""");
		write("hpa.yaml", hpa("a") + "---\n" + hpa("b"));

		Manifests manifests = Manifests.of(Kustomize.render(this.dir));

		for (String name : List.of("a", "b")) {
			Tree spec = manifests.get("HorizontalPodAutoscaler", name).get("spec");
			assertThat(spec.string("minReplicas")).isEqualTo("2");
			assertThat(spec.get("metrics").items()).hasSize(2);
		}
	}

	@Test
	void setsImageTagsByName() throws IOException {
		write("kustomization.yaml", HEADER + "resources:\n  - deployment.yaml\nimages:\n  - name: example/app\n"
				+ "    newTag: \"1.1\"\n");
		write("deployment.yaml", DEPLOYMENT);

		Tree deployment = Manifests.of(Kustomize.render(this.dir)).get("Deployment", "app");

		assertThat(Kustomize.containers(deployment)).extracting((container) -> container.string("image"))
			.containsExactly("example/app:1.1", "example/sidecar:2.0");
	}

	@Test
	void rejectsFieldsItDoesNotRender() throws IOException {
		write("kustomization.yaml", HEADER + "resources:\n  - deployment.yaml\ncommonLabels:\n  team: a\n");
		write("deployment.yaml", DEPLOYMENT);

		assertThatIllegalArgumentException().isThrownBy(() -> Kustomize.render(this.dir))
			.withMessageContaining("Unsupported field 'commonLabels'");
	}

	@Test
	void rejectsMissingResource() throws IOException {
		write("kustomization.yaml", HEADER + "resources:\n  - deployment.yaml\n  - missing.yaml\n");
		write("deployment.yaml", DEPLOYMENT);

		assertThatIllegalArgumentException().isThrownBy(() -> Kustomize.render(this.dir))
			.withMessageContaining("missing.yaml");
	}

	@Test
	void rejectsPatchThatMatchesNothing() throws IOException {
		write("kustomization.yaml", HEADER + """
				resources:
				  - deployment.yaml
				patches:
				  - target:
				      kind: Deployment
				      name: typo
				    patch: |-
				      - op: replace
				        path: /spec/replicas
				        value: 2
				""");
		write("deployment.yaml", DEPLOYMENT);

		assertThatIllegalArgumentException().isThrownBy(() -> Kustomize.render(this.dir))
			.withMessageContaining("matches no resource");
	}

	@Test
	void rejectsJsonPatchOfMissingPath() throws IOException {
		write("kustomization.yaml", HEADER + """
				resources:
				  - deployment.yaml
				patches:
				  - target:
				      kind: Deployment
				    patch: |-
				      - op: remove
				        path: /spec/replicas
				""");
		write("deployment.yaml", DEPLOYMENT);

		assertThatIllegalArgumentException().isThrownBy(() -> Kustomize.render(this.dir))
			.withMessageContaining("Nothing to remove");
	}

	@Test
	void rejectsStrategicMergeDirectives() throws IOException {
		write("kustomization.yaml", HEADER + "resources:\n  - deployment.yaml\npatches:\n  - path: patch.yaml\n");
		write("deployment.yaml", DEPLOYMENT);
		write("patch.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\n$patch: delete\n");

		assertThatIllegalArgumentException().isThrownBy(() -> Kustomize.render(this.dir))
			.withMessageContaining("$patch");
	}

	@Test
	void rejectsTheSameResourceTwice() throws IOException {
		write("kustomization.yaml", HEADER + "resources:\n  - deployment.yaml\n  - again.yaml\n");
		write("deployment.yaml", DEPLOYMENT);
		write("again.yaml", DEPLOYMENT);

		assertThatIllegalArgumentException().isThrownBy(() -> Kustomize.render(this.dir))
			.withMessageContaining("appears twice");
	}

	@Test
	void rendersCopiesThatChangeIndependently() throws IOException {
		write("kustomization.yaml", HEADER + "resources:\n  - deployment.yaml\n");
		write("deployment.yaml", DEPLOYMENT);
		Manifests manifests = Manifests.of(Kustomize.render(this.dir));

		Manifests copy = manifests.copy();
		copy.get("Deployment", "app").get("metadata").map().put("name", "changed");

		assertThat(manifests.find("Deployment", "app")).isPresent();
		assertThat(copy.find("Deployment", "changed")).isPresent();
	}

	private static String hpa(String name) {
		return """
				apiVersion: autoscaling/v2
				kind: HorizontalPodAutoscaler
				metadata:
				  name: %s
				spec:
				  minReplicas: 1
				  metrics:
				    - type: Resource
				""".formatted(name);
	}

	private void write(String relative, String content) throws IOException {
		Path file = this.dir.resolve(relative);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
	}

}
