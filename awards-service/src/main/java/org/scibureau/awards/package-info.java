/**
 * awards-service: S&amp;T awards: nominations, review, public notice and objections, decisions.
 */
@NullMarked
package org.scibureau.awards;

import org.jspecify.annotations.NullMarked;
