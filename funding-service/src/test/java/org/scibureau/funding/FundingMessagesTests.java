package org.scibureau.funding;

import org.junit.jupiter.api.Test;

import org.scibureau.platform.test.messages.ServiceMessages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule violation funding-service reports has a message in English and in Chinese, and the two bundles agree.
 */
class FundingMessagesTests {

	@Test
	void everyRuleViolationHasAMessageInBothLanguages() {
		assertThat(ServiceMessages.assertComplete()).contains("below-commitments", "program-funded-elsewhere");
	}

}
