/**
 * What plan-service's features share beyond the domain: history logs, visibility, problem mapping.
 */
@NullMarked
package org.scibureau.plan.support;

import org.jspecify.annotations.NullMarked;
