/**
 * The plan aggregate, its programs and targets, and the rules a plan obeys; plain Java.
 */
@NullMarked
package org.scibureau.plan.plan.domain;

import org.jspecify.annotations.NullMarked;
