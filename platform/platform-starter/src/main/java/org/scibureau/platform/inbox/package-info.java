/**
 * Inbox: consumed events applied exactly once per consumer, retried with backoff, dead-lettered when hopeless.
 */
@NullMarked
package org.scibureau.platform.inbox;

import org.jspecify.annotations.NullMarked;
