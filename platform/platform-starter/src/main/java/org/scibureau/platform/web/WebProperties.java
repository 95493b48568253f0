package org.scibureau.platform.web;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * HTTP settings shared by every service.
 *
 * @param maxRequestSize the largest request body accepted (413 above it); endpoints with larger uploads set
 * their own limits
 */
@ConfigurationProperties("scibureau.web")
@Validated
public record WebProperties(@DefaultValue("1MB") @NotNull DataSize maxRequestSize) {
}
