/**
 * Researchers' integrity sanctions, as a read model fed by talent-service's events.
 */
@NullMarked
package org.scibureau.funding.sanction;

import org.jspecify.annotations.NullMarked;
