/**
 * Stands for a second service in the architecture rule tests.
 */
@NullMarked
package org.scibureau.fixturetwo;

import org.jspecify.annotations.NullMarked;
