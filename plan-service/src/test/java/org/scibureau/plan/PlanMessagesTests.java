package org.scibureau.plan;

import org.junit.jupiter.api.Test;

import org.scibureau.platform.test.messages.ServiceMessages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule violation plan-service reports has a message in English and in Chinese, and the two bundles agree.
 */
class PlanMessagesTests {

	@Test
	void everyRuleViolationHasAMessageInBothLanguages() {
		assertThat(ServiceMessages.assertComplete()).contains("period-reversed", "unknown-program",
				"midterm-check-too-early");
	}

}
