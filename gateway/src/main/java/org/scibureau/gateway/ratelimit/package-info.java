/**
 * Request rate limits per client at the gateway: token buckets, in memory or shared through Redis, and the filter
 * that answers 429 with {@code Retry-After}.
 */
@NullMarked
package org.scibureau.gateway.ratelimit;

import org.jspecify.annotations.NullMarked;
