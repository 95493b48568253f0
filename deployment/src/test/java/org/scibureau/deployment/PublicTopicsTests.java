package org.scibureau.deployment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublicTopicsTests {

	@Test
	void findsTheTopicConstantsOfPlatformEvents() {
		assertThat(PublicTopics.of(Repository.locate())).contains("scibureau.plan.plan.v1", "scibureau.plan.call.v1");
	}

	@Test
	void takesOnlyTopicNameConstants() {
		String source = """
				final class FundingTopics {
					public static final String ALLOCATION = "scibureau.funding.allocation.v1";
					static final String INTERNAL = "scibureau-internal.funding.retry";
					public static final String DEAD_LETTER_SUFFIX = ".dlt";
					String notConstant = "scibureau.funding.contract.v1";
				}
				""";

		assertThat(PublicTopics.in(source)).containsExactly("scibureau.funding.allocation.v1");
	}

}
