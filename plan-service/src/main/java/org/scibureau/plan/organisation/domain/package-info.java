/**
 * Organisations and their unified social credit codes; plain Java.
 */
@NullMarked
package org.scibureau.plan.organisation.domain;

import org.jspecify.annotations.NullMarked;
