package org.scibureau.plan.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why an officer took an action, e.g. why a plan was returned for revision.
 *
 * @param reason the explanation, kept in the history
 */
record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
}
