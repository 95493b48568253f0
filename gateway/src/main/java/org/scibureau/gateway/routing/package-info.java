/**
 * Routing to the services (the routes themselves are YAML in {@code application.yml}) and the circuit breakers'
 * fallback.
 */
@NullMarked
package org.scibureau.gateway.routing;

import org.jspecify.annotations.NullMarked;
