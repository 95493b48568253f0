/**
 * The API gateway: one entry point that routes {@code /api/<service>/**} to the five services unchanged.
 */
@NullMarked
package org.scibureau.gateway;

import org.jspecify.annotations.NullMarked;
