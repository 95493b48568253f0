/**
 * Funding statistics for department dashboards: by fiscal year, program, source and jurisdiction.
 */
@NullMarked
package org.scibureau.funding.statistics;

import org.jspecify.annotations.NullMarked;
