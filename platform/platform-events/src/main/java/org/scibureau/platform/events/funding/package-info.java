/**
 * Events published by funding-service: the outcome of each allocation request.
 */
@NullMarked
package org.scibureau.platform.events.funding;

import org.jspecify.annotations.NullMarked;
