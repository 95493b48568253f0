/**
 * The published event contract of the platform: event records, their CloudEvents types, topics and schemas.
 */
@NullMarked
package org.scibureau.platform.events;

import org.jspecify.annotations.NullMarked;
