package org.scibureau.plan.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import reactor.test.StepVerifier;

import org.scibureau.plan.PlanFixtures;
import org.scibureau.platform.test.spring.RealInfrastructure;

/**
 * The documents of an application over HTTP: recognised by their content whatever they are called, served back
 * byte for byte, changed only by the applicant while the application may be edited, seen by whoever sees the project.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "scibureau.plan.call-schedule.interval=300ms", "scibureau.plan.attachments.max-per-project=3" })
@RealInfrastructure(database = "plan")
class ProjectAttachmentIntegrationTests {

	private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
			new ParameterizedTypeReference<>() {
			};

	private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private static final int MEGABYTE = 1024 * 1024;

	@Autowired
	DatabaseClient database;

	WebTestClient http;

	ProjectWorld world;

	String callId;

	String applicant;

	String projectId;

	@LocalServerPort
	void bindClient(int port) {
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(60))
			.build();
		this.world = new ProjectWorld(this.http);
	}

	@BeforeEach
	void draftAnApplication() {
		this.callId = this.world.openCall();
		this.applicant = ProjectWorld.applicant(this.world.organisation());
		this.projectId = (String) this.world
			.post("/api/plan/projects", this.applicant, ProjectWorld.application(this.callId, UUID.randomUUID()))
			.get("id");
	}

	@Test
	void attachesDocumentsRecognisedByTheirContentAndServesThemBackByteForByte() {
		byte[] pdf = pdf();
		byte[] docx = docx();

		Map<String, Object> form = upload(this.applicant, pdf, "申报书 final.pdf", MediaType.APPLICATION_PDF,
				"APPLICATION_FORM")
			.expectStatus().isCreated()
			.expectHeader().contentType(MediaType.APPLICATION_JSON)
			.expectBody(ProjectWorld.JSON).returnResult().getResponseBody();
		Map<String, Object> budget = upload(this.applicant, docx, "budget.docx", MediaType.parseMediaType(DOCX),
				"budget_justification")
			.expectStatus().isCreated()
			.expectBody(ProjectWorld.JSON).returnResult().getResponseBody();

		assertThat(form).containsEntry("kind", "APPLICATION_FORM").containsEntry("fileName", "申报书 final.pdf")
			.containsEntry("mediaType", "application/pdf").containsEntry("size", pdf.length)
			.containsEntry("sha256", sha256(pdf)).containsEntry("uploadedBy", actor())
			.containsKeys("id", "uploadedAt");
		assertThat(budget).containsEntry("kind", "BUDGET_JUSTIFICATION").containsEntry("mediaType", DOCX)
			.containsEntry("size", docx.length).containsEntry("sha256", sha256(docx));
		assertThat(list(this.applicant)).extracting((attachment) -> attachment.get("id"))
			.containsExactly(form.get("id"), budget.get("id"));

		byte[] downloaded = download(this.applicant, form.get("id"))
			.expectStatus().isOk()
			.expectHeader().contentType(MediaType.APPLICATION_PDF)
			.expectHeader().contentLength(pdf.length)
			.expectHeader().valueEquals(HttpHeaders.ETAG, "\"" + sha256(pdf) + "\"")
			.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader().value(HttpHeaders.CONTENT_DISPOSITION, (disposition) -> assertThat(disposition)
				.startsWith("attachment;").contains("filename*=UTF-8''%E7%94%B3%E6%8A%A5%E4%B9%A6%20final.pdf"))
			.expectBody(byte[].class).returnResult().getResponseBody();
		assertThat(downloaded).isEqualTo(pdf);
		assertThat(sha256(downloaded)).isEqualTo(form.get("sha256"));
		byte[] downloadedDocx = download(this.applicant, budget.get("id"))
			.expectStatus().isOk()
			.expectHeader().contentType(DOCX)
			.expectHeader().value(HttpHeaders.CONTENT_DISPOSITION,
					(disposition) -> assertThat(disposition).contains("filename*=UTF-8''budget.docx"))
			.expectBody(byte[].class).returnResult().getResponseBody();
		assertThat(downloadedDocx).isEqualTo(docx);
	}

	@Test
	void takesAPdfNamedLikeAWordDocumentForThePdfItIs() {
		Map<String, Object> attached = upload(this.applicant, pdf(), "budget.docx", MediaType.APPLICATION_OCTET_STREAM,
				null)
			.expectStatus().isCreated()
			.expectBody(ProjectWorld.JSON).returnResult().getResponseBody();

		assertThat(attached).containsEntry("mediaType", "application/pdf").containsEntry("fileName", "budget.docx")
			.containsEntry("kind", "OTHER");
		download(this.applicant, attached.get("id"))
			.expectStatus().isOk()
			.expectHeader().contentType(MediaType.APPLICATION_PDF)
			.expectHeader().value(HttpHeaders.CONTENT_DISPOSITION,
					(disposition) -> assertThat(disposition).contains("filename*=UTF-8''budget.pdf"));
	}

	@Test
	void refusesContentOfNoAcceptedTypeOrOfAnotherTypeThanDeclaredNamingWhatItIs() {
		upload(this.applicant, "Budget: 1,000,000 CNY\n".getBytes(StandardCharsets.UTF_8), "budget.pdf",
				MediaType.APPLICATION_PDF, null)
			.expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:unsupported-media-type")
			.jsonPath("$.detectedMediaType").doesNotHaveJsonPath()
			.jsonPath("$.declaredMediaType").isEqualTo("application/pdf")
			.jsonPath("$.acceptedMediaTypes.length()").isEqualTo(10)
			.jsonPath("$.detail").value((String detail) -> assertThat(detail).contains("not a document"));
		upload(this.applicant, docx(), "form.pdf", MediaType.APPLICATION_PDF, null)
			.expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.expectBody()
			.jsonPath("$.detectedMediaType").isEqualTo(DOCX)
			.jsonPath("$.declaredMediaType").isEqualTo("application/pdf")
			.jsonPath("$.detail").value((String detail) -> assertThat(detail).contains(DOCX));

		assertThat(list(this.applicant)).isEmpty();
	}

	@Test
	void refusesAnEmptyFileAndRequestsWithoutAFileOrWithAnUnknownKind() {
		upload(this.applicant, new byte[0], "empty.pdf", MediaType.APPLICATION_PDF, null)
			.expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("file")
			.jsonPath("$.errors[0].code").isEqualTo("empty");
		upload(this.applicant, pdf(), "form.pdf", MediaType.APPLICATION_PDF, "CV")
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("kind")
			.jsonPath("$.errors[0].code").isEqualTo("unknown-attachment-kind");
		MultipartBodyBuilder kindOnly = new MultipartBodyBuilder();
		kindOnly.part("kind", "OTHER");
		post(this.applicant, kindOnly)
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("file")
			.jsonPath("$.errors[0].code").isEqualTo("required");
		this.http.post().uri("/api/plan/projects/{id}/attachments", this.projectId)
			.headers((headers) -> headers.setBearerAuth(this.applicant))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("file", "JVBERi0="))
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);

		assertThat(list(this.applicant)).isEmpty();
	}

	@Test
	void refusesAFileOverTwentyMegabytesWhileItStreamsIn() {
		byte[] large = new byte[21 * MEGABYTE];
		System.arraycopy(pdf(), 0, large, 0, pdf().length);

		upload(this.applicant, large, "scan.pdf", MediaType.APPLICATION_PDF, null)
			.expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:scibureau:problem:payload-too-large");

		assertThat(list(this.applicant)).isEmpty();
	}

	@Test
	void refusesABodyDeclaredLargerThanTheUploadPathAllowsBeforeReadingIt() {
		this.http.post().uri("/api/plan/projects/{id}/attachments", this.projectId)
			.headers((headers) -> headers.setBearerAuth(this.applicant))
			.contentType(MediaType.parseMediaType("multipart/form-data; boundary=x"))
			.bodyValue(new byte[25 * MEGABYTE])
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void takesAFileOfTwentyMegabytes() {
		byte[] pdf = pdf();
		byte[] large = new byte[20 * MEGABYTE];
		System.arraycopy(pdf, 0, large, 0, pdf.length - 7);
		System.arraycopy("%%EOF\n".getBytes(StandardCharsets.US_ASCII), 0, large, large.length - 6, 6);

		upload(this.applicant, large, "scan.pdf", MediaType.APPLICATION_PDF, null)
			.expectStatus().isCreated()
			.expectBody()
			.jsonPath("$.size").isEqualTo(20 * MEGABYTE)
			.jsonPath("$.sha256").isEqualTo(sha256(large));
	}

	@Test
	void deletesTheDocumentsOfADeletedDraftWithIt() {
		String id = (String) attach(pdf(), "form.pdf", null).get("id");

		this.http.delete().uri("/api/plan/projects/{id}", this.projectId)
			.headers((headers) -> {
				headers.setBearerAuth(this.applicant);
				headers.setIfMatch("\"0\"");
			})
			.exchange()
			.expectStatus().isNoContent();

		StepVerifier.create(this.database.sql("select count(*) as n from project_attachment_content where id = :id")
			.bind("id", UUID.fromString(id))
			.map((row) -> row.get("n", Long.class))
			.one())
			.expectNext(0L)
			.expectComplete()
			.verify(Duration.ofSeconds(10));
	}

	@Test
	void detachesADocumentAndKeepsBothChangesInTheHistory() {
		String id = (String) attach(pdf(), "ethics.pdf", "ETHICS_APPROVAL").get("id");

		delete(this.applicant, UUID.randomUUID()).expectStatus().isNotFound();
		delete(this.applicant, id).expectStatus().isNoContent();

		assertThat(list(this.applicant)).isEmpty();
		download(this.applicant, id).expectStatus().isNotFound();
		delete(this.applicant, id).expectStatus().isNotFound();
		List<Map<String, Object>> history = this.http.get().uri("/api/plan/projects/{id}/history", this.projectId)
			.headers((headers) -> headers.setBearerAuth(this.applicant))
			.exchange()
			.expectStatus().isOk()
			.expectBody(LIST).returnResult().getResponseBody();
		assertThat(history).extracting((entry) -> entry.get("action")).containsExactly("create", "attach", "detach");
		assertThat(history.get(1)).containsEntry("fromStatus", "DRAFT").containsEntry("toStatus", "DRAFT")
			.containsEntry("actor", actor())
			.containsEntry("reason", "ethics.pdf (ETHICS_APPROVAL, " + id + ")");
		assertThat(history.get(2)).containsEntry("reason", "ethics.pdf (ETHICS_APPROVAL, " + id + ")");
	}

	@Test
	void keepsTheDocumentsASubmittedApplicationWasSubmittedWithUntilItIsReturned() {
		byte[] pdf = pdf();
		String id = (String) attach(pdf, "form.pdf", "APPLICATION_FORM").get("id");
		this.world.act(this.projectId, "submission", this.applicant, null);

		upload(this.applicant, docx(), "late.docx", MediaType.parseMediaType(DOCX), null)
			.expectStatus().isEqualTo(HttpStatus.CONFLICT)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.currentState").isEqualTo("SUBMITTED")
			.jsonPath("$.allowedActions").isEqualTo(List.of("withdraw"))
			.jsonPath("$.detail").value((String detail) -> assertThat(detail).contains("attach"));
		delete(this.applicant, id).expectStatus().isEqualTo(HttpStatus.CONFLICT)
			.expectBody()
			.jsonPath("$.currentState").isEqualTo("SUBMITTED");
		assertThat(list(PlanFixtures.planOfficer())).extracting((attachment) -> attachment.get("id"))
			.containsExactly(id);
		assertThat(download(PlanFixtures.planOfficer(), id).expectStatus().isOk()
			.expectBody(byte[].class).returnResult().getResponseBody()).isEqualTo(pdf);

		this.world.act(this.projectId, "formal-check", PlanFixtures.planOfficer(), null);
		this.world.act(this.projectId, "return", PlanFixtures.planOfficer(), Map.of("reason", "Add the budget"));
		attach(docx(), "budget.docx", "BUDGET_JUSTIFICATION");
		delete(this.applicant, id).expectStatus().isNoContent();
		assertThat(list(this.applicant)).extracting((attachment) -> attachment.get("fileName"))
			.containsExactly("budget.docx");
	}

	@Test
	void refusesMoreDocumentsThanAnApplicationMayHave() {
		for (int i = 0; i < 3; i++) {
			attach(pdf(), "annex-" + i + ".pdf", null);
		}

		upload(this.applicant, pdf(), "annex-3.pdf", MediaType.APPLICATION_PDF, null)
			.expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("file")
			.jsonPath("$.errors[0].code").isEqualTo("too-many-attachments")
			.jsonPath("$.errors[0].message").value((String message) -> assertThat(message).contains("3"));
		assertThat(list(this.applicant)).hasSize(3);
	}

	@Test
	void hidesAnotherOrganisationsDocumentsAndRefusesRolesThatDoNotHandleThem() {
		String id = (String) attach(pdf(), "form.pdf", null).get("id");
		String stranger = ProjectWorld.applicant(this.world.organisation());

		upload(stranger, pdf(), "form.pdf", MediaType.APPLICATION_PDF, null).expectStatus().isNotFound();
		this.http.get().uri("/api/plan/projects/{id}/attachments", this.projectId)
			.headers((headers) -> headers.setBearerAuth(stranger))
			.exchange()
			.expectStatus().isNotFound();
		download(stranger, id).expectStatus().isNotFound();
		delete(stranger, id).expectStatus().isNotFound();
		download(PlanFixtures.planOfficer(), id).expectStatus().isNotFound();

		for (String role : List.of("expert", "partner-system")) {
			String token = PlanFixtures.tokenFor(role);
			upload(token, pdf(), "form.pdf", MediaType.APPLICATION_PDF, null).expectStatus().isForbidden();
			download(token, id).expectStatus().isForbidden();
			delete(token, id).expectStatus().isForbidden();
		}
		upload(PlanFixtures.planOfficer(), pdf(), "form.pdf", MediaType.APPLICATION_PDF, null)
			.expectStatus().isForbidden();
		this.http.get().uri("/api/plan/projects/{id}/attachments/{a}", this.projectId, id)
			.exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.http.post().uri("/api/plan/projects/{id}/attachments", this.projectId)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(parts(pdf(), "form.pdf", MediaType.APPLICATION_PDF, null).build()))
			.exchange()
			.expectStatus().isUnauthorized();
		assertThat(list(this.applicant)).hasSize(1);
	}

	private Map<String, Object> attach(byte[] content, String fileName, @Nullable String kind) {
		return upload(this.applicant, content, fileName, MediaType.APPLICATION_OCTET_STREAM, kind)
			.expectStatus().isCreated()
			.expectBody(ProjectWorld.JSON).returnResult().getResponseBody();
	}

	private WebTestClient.ResponseSpec upload(String token, byte[] content, String fileName, MediaType declared,
			@Nullable String kind) {
		return post(token, parts(content, fileName, declared, kind));
	}

	private WebTestClient.ResponseSpec post(String token, MultipartBodyBuilder parts) {
		return this.http.post().uri("/api/plan/projects/{id}/attachments", this.projectId)
			.headers((headers) -> headers.setBearerAuth(token))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(parts.build()))
			.exchange();
	}

	private List<Map<String, Object>> list(String token) {
		return this.http.get().uri("/api/plan/projects/{id}/attachments", this.projectId)
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus().isOk()
			.expectBody(LIST).returnResult().getResponseBody();
	}

	private WebTestClient.ResponseSpec download(String token, Object attachmentId) {
		return this.http.get().uri("/api/plan/projects/{id}/attachments/{a}", this.projectId, attachmentId)
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange();
	}

	private WebTestClient.ResponseSpec delete(String token, Object attachmentId) {
		return this.http.delete().uri("/api/plan/projects/{id}/attachments/{a}", this.projectId, attachmentId)
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange();
	}

	/** Who the applicant's token names (see {@link ProjectWorld#applicant}), as histories record it. */
	private String actor() {
		String organisationId = (String) this.world.get("/api/plan/projects/" + this.projectId, this.applicant)
			.get("organisationId");
		return "applicant-" + organisationId.substring(0, 8) + " via test-client";
	}

	static MultipartBodyBuilder parts(byte[] content, String fileName, MediaType declared,
			@Nullable String kind) {
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("file", content).filename(fileName).contentType(declared);
		if (kind != null) {
			parts.part("kind", kind);
		}
		return parts;
	}

	/** A one-page PDF 1.4, written by hand. */
	static byte[] pdf() {
		String body = """
				%PDF-1.4
				1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
				2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
				3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
				""";
		String xref = "xref\n0 4\n0000000000 65535 f \n" + offset(body, "1 0 obj") + offset(body, "2 0 obj")
				+ offset(body, "3 0 obj");
		String trailer = "trailer << /Size 4 /Root 1 0 R >>\nstartxref\n" + body.length() + "\n%%EOF\n";
		return (body + xref + trailer).getBytes(StandardCharsets.US_ASCII);
	}

	/** A minimal Word document: its content types, relationships and main part, zipped. */
	private static byte[] docx() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, String> entry : Map.of("[Content_Types].xml", "<Types/>", "_rels/.rels",
					"<Relationships/>", "word/document.xml", "<w:document/>", "word/_rels/document.xml.rels",
					"<Relationships/>").entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static String offset(String body, String object) {
		return "%010d 00000 n \n".formatted(body.indexOf(object));
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
