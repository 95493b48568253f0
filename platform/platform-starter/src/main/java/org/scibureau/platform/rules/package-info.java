/**
 * Rules as data: the periods, shares and quotas officials apply, stored as dated versions so that a decree changes
 * them from its effective date without a release, and the figure that applied on any past day stays on record.
 */
@NullMarked
package org.scibureau.platform.rules;

import org.jspecify.annotations.NullMarked;
