/**
 * Database migrations of the platform's own tables (outbox, inbox, idempotency keys).
 */
@NullMarked
package org.scibureau.platform.migration;

import org.jspecify.annotations.NullMarked;
