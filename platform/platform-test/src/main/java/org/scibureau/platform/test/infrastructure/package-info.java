/**
 * One real PostgreSQL and one real Kafka broker per JVM (containers or embedded), plus the reusable process starters.
 */
@NullMarked
package org.scibureau.platform.test.infrastructure;

import org.jspecify.annotations.NullMarked;
