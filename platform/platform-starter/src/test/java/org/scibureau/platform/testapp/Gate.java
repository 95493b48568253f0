package org.scibureau.platform.testapp;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Holds requests of the slow endpoint until a test opens their gate, so a test can act while one is in progress.
 */
@Component
public class Gate {

	private final Map<String, Sinks.Empty<Void>> gates = new ConcurrentHashMap<>();

	private final Set<String> waiting = ConcurrentHashMap.newKeySet();

	/** Completes once the gate of this name is open. */
	Mono<Void> pass(String name) {
		return gate(name).asMono().doOnSubscribe((subscription) -> this.waiting.add(name));
	}

	/** Whether a request waits at the gate of this name. */
	public boolean isWaiting(String name) {
		return this.waiting.contains(name);
	}

	/** Lets every request waiting at the gate of this name, and every later one, through. */
	public void open(String name) {
		gate(name).tryEmitEmpty();
	}

	private Sinks.Empty<Void> gate(String name) {
		return this.gates.computeIfAbsent(name, (key) -> Sinks.empty());
	}

}
