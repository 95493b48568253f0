/**
 * The local platform's PostgreSQL server and Kafka broker, with persistent data in the platform's home.
 */
@NullMarked
package org.scibureau.local.infrastructure;

import org.jspecify.annotations.NullMarked;
