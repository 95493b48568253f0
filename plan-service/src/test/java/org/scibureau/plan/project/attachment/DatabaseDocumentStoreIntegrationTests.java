package org.scibureau.plan.project.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.scibureau.plan.project.attachment.DocumentStore.StoredDocument;
import org.scibureau.platform.test.spring.RealInfrastructure;

/**
 * The database document store: contents kept exactly, in the caller's transaction, and only with their attachment.
 */
@SpringBootTest
@RealInfrastructure(database = "plan")
class DatabaseDocumentStoreIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@Autowired
	DocumentStore store;

	@Autowired
	TransactionalOperator transactions;

	@Test
	void isTheStoreByDefault() {
		assertThat(this.store).isInstanceOf(DatabaseDocumentStore.class);
	}

	@Test
	void storesTheExactBytesAndTellsTheirSizeAndSha256() {
		UUID id = UUID.randomUUID();
		byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);

		StepVerifier.create(rolledBack(this.store.put(id, abc).zipWith(read(id))))
			.assertNext((stored) -> {
				assertThat(stored.getT1()).isEqualTo(new StoredDocument(3,
						"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
				assertThat(stored.getT2()).isEqualTo(abc);
			})
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void keepsEveryByteOfALargeBinaryDocument() {
		UUID id = UUID.randomUUID();
		byte[] content = new byte[5 * 1024 * 1024];
		new Random(4).nextBytes(content);

		StepVerifier.create(rolledBack(this.store.put(id, content).then(read(id))))
			.assertNext((read) -> assertThat(read).isEqualTo(content))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void forgetsDeletedContent() {
		UUID id = UUID.randomUUID();

		StepVerifier.create(rolledBack(this.store.put(id, new byte[] { 1 }).then(this.store.delete(id)).then(read(id))))
			.expectError(IllegalStateException.class)
			.verify(TIMEOUT);
	}

	@Test
	void refusesToOpenContentNeverStored() {
		StepVerifier.create(read(UUID.randomUUID())).expectError(IllegalStateException.class).verify(TIMEOUT);
	}

	@Test
	void keepsNothingOfATransactionThatRolledBack() {
		UUID id = UUID.randomUUID();

		StepVerifier.create(rolledBack(this.store.put(id, new byte[] { 1 })))
			.expectNextCount(1)
			.expectComplete()
			.verify(TIMEOUT);

		StepVerifier.create(read(id)).expectError(IllegalStateException.class).verify(TIMEOUT);
	}

	@Test
	void refusesToCommitContentThatNoAttachmentRefersTo() {
		UUID id = UUID.randomUUID();

		StepVerifier.create(this.transactions.transactional(this.store.put(id, new byte[] { 1 })))
			.expectError(DataIntegrityViolationException.class)
			.verify(TIMEOUT);

		StepVerifier.create(read(id)).expectError(IllegalStateException.class).verify(TIMEOUT);
	}

	private Mono<byte[]> read(UUID id) {
		return DataBufferUtils.join(this.store.open(id)).map((buffer) -> {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			DataBufferUtils.release(buffer);
			return bytes;
		});
	}

	/** Runs {@code work} in a transaction that is rolled back, so contents need no attachment rows. */
	private <T> Mono<T> rolledBack(Mono<T> work) {
		return this.transactions.execute((status) -> {
			status.setRollbackOnly();
			return work;
		}).next();
	}

}
