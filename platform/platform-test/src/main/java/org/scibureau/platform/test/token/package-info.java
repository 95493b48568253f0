/**
 * Signed test JWTs and the in-process JWKS endpoint that verifies them.
 */
@NullMarked
package org.scibureau.platform.test.token;

import org.jspecify.annotations.NullMarked;
