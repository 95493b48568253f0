/**
 * What the aggregates of talent-service share: history entries and broken rules. Plain Java.
 */
@NullMarked
package org.scibureau.talent.lifecycle;

import org.jspecify.annotations.NullMarked;
