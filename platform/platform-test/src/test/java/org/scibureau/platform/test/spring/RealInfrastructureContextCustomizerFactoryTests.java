package org.scibureau.platform.test.spring;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.ContextCustomizer;

import static org.assertj.core.api.Assertions.assertThat;

class RealInfrastructureContextCustomizerFactoryTests {

	private final RealInfrastructureContextCustomizerFactory factory = new RealInfrastructureContextCustomizerFactory();

	@Test
	void customizesNothingWithoutTheAnnotation() {
		assertThat(factory.createContextCustomizer(NotAnnotated.class, List.of())).isNull();
	}

	@Test
	void customizesClassesThatInheritOrAreNestedInAnAnnotatedClass() {
		assertThat(factory.createContextCustomizer(InheritsPlan.class, List.of()))
			.isEqualTo(factory.createContextCustomizer(Plan.class, List.of()));
		assertThat(factory.createContextCustomizer(Plan.Inner.class, List.of()))
			.isEqualTo(factory.createContextCustomizer(Plan.class, List.of()));
	}

	@Test
	void makesCustomizersForTheSameDatabaseEqualSoThatContextsAreCached() {
		ContextCustomizer plan = factory.createContextCustomizer(Plan.class, List.of());
		ContextCustomizer otherPlan = factory.createContextCustomizer(OtherPlan.class, List.of());
		ContextCustomizer funding = factory.createContextCustomizer(Funding.class, List.of());

		assertThat(plan).isEqualTo(otherPlan).hasSameHashCodeAs(otherPlan).isNotEqualTo(funding);
	}

	static class NotAnnotated {

	}

	@RealInfrastructure(database = "plan")
	static class Plan {

		@Nested
		class Inner {

		}

	}

	@RealInfrastructure(database = "plan")
	static class OtherPlan {

	}

	static class InheritsPlan extends Plan {

	}

	@RealInfrastructure(database = "funding")
	static class Funding {

	}

}
