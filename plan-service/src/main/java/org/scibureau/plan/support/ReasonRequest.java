package org.scibureau.plan.support;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why someone took an action, e.g. why a plan was returned for revision or a project suspended.
 *
 * @param reason the explanation, kept in the history
 */
public record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
}
