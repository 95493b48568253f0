package org.scibureau.fixtureone;

import reactor.core.publisher.Mono;

/**
 * Keeps {@code noBlockingCalls}.
 */
public class ComposesMono {

	Mono<Integer> twice(Mono<Integer> value) {
		return value.map((number) -> number * 2);
	}

}
