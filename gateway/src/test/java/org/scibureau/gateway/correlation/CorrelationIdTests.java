package org.scibureau.gateway.correlation;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationIdTests {

	@ParameterizedTest
	@ValueSource(strings = { "abc", "caller-42.a:b_C", "0123456789012345678901234567890123456789012345678901234567890123" })
	void acceptsASafeId(String offered) {
		String accepted = CorrelationId.acceptOrGenerate(offered);

		assertThat(accepted).isEqualTo(offered);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "two words", "line\r\nX-Injected: 1", "<script>", "ä", "01234567890123456789012345678901234567890123456789012345678901234" })
	void replacesAnUnsafeOrMissingIdWithARandomUuid(String offered) {
		String accepted = CorrelationId.acceptOrGenerate(offered);

		assertThat(accepted).isNotEqualTo(offered);
		assertThat(UUID.fromString(accepted)).hasToString(accepted);
	}

	@Test
	void createsADifferentIdEachTime() {
		String first = CorrelationId.acceptOrGenerate(null);

		String second = CorrelationId.acceptOrGenerate(null);

		assertThat(first).isNotEqualTo(second);
	}

}
