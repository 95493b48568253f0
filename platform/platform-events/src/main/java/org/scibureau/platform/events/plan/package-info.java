/**
 * Events published by plan-service: plans with their programs, the organisation registry, calls for proposals and
 * projects.
 */
@NullMarked
package org.scibureau.platform.events.plan;

import org.jspecify.annotations.NullMarked;
