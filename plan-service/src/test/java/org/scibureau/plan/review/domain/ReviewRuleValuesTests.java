package org.scibureau.plan.review.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReviewRuleValuesTests {

	@Test
	void acceptsALookbackOfNoneToThirtyYears() {
		assertThat(new CollaborationLookback(0).years()).isZero();
		assertThat(new CollaborationLookback(CollaborationLookback.MAX_YEARS).years()).isEqualTo(30);
		assertThatIllegalArgumentException().isThrownBy(() -> new CollaborationLookback(-1));
		assertThatIllegalArgumentException().isThrownBy(() -> new CollaborationLookback(31));
	}

	@Test
	void trimsOnlyWhereAScoreRemains() {
		assertThat(new OutlierTrimming(3).fromScores()).isEqualTo(3);
		assertThatIllegalArgumentException().isThrownBy(() -> new OutlierTrimming(2));
	}

}
