package org.scibureau.bench;

import java.util.Map;

/**
 * The machine and versions a run measured on, recorded in every report.
 *
 * @param cores available processors
 * @param memoryBytes physical memory
 * @param cpu the processor model
 * @param os the operating system and kernel
 * @param jdk the JDK of the bench and of the JVMs it starts
 * @param commit the repository's commit
 * @param versions versions of what ran: Spring Boot, PostgreSQL, Kafka, nginx, hey…
 */
public record Machine(int cores, long memoryBytes, String cpu, String os, String jdk, String commit,
		Map<String, String> versions) {

	public Machine {
		versions = Map.copyOf(versions);
	}

}
