/**
 * Token checks at the gateway (defence in depth; services check again and decide on roles), CORS and security
 * headers.
 */
@NullMarked
package org.scibureau.gateway.security;

import org.jspecify.annotations.NullMarked;
