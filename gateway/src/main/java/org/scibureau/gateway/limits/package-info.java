/**
 * Limits on what the gateway accepts before forwarding.
 */
@NullMarked
package org.scibureau.gateway.limits;

import org.jspecify.annotations.NullMarked;
