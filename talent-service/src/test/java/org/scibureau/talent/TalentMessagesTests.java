package org.scibureau.talent;

import org.junit.jupiter.api.Test;

import org.scibureau.platform.test.messages.ServiceMessages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule violation talent-service reports has a message in English and in Chinese, and the two bundles agree.
 */
class TalentMessagesTests {

	@Test
	void everyRuleViolationHasAMessageInBothLanguages() {
		assertThat(ServiceMessages.assertComplete()).contains("invalid-orcid-shape", "invalid-orcid-check-character");
	}

}
