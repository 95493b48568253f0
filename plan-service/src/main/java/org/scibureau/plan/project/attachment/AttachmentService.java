package org.scibureau.plan.project.attachment;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.scibureau.plan.project.ProjectService;
import org.scibureau.plan.project.domain.Project;
import org.scibureau.plan.project.domain.ProjectAction;
import org.scibureau.plan.project.domain.ProjectRole;
import org.scibureau.platform.domain.IllegalTransition;
import org.scibureau.platform.domain.RuleViolation;
import org.scibureau.platform.id.UuidV7;
import org.scibureau.platform.security.Caller;
import org.scibureau.platform.security.Roles;
import org.scibureau.platform.web.DomainProblems;
import org.scibureau.platform.web.ProblemException;
import org.scibureau.platform.web.ProblemType;

/**
 * The documents of applications: whoever sees a project sees its attachments; its applicant attaches and detaches
 * them while the application may be edited (a draft, or returned for correction), so a submitted application keeps
 * the documents it was submitted with. Each change is one transaction with the project's history entry
 * ({@code attach}, {@code detach}).
 */
@Service
class AttachmentService {

	static final String ATTACH = "attach";

	static final String DETACH = "detach";

	private static final MediaType UNDECLARED = MediaType.APPLICATION_OCTET_STREAM;

	private final Attachments attachments;

	private final DocumentStore store;

	private final ProjectService projects;

	private final AttachmentSettings settings;

	private final TransactionalOperator transactions;

	private final Clock clock;

	AttachmentService(Attachments attachments, DocumentStore store, ProjectService projects,
			AttachmentSettings settings, TransactionalOperator transactions, Clock clock) {
		this.attachments = attachments;
		this.store = store;
		this.projects = projects;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * The project, if the caller may change its attachments now: visible to it (404), as its applicant (403), while
	 * it may be edited (409 naming {@code action}, the state and the allowed actions). Checked before an upload is
	 * read, and again under the project's lock when the change is made.
	 */
	Mono<Project> requireChangeable(Caller caller, UUID projectId, String action) {
		return this.projects.findVisible(caller, projectId).map((project) -> {
			if (!caller.hasRole(Roles.APPLICANT)) {
				throw new ProblemException(ProblemType.FORBIDDEN);
			}
			List<ProjectAction> allowed = project.allowedActions(ProjectRole.APPLICANT);
			if (!allowed.contains(ProjectAction.EDIT)) {
				throw new IllegalTransition(action, project.status(),
						allowed.stream().map(ProjectAction::actionName).toList());
			}
			return project;
		}).onErrorMap(DomainProblems::translate);
	}

	/**
	 * Attaches the uploaded document: only a non-empty document of a type recognised by its content (422, 415), one
	 * of at most {@code max-per-project} (422).
	 */
	Mono<Attachment> attach(Caller caller, UUID projectId, Upload upload) {
		return Mono.fromCallable(() -> recognised(upload))
			.flatMap((type) -> this.transactions.transactional(attach(caller, projectId, upload, type)));
	}

	private Mono<Attachment> attach(Caller caller, UUID projectId, Upload upload, DocumentType type) {
		Instant now = this.clock.instant();
		return changeable(caller, projectId, ATTACH).flatMap((project) -> requireRoom(project)
			.then(stored(project, upload, type, caller.actor(), now))
			.flatMap((attachment) -> recorded(project, ATTACH, caller, attachment, now)));
	}

	/** The project's attachments, in the order they were attached. */
	Flux<Attachment> list(Caller caller, UUID projectId) {
		return this.projects.findVisible(caller, projectId)
			.flatMapMany((project) -> this.attachments.findByProject(project.id()));
	}

	/** The attachment and its content, if the caller sees the project. */
	Mono<Opened> open(Caller caller, UUID projectId, UUID attachmentId) {
		return this.projects.findVisible(caller, projectId)
			.flatMap((project) -> find(project, attachmentId))
			.map((attachment) -> new Opened(attachment, this.store.open(attachment.id())));
	}

	/**
	 * Detaches a document from the application. Its content is deleted from the store once the attachment's
	 * deletion has committed.
	 */
	Mono<Void> detach(Caller caller, UUID projectId, UUID attachmentId) {
		Mono<Attachment> detach = changeable(caller, projectId, DETACH)
			.flatMap((project) -> find(project, attachmentId)
				.flatMap((attachment) -> this.attachments.delete(attachment)
					.then(recorded(project, DETACH, caller, attachment, this.clock.instant()))));
		return this.transactions.transactional(detach).flatMap((attachment) -> this.store.delete(attachment.id()));
	}

	/** {@link #requireChangeable}, with the project locked until the transaction ends. */
	private Mono<Project> changeable(Caller caller, UUID projectId, String action) {
		return this.attachments.lockProject(projectId).then(requireChangeable(caller, projectId, action));
	}

	/** Refuses another document when the application has as many as it may. */
	private Mono<Void> requireRoom(Project project) {
		int max = this.settings.maxPerProject();
		return this.attachments.count(project.id())
			.flatMap((count) -> (count < max) ? Mono.empty() : Mono.error(DomainProblems
				.unprocessable(List.of(new RuleViolation(Upload.FILE, "too-many-attachments", max)))));
	}

	/** Puts the document's content in the store and writes its attachment row. */
	private Mono<Attachment> stored(Project project, Upload upload, DocumentType type, String actor, Instant now) {
		UUID id = UuidV7.next();
		return this.store.put(id, upload.content())
			.map((stored) -> new Attachment(id, project.id(), upload.kind(), upload.fileName(), type, stored.size(),
					stored.sha256(), now, actor))
			.flatMap(this.attachments::insert);
	}

	/** Appends the change to the project's history, naming the document. */
	private Mono<Attachment> recorded(Project project, String action, Caller caller, Attachment attachment,
			Instant at) {
		return this.projects.recordChange(project, action, caller.actor(), note(attachment), at).thenReturn(attachment);
	}

	private Mono<Attachment> find(Project project, UUID attachmentId) {
		return this.attachments.find(project.id(), attachmentId)
			.switchIfEmpty(Mono.error(() -> ProblemException.notFound("attachment", attachmentId)));
	}

	/**
	 * The type of the uploaded document, from its content. The client's word is not taken for it: a declared media
	 * type other than the recognised one is refused, as is content of no accepted type; the file's name is ignored.
	 */
	private static DocumentType recognised(Upload upload) {
		if (upload.content().length == 0) {
			throw DomainProblems.unprocessable(List.of(new RuleViolation(Upload.FILE, "empty")));
		}
		DocumentType type = DocumentTypes.sniff(upload.content())
			.orElseThrow(() -> unsupported("problem.unsupported-media-type.unrecognised", upload, null));
		MediaType declared = upload.declaredType();
		if (declared != null && !declared.equalsTypeAndSubtype(UNDECLARED)
				&& !declared.equalsTypeAndSubtype(MediaType.parseMediaType(type.mediaType()))) {
			throw unsupported("problem.unsupported-media-type.mismatch", upload, type);
		}
		return type;
	}

	/** A 415 naming what the content was recognised as, if anything, and what the client declared, if anything. */
	private static ProblemException unsupported(String detail, Upload upload, @Nullable DocumentType detected) {
		String declared = (upload.declaredType() != null) ? upload.declaredType().toString() : null;
		Map<String, Object> properties = new LinkedHashMap<>();
		if (detected != null) {
			properties.put("detectedMediaType", detected.mediaType());
		}
		if (declared != null) {
			properties.put("declaredMediaType", declared);
		}
		properties.put("acceptedMediaTypes",
				Arrays.stream(DocumentType.values()).map(DocumentType::mediaType).toList());
		return new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, detail,
				new Object[] { (detected != null) ? detected.mediaType() : "", (declared != null) ? declared : "" },
				properties, List.of());
	}

	private static String note(Attachment attachment) {
		return attachment.fileName() + " (" + attachment.kind() + ", " + attachment.id() + ")";
	}

	/**
	 * An attachment with its content, to be read once.
	 *
	 * @param attachment the attachment
	 * @param content its content, from the store
	 */
	record Opened(Attachment attachment, Flux<DataBuffer> content) {
	}

}
