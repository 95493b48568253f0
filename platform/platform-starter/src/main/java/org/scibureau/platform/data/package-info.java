/**
 * Data access conventions every service shares: keyset-paginated list queries.
 */
@NullMarked
package org.scibureau.platform.data;

import org.jspecify.annotations.NullMarked;
