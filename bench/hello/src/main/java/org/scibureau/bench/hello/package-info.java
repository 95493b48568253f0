/**
 * The bench's bare WebFlux application, the reference for the services' memory.
 */
@NullMarked
package org.scibureau.bench.hello;

import org.jspecify.annotations.NullMarked;
