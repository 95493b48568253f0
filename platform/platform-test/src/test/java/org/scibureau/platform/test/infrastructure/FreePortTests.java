package org.scibureau.platform.test.infrastructure;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FreePortTests {

	@Test
	void neverHandsOutTheSamePortTwice() {
		Set<Integer> ports = new HashSet<>();
		for (int i = 0; i < 200; i++) {
			assertThat(ports.add(FreePort.find())).as("port %d is new", i).isTrue();
		}
	}

}
