/**
 * Final accounts: each fund's figures for its fiscal year, closed once the year is over and fixed from then on.
 */
@NullMarked
package org.scibureau.funding.account;

import org.jspecify.annotations.NullMarked;
