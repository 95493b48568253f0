/**
 * Transactional outbox: events written with the state change that caused them, relayed to Kafka in order.
 */
@NullMarked
package org.scibureau.platform.outbox;

import org.jspecify.annotations.NullMarked;
