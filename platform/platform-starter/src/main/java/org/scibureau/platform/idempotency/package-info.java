/**
 * Idempotency keys for creating POSTs: a retried request gets the first response, not a second resource.
 */
@NullMarked
package org.scibureau.platform.idempotency;

import org.jspecify.annotations.NullMarked;
