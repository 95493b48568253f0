/**
 * Audit records: one per state-changing request, written in the transaction of the change it made, or just after
 * the answer when it made none (refused, failed), and read by auditors (ADR 0018).
 */
@NullMarked
package org.scibureau.platform.audit;

import org.jspecify.annotations.NullMarked;
