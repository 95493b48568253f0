package org.scibureau.platform.testapp;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body that creates or renames a thing.
 *
 * @param name between 2 and 20 characters
 * @param size at least 1
 */
record ThingForm(@NotBlank @Size(min = 2, max = 20) String name, @NotNull @Min(1) Integer size) {
}
