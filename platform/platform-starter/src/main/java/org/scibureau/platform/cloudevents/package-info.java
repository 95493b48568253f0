/**
 * CloudEvents 1.0 binary-mode mapping between published events and Kafka records.
 */
@NullMarked
package org.scibureau.platform.cloudevents;

import org.jspecify.annotations.NullMarked;
