/**
 * Periodic work that keeps its state in the database and shares it between instances.
 */
@NullMarked
package org.scibureau.platform.scheduling;

import org.jspecify.annotations.NullMarked;
