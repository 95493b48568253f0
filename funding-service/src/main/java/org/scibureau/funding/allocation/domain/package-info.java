/**
 * Tranches and the rules of paying them out, plain Java.
 */
@NullMarked
package org.scibureau.funding.allocation.domain;

import org.jspecify.annotations.NullMarked;
