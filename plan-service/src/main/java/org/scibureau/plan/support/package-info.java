/**
 * What plan-service's features share beyond the domain: history logs, references, problem mapping.
 */
@NullMarked
package org.scibureau.plan.support;

import org.jspecify.annotations.NullMarked;
