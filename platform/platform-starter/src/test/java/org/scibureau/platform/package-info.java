/**
 * Tests of the platform starter: its parts against a test application on real PostgreSQL and Kafka, and its rules.
 */
@NullMarked
package org.scibureau.platform;

import org.jspecify.annotations.NullMarked;
