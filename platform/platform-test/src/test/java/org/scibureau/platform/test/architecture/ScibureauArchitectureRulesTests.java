package org.scibureau.platform.test.architecture;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.scibureau.fixtureone.BlocksOnMono;
import org.scibureau.fixtureone.ComposesMono;
import org.scibureau.fixtureone.UsesOtherService;
import org.scibureau.fixtureone.UsesPlatform;
import org.scibureau.fixtureone.domain.PlainRecord;
import org.scibureau.fixtureone.domain.UsesKafka;
import org.scibureau.fixtureone.domain.UsesSpring;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static org.assertj.core.api.Assertions.assertThat;

class ScibureauArchitectureRulesTests {

	// Imported once: resolving the fixtures' dependencies from the class path is the slow part.
	private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages("org.scibureau.fixtureone",
			"org.scibureau.fixturetwo");

	@Test
	void flagsADependencyOnAnotherServiceEvenIfThatServiceIsNotImported() {
		EvaluationResult result = evaluate(ScibureauArchitectureRules.servicesAreIndependent, UsesOtherService.class);

		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().toString()).contains("org.scibureau.fixturetwo.OtherServiceType");
	}

	@Test
	void allowsDependenciesOnThePlatform() {
		EvaluationResult result = evaluate(ScibureauArchitectureRules.servicesAreIndependent, UsesPlatform.class);

		assertThat(result.hasViolation()).isFalse();
	}

	@Test
	void flagsSpringAndKafkaInDomainCode() {
		EvaluationResult result = evaluate(ScibureauArchitectureRules.domainIsPlainJava, UsesSpring.class,
				UsesKafka.class, PlainRecord.class);

		assertThat(result.getFailureReport().getDetails()).anyMatch((line) -> line.contains("UsesSpring"))
			.anyMatch((line) -> line.contains("UsesKafka"))
			.noneMatch((line) -> line.contains("PlainRecord"));
	}

	@Test
	void passesAModuleWithoutADomainPackage() {
		EvaluationResult result = evaluate(ScibureauArchitectureRules.domainIsPlainJava, UsesPlatform.class);

		assertThat(result.hasViolation()).isFalse();
	}

	@Test
	void flagsBlockingOnMonoAndFlux() {
		EvaluationResult result = evaluate(ScibureauArchitectureRules.noBlockingCalls, BlocksOnMono.class,
				ComposesMono.class);

		assertThat(result.getFailureReport().getDetails()).hasSize(2)
			.anyMatch((line) -> line.contains("Mono.block()"))
			.anyMatch((line) -> line.contains("Flux.blockFirst()"));
	}

	@Test
	void passesCodeThatComposesInsteadOfBlocking() {
		EvaluationResult result = evaluate(ScibureauArchitectureRules.noBlockingCalls, ComposesMono.class);

		assertThat(result.hasViolation()).isFalse();
	}

	@Test
	void passesCodeWithoutLombok() {
		EvaluationResult result = evaluate(ScibureauArchitectureRules.noLombok, UsesPlatform.class, PlainRecord.class);

		assertThat(result.hasViolation()).isFalse();
	}

	private static EvaluationResult evaluate(ArchRule rule, Class<?>... classes) {
		Set<String> names = Arrays.stream(classes).map(Class::getName).collect(Collectors.toSet());
		return rule.evaluate(FIXTURES.that(describe("one of " + names, (type) -> names.contains(type.getName()))));
	}

}
