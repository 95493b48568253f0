/**
 * Checks of the services' message bundles.
 */
@NullMarked
package org.scibureau.platform.test.messages;

import org.jspecify.annotations.NullMarked;
