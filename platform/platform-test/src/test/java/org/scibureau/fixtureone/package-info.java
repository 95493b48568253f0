/**
 * Stands for a service in the architecture rule tests: each class breaks or keeps one rule.
 */
@NullMarked
package org.scibureau.fixtureone;

import org.jspecify.annotations.NullMarked;
