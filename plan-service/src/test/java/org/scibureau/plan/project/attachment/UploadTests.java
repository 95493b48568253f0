package org.scibureau.plan.project.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.FilePartEvent;
import org.springframework.http.codec.multipart.FormPartEvent;
import org.springframework.http.codec.multipart.PartEvent;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Hooks;
import reactor.test.StepVerifier;

import org.scibureau.platform.web.FieldViolation;
import org.scibureau.platform.web.ProblemException;
import org.scibureau.platform.web.ProblemType;

class UploadTests {

	private static final int LIMIT = 1000;

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	@Test
	void readsTheFileAndItsKindInEitherOrder() {
		Flux<PartEvent> fileFirst = Flux.concat(file("file", "C:\\fakepath\\form.pdf", "%PDF-1.4"),
				FormPartEvent.create("kind", " application_form "));
		Flux<PartEvent> kindFirst = Flux.concat(FormPartEvent.create("kind", "ETHICS_APPROVAL"),
				file("file", "ethics.pdf", "%PDF-1.7"));

		StepVerifier.create(Upload.read(fileFirst, LIMIT)).assertNext((upload) -> {
			assertThat(upload.fileName()).isEqualTo("form.pdf");
			assertThat(upload.declaredType()).isEqualTo(MediaType.APPLICATION_PDF);
			assertThat(upload.content()).asString(StandardCharsets.US_ASCII).isEqualTo("%PDF-1.4");
			assertThat(upload.kind()).isEqualTo(AttachmentKind.APPLICATION_FORM);
		})
			.expectComplete()
			.verify(TIMEOUT);
		StepVerifier.create(Upload.read(kindFirst, LIMIT))
			.assertNext((upload) -> assertThat(upload.kind()).isEqualTo(AttachmentKind.ETHICS_APPROVAL))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void takesAFileWithoutAKindForAnOtherDocumentAndSkipsPartsItDoesNotKnow() {
		Flux<PartEvent> parts = Flux.concat(FormPartEvent.create("comment", "see annex"),
				file("annex", "annex.pdf", "ignored"), file("file", "form.pdf", "%PDF-1.4"));

		StepVerifier.create(Upload.read(parts, LIMIT)).assertNext((upload) -> {
			assertThat(upload.kind()).isEqualTo(AttachmentKind.OTHER);
			assertThat(upload.fileName()).isEqualTo("form.pdf");
			assertThat(upload.content()).asString(StandardCharsets.US_ASCII).isEqualTo("%PDF-1.4");
		})
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void readsAnEmptyFileAsEmpty() {
		StepVerifier.create(Upload.read(file("file", "empty.pdf", ""), LIMIT))
			.assertNext((upload) -> assertThat(upload.content()).isEmpty())
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void refusesAnUnknownKindNamingTheKnownOnes() {
		Flux<PartEvent> parts = Flux.concat(file("file", "cv.pdf", "%PDF-1.4"), FormPartEvent.create("kind", "CV"));

		StepVerifier.create(Upload.read(parts, LIMIT))
			.expectErrorSatisfies((failure) -> assertThat(violation(failure)).satisfies((violation) -> {
				assertThat(violation.field()).isEqualTo("kind");
				assertThat(violation.code()).isEqualTo("unknown-attachment-kind");
				assertThat(violation.arguments())
					.containsExactly("APPLICATION_FORM, BUDGET_JUSTIFICATION, ETHICS_APPROVAL, OTHER");
			}))
			.verify(TIMEOUT);
	}

	@Test
	void refusesARequestWithoutOneFileOrWithTwoKinds() {
		assertRefused(Flux.from(FormPartEvent.create("kind", "OTHER")), "file", "required");
		assertRefused(Flux.concat(file("file", "a.pdf", "a"), file("file", "b.pdf", "b")), "file", "duplicate");
		assertRefused(Flux.concat(file("file", "a.pdf", "a"), FormPartEvent.create("kind", "OTHER"),
				FormPartEvent.create("kind", "OTHER")), "kind", "duplicate");
		assertRefused(Flux.from(FormPartEvent.create("file", "%PDF-1.4")), "file", "not-a-file");
	}

	@Test
	void failsAFileOverTheLimitAsSoonAsItGrowsOverWithoutReadingOn() {
		AtomicInteger produced = new AtomicInteger();
		Flux<DataBuffer> content = Flux.range(0, 100)
			.doOnNext((chunk) -> produced.incrementAndGet())
			.map((chunk) -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[300]));

		StepVerifier
			.create(Upload.read(Flux.from(FilePartEvent.create("file", "scan.pdf", MediaType.APPLICATION_PDF, content)),
					LIMIT))
			.expectError(DataBufferLimitException.class)
			.verify(TIMEOUT);

		assertThat(produced).hasValueLessThan(10);
	}

	@Test
	void reportsAFailureOfTheRequestBodyOnce() {
		List<Throwable> dropped = new CopyOnWriteArrayList<>();
		Hooks.onErrorDropped(dropped::add);
		try {
			Flux<DataBuffer> content = Flux.concat(
					Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(new byte[10])),
					Flux.error(new DataBufferLimitException("Part exceeded the limit")));

			StepVerifier
				.create(Upload.read(Flux.from(FilePartEvent.create("file", "scan.pdf", MediaType.APPLICATION_PDF,
						content)), LIMIT))
				.expectErrorMessage("Part exceeded the limit")
				.verify(TIMEOUT);

			assertThat(dropped).isEmpty();
		}
		finally {
			Hooks.resetOnErrorDropped();
		}
	}

	@Test
	void takesAFileOfExactlyTheLimit() {
		Flux<DataBuffer> content = Flux.range(0, 4)
			.map((chunk) -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[LIMIT / 4]));

		StepVerifier
			.create(Upload.read(Flux.from(FilePartEvent.create("file", "scan.pdf", MediaType.APPLICATION_PDF, content)),
					LIMIT))
			.assertNext((upload) -> assertThat(upload.content()).hasSize(LIMIT))
			.expectComplete()
			.verify(TIMEOUT);
	}

	private static void assertRefused(Flux<PartEvent> parts, String field, String code) {
		StepVerifier.create(Upload.read(parts, LIMIT))
			.expectErrorSatisfies((failure) -> assertThat(violation(failure)).satisfies((violation) -> {
				assertThat(violation.field()).isEqualTo(field);
				assertThat(violation.code()).isEqualTo(code);
			}))
			.verify(TIMEOUT);
	}

	private static FieldViolation violation(Throwable failure) {
		assertThat(failure).isInstanceOf(ProblemException.class);
		ProblemException problem = (ProblemException) failure;
		assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION);
		assertThat(problem.errors()).hasSize(1);
		return problem.errors().getFirst();
	}

	private static Flux<PartEvent> file(String name, String fileName, String content) {
		Flux<DataBuffer> buffers = content.isEmpty() ? Flux.empty()
				: Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(content.getBytes(StandardCharsets.US_ASCII)));
		return Flux.from(FilePartEvent.create(name, fileName, MediaType.APPLICATION_PDF, buffers));
	}

}
