/**
 * A minimal service built on the starter, for the starter's own integration tests.
 */
@NullMarked
package org.scibureau.platform.testapp;

import org.jspecify.annotations.NullMarked;
