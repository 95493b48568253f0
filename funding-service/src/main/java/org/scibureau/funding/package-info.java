/**
 * funding-service: funds, allocation to approved projects, tranches, freezes, final accounts.
 */
@NullMarked
package org.scibureau.funding;

import org.jspecify.annotations.NullMarked;
