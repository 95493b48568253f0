/**
 * Events published by plan-service: plans with their programs, calls for proposals.
 */
@NullMarked
package org.scibureau.platform.events.plan;

import org.jspecify.annotations.NullMarked;
