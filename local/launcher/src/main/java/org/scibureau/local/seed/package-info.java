/**
 * Demo data for the local platform, created idempotently through the public API behind the gateway.
 */
@NullMarked
package org.scibureau.local.seed;

import org.jspecify.annotations.NullMarked;
