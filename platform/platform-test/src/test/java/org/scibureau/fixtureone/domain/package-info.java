/**
 * Stands for a service's domain package in the architecture rule tests.
 */
@NullMarked
package org.scibureau.fixtureone.domain;

import org.jspecify.annotations.NullMarked;
