/**
 * Researchers, their ORCID iDs, and the review profiles of those who are experts; plain Java.
 */
@NullMarked
package org.scibureau.talent.researcher.domain;

import org.jspecify.annotations.NullMarked;
