/**
 * ArchUnit rules every service checks in its {@code ArchitectureTests}.
 */
@NullMarked
package org.scibureau.platform.test.architecture;

import org.jspecify.annotations.NullMarked;
