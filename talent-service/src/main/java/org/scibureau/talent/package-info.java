/**
 * talent-service: researchers and experts, foreign experts and work permits, talent programs, research integrity.
 */
@NullMarked
package org.scibureau.talent;

import org.jspecify.annotations.NullMarked;
