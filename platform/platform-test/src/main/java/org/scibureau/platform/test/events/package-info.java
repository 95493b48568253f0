/**
 * Event assertions: reading records from Kafka topics and validating bodies against the published JSON Schemas.
 */
@NullMarked
package org.scibureau.platform.test.events;

import org.jspecify.annotations.NullMarked;
