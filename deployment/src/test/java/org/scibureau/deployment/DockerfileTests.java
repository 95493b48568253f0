package org.scibureau.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The root Dockerfile builds any app with the Maven wrapper on a Temurin 25 JDK and runs it on a Temurin 25 JRE as a
 * fixed non-root user.
 */
class DockerfileTests {

	private static final Repository REPOSITORY = Repository.locate();

	private static final String DOCKERFILE = REPOSITORY.read("Dockerfile");

	private static final Pattern FROM = Pattern.compile("^FROM\\s+(\\S+)(\\s+AS\\s+(\\S+))?\\s*$",
			Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);

	private static final Pattern USER = Pattern.compile("^USER\\s+(\\S+)\\s*$", Pattern.MULTILINE);

	@Test
	void buildsOnTheTemurin25JdkAndRunsOnTheTemurin25Jre() {
		List<String> images = new ArrayList<>();
		Matcher matcher = FROM.matcher(DOCKERFILE);
		while (matcher.find()) {
			images.add(matcher.group(1));
		}

		assertThat(images).first().asString().matches("eclipse-temurin:25\\.[0-9.]+_[0-9]+-jdk-\\w+");
		assertThat(images).last().asString().matches("eclipse-temurin:25\\.[0-9.]+_[0-9]+-jre-\\w+");
		images.stream().filter((image) -> image.contains(":") || image.contains("/"))
			.forEach((image) -> assertThat(KubernetesRules.pinned("FROM", image)).isEmpty());
	}

	@Test
	void buildsTheModuleNamedByItsBuildArgumentWithTheWrapper() {
		assertThat(DOCKERFILE).contains("ARG MODULE").contains("./mvnw -B").contains("${MODULE}/target")
			.contains("extract --layers --launcher");
	}

	@Test
	void runsAsAFixedNonRootUser() {
		List<String> users = new ArrayList<>();
		Matcher matcher = USER.matcher(DOCKERFILE);
		while (matcher.find()) {
			users.add(matcher.group(1));
		}

		assertThat(users).isNotEmpty();
		assertThat(users.get(users.size() - 1)).matches("[1-9][0-9]*:[1-9][0-9]*");
		String uid = users.get(users.size() - 1).split(":")[0];
		Manifests manifests = Manifests.render(REPOSITORY, "base");
		assertThat(manifests.ofKind("Deployment"))
			.filteredOn((deployment) -> KubernetesRules.workload(deployment).isPresent())
			.hasSize(Workload.values().length)
			.allSatisfy((deployment) -> assertThat(deployment.string("spec", "template", "spec", "securityContext",
					"runAsUser")).isEqualTo(uid));
	}

	@Test
	void installsTheHealthcheckComposeRuns() {
		assertThat(DOCKERFILE).contains("COPY --chmod=0755 deploy/docker/healthcheck.sh /usr/local/bin/healthcheck");
		assertThat(REPOSITORY.resolve("deploy/docker/healthcheck.sh")).isExecutable();
	}

	@Test
	void keepsBuildOutputAndSecretsOutOfTheBuildContext() {
		assertThat(REPOSITORY.read(".dockerignore").lines()).contains("**/target", ".env", ".git");
	}

}
