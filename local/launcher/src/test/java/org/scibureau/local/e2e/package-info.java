/**
 * End-to-end tests: the whole local platform, started through the launcher, driven through the gateway.
 */
@NullMarked
package org.scibureau.local.e2e;

import org.jspecify.annotations.NullMarked;
