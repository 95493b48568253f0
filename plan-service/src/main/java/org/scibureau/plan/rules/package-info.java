/**
 * The figures plan-service applies, as rules with dated versions in platform-starter's rule book (DOMAIN.md, "Rules
 * as data"): the service's configuration only ships their first versions.
 */
@NullMarked
package org.scibureau.plan.rules;

import org.jspecify.annotations.NullMarked;
