/**
 * Plans: the medium/long-term and annual S\&T plans of a jurisdiction, with their programs.
 */
@NullMarked
package org.scibureau.plan.plan;

import org.jspecify.annotations.NullMarked;
