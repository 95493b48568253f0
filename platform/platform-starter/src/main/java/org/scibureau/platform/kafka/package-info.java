/**
 * Kafka plumbing shared by the outbox relay and the inbox: the event producer, topics, broker health.
 */
@NullMarked
package org.scibureau.platform.kafka;

import org.jspecify.annotations.NullMarked;
