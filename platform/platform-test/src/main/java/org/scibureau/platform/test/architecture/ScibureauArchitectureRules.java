package org.scibureau.platform.test.architecture;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.jspecify.annotations.Nullable;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The architecture rules every scibureau module checks.
 * <p>
 * Each service runs all of them with
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "org.scibureau.plan")
 * class ArchitectureTests {
 *     @ArchTest
 *     static final ArchTests rules = ArchTests.in(ScibureauArchitectureRules.class);
 * }
 * }</pre>
 *
 * Every rule passes on a module that has nothing it speaks about (no {@code domain} package, for example). The
 * fields carry {@link ArchTest} because {@code ArchTests.in} only collects annotated members.
 */
public final class ScibureauArchitectureRules {

	private static final Pattern TOP_LEVEL = Pattern.compile("org\\.scibureau\\.([^.]+)(\\..*)?");

	/**
	 * Code of one service (the package below {@code org.scibureau}) depends on no other service's code; everyone may
	 * depend on {@code org.scibureau.platform}, and the platform on no service.
	 * <p>
	 * Unlike a slices rule, this also catches a dependency on a class of another service that the test did not
	 * import, which is the usual case when a test analyses its own service only.
	 */
	@ArchTest
	public static final ArchRule servicesAreIndependent = classes().that()
		.resideInAPackage("org.scibureau..")
		.should(dependOnNoOtherService())
		.allowEmptyShould(true)
		.as("services should not depend on each other, only on org.scibureau.platform");

	/**
	 * Domain code ({@code ..domain..}) is plain Java: no Spring, Reactor, R2DBC, Jackson or Kafka.
	 */
	@ArchTest
	public static final ArchRule domainIsPlainJava = noClasses().that()
		.resideInAPackage("..domain..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "reactor..", "io.r2dbc..", "tools.jackson..",
				"com.fasterxml.jackson..", "org.apache.kafka..")
		.allowEmptyShould(true)
		.as("domain code should be plain Java");

	/**
	 * No Lombok. Most Lombok annotations leave no trace in bytecode; this catches those that do and Lombok's runtime
	 * types (the build should also keep Lombok off the class path).
	 */
	@ArchTest
	public static final ArchRule noLombok = noClasses().should()
		.dependOnClassesThat()
		.resideInAPackage("lombok..")
		.allowEmptyShould(true)
		.as("no code should use Lombok");

	/**
	 * No code blocks on a Reactor publisher ({@code Mono.block*}, {@code Flux.block*}); tests included, when the
	 * analysed classes include them, since tests use {@code StepVerifier} instead.
	 */
	@ArchTest
	public static final ArchRule noBlockingCalls = noClasses().should()
		.callMethodWhere(blockingReactorCall())
		.allowEmptyShould(true)
		.as("no code should call Mono.block*() or Flux.block*()");

	private ScibureauArchitectureRules() {
	}

	private static ArchCondition<JavaClass> dependOnNoOtherService() {
		return new ArchCondition<>("depend on no other service") {
			@Override
			public void check(JavaClass origin, ConditionEvents events) {
				String originService = topLevelPackage(origin.getPackageName());
				for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
					String targetService = topLevelPackage(dependency.getTargetClass().getPackageName());
					if (targetService != null && !targetService.equals(originService)
							&& !"platform".equals(targetService)) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}
		};
	}

	private static @Nullable String topLevelPackage(String packageName) {
		Matcher matcher = TOP_LEVEL.matcher(packageName);
		return matcher.matches() ? matcher.group(1) : null;
	}

	private static DescribedPredicate<JavaMethodCall> blockingReactorCall() {
		return DescribedPredicate.describe("Mono.block*() or Flux.block*()",
				(call) -> call.getName().startsWith("block") && isReactorPublisher(call.getTargetOwner()));
	}

	private static boolean isReactorPublisher(JavaClass owner) {
		return owner.isAssignableTo("reactor.core.publisher.Mono")
				|| owner.isAssignableTo("reactor.core.publisher.Flux");
	}

}
