package org.scibureau.fixtureone;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Breaks {@code noBlockingCalls}, deliberately: it is the negative example the rule's test needs. Never called.
 */
public class BlocksOnMono {

	Integer mono() {
		return Mono.just(1).block();
	}

	Integer flux() {
		return Flux.just(1).blockFirst();
	}

}
