/**
 * Calls for proposals under the programs of published plans.
 */
@NullMarked
package org.scibureau.plan.call;

import org.jspecify.annotations.NullMarked;
