/**
 * Researchers' integrity sanctions, as a read model of talent-service's events.
 */
@NullMarked
package org.scibureau.funding.sanction;

import org.jspecify.annotations.NullMarked;
