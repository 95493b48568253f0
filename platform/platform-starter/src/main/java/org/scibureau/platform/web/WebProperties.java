package org.scibureau.platform.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * HTTP settings shared by every service.
 *
 * @param maxRequestSize the largest request body accepted (413 above it) on every path but the upload paths
 * @param uploadPaths the paths that accept a larger body, such as a document upload, each with its own limit; the
 * first whose pattern matches a request's path applies
 */
@ConfigurationProperties("scibureau.web")
@Validated
public record WebProperties(@DefaultValue("1MB") @NotNull DataSize maxRequestSize,
		@DefaultValue @NotNull List<@Valid UploadPath> uploadPaths) {

	public WebProperties {
		uploadPaths = List.copyOf(uploadPaths);
	}

	/**
	 * Paths that accept a body larger than {@code max-request-size}.
	 *
	 * @param pattern the paths, as a Spring path pattern within the application, e.g.
	 * {@code /api/plan/projects/*}{@code /attachments}
	 * @param maxRequestSize the largest request body accepted on them (413 above it)
	 */
	public record UploadPath(@NotBlank String pattern, @NotNull DataSize maxRequestSize) {
	}

}
