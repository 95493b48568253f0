/**
 * Funds and their figures, plain Java.
 */
@NullMarked
package org.scibureau.funding.fund.domain;

import org.jspecify.annotations.NullMarked;
