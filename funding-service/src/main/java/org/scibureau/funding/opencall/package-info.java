/**
 * The calls for proposals that are open, learned from plan-service's call events.
 */
@NullMarked
package org.scibureau.funding.opencall;

import org.jspecify.annotations.NullMarked;
