/**
 * What talent-service's features share beyond the domain: history logs, references, problem mapping.
 */
@NullMarked
package org.scibureau.talent.support;

import org.jspecify.annotations.NullMarked;
