/**
 * Allocations: funding-service's step of the approval saga, committing approved budgets against funds, and the
 * allocations read by finance officers, auditors and applicants.
 */
@NullMarked
package org.scibureau.funding.allocation;

import org.jspecify.annotations.NullMarked;
