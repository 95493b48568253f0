/**
 * The programs of plan-service's published plans, as a read model fed by its events.
 */
@NullMarked
package org.scibureau.funding.program;

import org.jspecify.annotations.NullMarked;
