package org.scibureau.plan.project.attachment;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.scibureau.platform.security.Caller;

/**
 * The documents of an application: uploaded as {@code multipart/form-data} and served as downloads with the media
 * type recognised from their content.
 */
@RestController
@RequestMapping("/api/plan/projects/{id}/attachments")
class AttachmentController {

	private final AttachmentService attachments;

	private final AttachmentSettings settings;

	AttachmentController(AttachmentService attachments, AttachmentSettings settings) {
		this.attachments = attachments;
		this.settings = settings;
	}

	/**
	 * Attaches the request's {@code file} part as a document of its {@code kind} part. Who may not attach learns it
	 * before the upload is read; the upload is read as it arrives, up to the size limit.
	 */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Mono<ResponseEntity<AttachmentView>> attach(Caller caller, @PathVariable UUID id,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
					schema = @Schema(type = "object", requiredProperties = { "file", "kind" }),
					schemaProperties = {
							@SchemaProperty(name = "file", schema = @Schema(type = "string", format = "binary")),
							@SchemaProperty(name = "kind", schema = @Schema(implementation = AttachmentKind.class)) }))
			@RequestBody Flux<PartEvent> parts) {
		return this.attachments.requireChangeable(caller, id, AttachmentService.ATTACH)
			.then(Upload.read(parts, this.settings.maxBytes()))
			.flatMap((upload) -> this.attachments.attach(caller, id, upload))
			.map((attachment) -> ResponseEntity
				.created(URI.create("/api/plan/projects/" + id + "/attachments/" + attachment.id()))
				.body(AttachmentView.of(attachment)));
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<List<AttachmentView>> list(Caller caller, @PathVariable UUID id) {
		return this.attachments.list(caller, id).map(AttachmentView::of).collectList();
	}

	/**
	 * The document's content, as a download: served with its recognised media type and that type's extension, never
	 * to be sniffed by a browser; its {@code ETag} is its SHA-256.
	 */
	@GetMapping("/{attachmentId}")
	@ApiResponse(responseCode = "200", description = "The document",
			content = @Content(mediaType = MediaType.ALL_VALUE, schema = @Schema(type = "string", format = "binary")))
	Mono<ResponseEntity<Flux<DataBuffer>>> download(Caller caller, @PathVariable UUID id,
			@PathVariable UUID attachmentId) {
		return this.attachments.open(caller, id, attachmentId).map((opened) -> {
			Attachment attachment = opened.attachment();
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(attachment.type().mediaType()))
				.contentLength(attachment.size())
				.eTag(attachment.sha256())
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment()
							.filename(attachment.downloadName(), StandardCharsets.UTF_8)
							.build()
							.toString())
				.header("X-Content-Type-Options", "nosniff")
				.body(opened.content());
		});
	}

	@DeleteMapping("/{attachmentId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<ResponseEntity<Void>> detach(Caller caller, @PathVariable UUID id, @PathVariable UUID attachmentId) {
		return this.attachments.detach(caller, id, attachmentId).thenReturn(ResponseEntity.noContent().build());
	}

}
