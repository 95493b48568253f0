/**
 * Figures for the bureau's dashboards: applications, approval rate and amounts, grouped as leadership asks.
 */
@NullMarked
package org.scibureau.plan.statistics;

import org.jspecify.annotations.NullMarked;
