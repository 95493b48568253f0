/**
 * The talent pool: researchers, and the review profiles of those who are experts (an expert is a researcher).
 */
@NullMarked
package org.scibureau.talent.researcher;

import org.jspecify.annotations.NullMarked;
