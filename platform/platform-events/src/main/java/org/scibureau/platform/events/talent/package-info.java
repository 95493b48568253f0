/**
 * Events published by talent-service: researchers, experts and research-integrity sanctions.
 */
@NullMarked
package org.scibureau.platform.events.talent;

import org.jspecify.annotations.NullMarked;
