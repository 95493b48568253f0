package org.scibureau.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.Exceptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

import org.scibureau.platform.cloudevents.CloudEventRecords;
import org.scibureau.platform.cloudevents.EventDecodingException;
import org.scibureau.platform.cloudevents.IncomingEvent;
import org.scibureau.platform.events.PublishedEvent;
import org.scibureau.platform.events.Topics;
import org.scibureau.platform.observability.CorrelationId;

/**
 * Applies consumed events exactly once per consumer.
 * <p>
 * For each record the inbox decodes the CloudEvent, then, in one transaction, records the event id for the
 * consumer and runs the consumer's effect: both commit or neither does, and a redelivered event finds its id
 * already recorded and has no second effect. Records of one partition are applied in order. While a partition's
 * transaction runs, its next records queue up, and they are applied together in the next one (up to
 * {@code scibureau.inbox.batch-size}): a consumer that has fallen behind pays one commit per batch, not per event.
 * A failing effect is retried alone with backoff; when the attempts are used up, or the record cannot be decoded at
 * all, the record goes to {@code <topic>.dlt} with the failure in its headers, and consumption goes on.
 *
 * <pre class="code">
 * &#64;KafkaListener(topics = PlanTopics.CALL)
 * Mono&lt;Void&gt; on(ConsumerRecord&lt;String, byte[]&gt; record) {
 *     return inbox.receive(record, "open-calls", (event) -&gt; switch (event) {
 *         case CallOpened opened -&gt; openCalls.open(opened);
 *         case CallClosed closed -&gt; openCalls.close(closed);
 *         default -&gt; Mono.empty();
 *     });
 * }
 * </pre>
 */
public final class Inbox implements DisposableBean {

	/** Dead-letter header: the consumer that gave up. */
	public static final String DLT_CONSUMER = "scibureau_dlt_consumer";

	/** Dead-letter header: the class of the last failure. */
	public static final String DLT_EXCEPTION = "scibureau_dlt_exception";

	/** Dead-letter header: the message of the last failure. */
	public static final String DLT_MESSAGE = "scibureau_dlt_message";

	/** Dead-letter header: where the record came from, as {@code topic-partition@offset}. */
	public static final String DLT_ORIGIN = "scibureau_dlt_origin";

	private static final Log logger = LogFactory.getLog(Inbox.class);

	private static final String RECORD = """
			insert into platform.inbox (event_id, consumer, event_type) values (:eventId, :consumer, :type)
			on conflict do nothing
			""";

	private final DatabaseClient database;

	private final TransactionalOperator transactions;

	private final CloudEventRecords cloudEvents;

	private final KafkaTemplate<String, byte[]> deadLetters;

	private final InboxProperties properties;

	private final MeterRegistry meters;

	private final DistributionSummary batchSizes;

	private final Map<TopicPartition, SerialLane<Delivery>> lanes = new ConcurrentHashMap<>();

	public Inbox(DatabaseClient database, TransactionalOperator transactions, CloudEventRecords cloudEvents,
			KafkaTemplate<String, byte[]> deadLetters, InboxProperties properties, MeterRegistry meters) {
		this.database = database;
		this.transactions = transactions;
		this.cloudEvents = cloudEvents;
		this.deadLetters = deadLetters;
		this.properties = properties;
		this.meters = meters;
		this.batchSizes = DistributionSummary.builder("scibureau.inbox.batch.size")
			.description("Events applied in one transaction")
			.register(meters);
	}

	/**
	 * Applies a consumed record once for {@code consumer}.
	 * @param record the record as the listener received it
	 * @param consumer the name of the effect (a read model, a saga step); each consumer keeps its own inbox
	 * @param effect what the event does; it runs in the inbox's transaction, so it must use the same database
	 * @return completes when the record is applied, skipped as a duplicate or unknown type, or dead-lettered
	 */
	public Mono<Void> receive(ConsumerRecord<String, byte[]> record, String consumer,
			Function<PublishedEvent, Mono<Void>> effect) {
		Delivery delivery = new Delivery(record, consumer, effect, Sinks.empty());
		this.lanes.computeIfAbsent(new TopicPartition(record.topic(), record.partition()),
				(partition) -> new SerialLane<>(this.properties.batchSize(), this::processOrFail, Inbox::abandon))
			.submit(delivery);
		return delivery.done().asMono();
	}

	/** Processes the batch; should anything escape, its records' listeners learn of it rather than wait forever. */
	private Mono<Void> processOrFail(List<Delivery> batch) {
		return Mono.defer(() -> process(batch)).onErrorResume((failure) -> {
			logger.error("Could not process a batch of " + batch.size() + " records", failure);
			batch.forEach((delivery) -> delivery.done().tryEmitError(failure));
			return Mono.empty();
		});
	}

	/** Decodes a batch of one partition's records, sets aside what cannot be applied, and applies the rest. */
	private Mono<Void> process(List<Delivery> batch) {
		List<Mono<Void>> undecodable = new ArrayList<>();
		List<Decoded> events = new ArrayList<>();
		for (Delivery delivery : batch) {
			try {
				IncomingEvent incoming = this.cloudEvents.fromRecord(delivery.record());
				PublishedEvent event = incoming.event();
				if (event != null) {
					events.add(new Decoded(delivery, incoming, event));
				}
				else {
					logger.debug("Ignoring event of unknown type " + incoming.type() + " on "
							+ delivery.record().topic());
					finish(delivery, "ignored");
				}
			}
			catch (EventDecodingException ex) {
				undecodable.add(deadLetter(delivery, ex));
			}
		}
		return Flux.concat(undecodable).then(apply(events)).doOnCancel(() -> batch.forEach(Inbox::abandon));
	}

	/**
	 * Applies the events in one transaction, in order. When one of them fails, the transaction rolls back: the
	 * events before it are applied again, the failing one goes on alone with the attempts it has left, and the
	 * events after it are applied after it.
	 */
	private Mono<Void> apply(List<Decoded> events) {
		if (events.isEmpty()) {
			return Mono.empty();
		}
		if (events.size() == 1) {
			return applyAlone(events.getFirst(), 0);
		}
		return this.transactions.transactional(Flux.fromIterable(events)
			.index()
			.concatMap((indexed) -> applyOnce(indexed.getT2())
				.onErrorMap((failure) -> new FailedInBatch(indexed.getT1().intValue(), failure)))
			.collectList())
			.doOnNext((outcomes) -> {
				this.batchSizes.record(events.size());
				for (int i = 0; i < events.size(); i++) {
					finish(events.get(i).delivery(), outcomes.get(i));
				}
			})
			.then()
			.onErrorResume((failure) -> recover(events, failure));
	}

	private Mono<Void> recover(List<Decoded> events, Throwable failure) {
		if (!(failure instanceof FailedInBatch failed)) {
			logger.warn("A batch of " + events.size() + " events failed; applying them one at a time", failure);
			return Flux.fromIterable(events).concatMap((event) -> applyAlone(event, 0)).then();
		}
		Decoded failing = events.get(failed.index());
		boolean retry = retryable(failed.getCause()) && this.properties.maxAttempts() > 1;
		if (retry) {
			logger.warn("Retrying " + describe(failing.incoming()) + " for " + failing.delivery().consumer()
					+ " alone (attempt 2), it failed in a batch: " + failed.getCause());
		}
		Mono<Void> goOn = retry ? Mono.delay(this.properties.initialBackoff()).then(applyAlone(failing, 1))
				: deadLetter(failing.delivery(), failed.getCause());
		return apply(events.subList(0, failed.index())).then(goOn)
			.then(apply(events.subList(failed.index() + 1, events.size())));
	}

	/** Applies one event in a transaction of its own, with the attempts it has left after {@code attemptsMade}. */
	private Mono<Void> applyAlone(Decoded event, int attemptsMade) {
		String consumer = event.delivery().consumer();
		long retries = this.properties.maxAttempts() - 1L - attemptsMade;
		return this.transactions.transactional(applyOnce(event))
			.retryWhen(Retry.backoff(retries, this.properties.initialBackoff())
				.maxBackoff(this.properties.maxBackoff())
				.filter(Inbox::retryable)
				.doBeforeRetry((signal) -> logger.warn("Retrying " + describe(event.incoming()) + " for " + consumer
						+ " (attempt " + (signal.totalRetries() + attemptsMade + 2) + "): " + signal.failure())))
			.doOnNext((outcome) -> {
				this.batchSizes.record(1);
				finish(event.delivery(), outcome);
			})
			.then()
			.onErrorResume((failure) -> deadLetter(event.delivery(), unwrap(failure)));
	}

	/** Records the event for its consumer and runs the effect, unless it was recorded before; names the outcome. */
	private Mono<String> applyOnce(Decoded event) {
		IncomingEvent incoming = event.incoming();
		String consumer = event.delivery().consumer();
		Mono<String> once = this.database.sql(RECORD)
			.bind("eventId", incoming.id())
			.bind("consumer", consumer)
			.bind("type", incoming.type())
			.fetch()
			.rowsUpdated()
			.flatMap((inserted) -> {
				if (inserted == 0) {
					logger.debug("Event " + incoming.id() + " was already applied by " + consumer);
					return Mono.just("duplicate");
				}
				return Mono.defer(() -> event.delivery().effect().apply(event.event())).thenReturn("applied");
			});
		return (incoming.correlationId() != null)
				? once.contextWrite((context) -> CorrelationId.with(context, incoming.correlationId())) : once;
	}

	/** Sends the record to the dead-letter topic; the returned {@code Mono} tells the delivery, not its caller. */
	private Mono<Void> deadLetter(Delivery delivery, Throwable failure) {
		ConsumerRecord<String, byte[]> record = delivery.record();
		return Mono.defer(() -> {
			logger.error("Giving up on record " + origin(record) + " for " + delivery.consumer()
					+ "; sending it to the dead-letter topic", failure);
			ProducerRecord<String, byte[]> dead = new ProducerRecord<>(Topics.deadLetter(record.topic()), null,
					record.key(), record.value());
			copy(record.headers(), dead.headers());
			dead.headers().add(DLT_CONSUMER, bytes(delivery.consumer()));
			dead.headers().add(DLT_EXCEPTION, bytes(failure.getClass().getName()));
			dead.headers().add(DLT_MESSAGE, bytes(String.valueOf(failure.getMessage())));
			dead.headers().add(DLT_ORIGIN, bytes(origin(record)));
			return Mono.fromFuture(() -> this.deadLetters.send(dead));
		})
			.doOnSuccess((sent) -> finish(delivery, "dead-lettered"))
			.then()
			.onErrorResume((sendFailure) -> {
				delivery.done().tryEmitError(sendFailure);
				return Mono.empty();
			});
	}

	private void finish(Delivery delivery, String outcome) {
		this.meters.counter("scibureau.inbox.events", "consumer", delivery.consumer(), "outcome", outcome).increment();
		delivery.done().tryEmitEmpty();
	}

	private static void abandon(Delivery delivery) {
		delivery.done().tryEmitError(new IllegalStateException("The inbox stopped before the record was applied"));
	}

	private static boolean retryable(Throwable failure) {
		Throwable cause = unwrap(failure);
		return !(cause instanceof EventDecodingException || cause instanceof UnprocessableEventException);
	}

	private static Throwable unwrap(Throwable failure) {
		return (failure.getCause() != null && Exceptions.isRetryExhausted(failure)) ? failure.getCause() : failure;
	}

	private static void copy(Headers from, Headers to) {
		from.forEach((header) -> to.add(header.key(), header.value()));
	}

	/** An event as the log names it: type, id and the correlation id it carries (there is no MDC, ADR 0028). */
	private static String describe(IncomingEvent incoming) {
		return incoming.type() + " " + incoming.id() + " [correlationId="
				+ Objects.requireNonNullElse(incoming.correlationId(), "") + "]";
	}

	private static String origin(ConsumerRecord<?, ?> record) {
		return record.topic() + "-" + record.partition() + "@" + record.offset();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public void destroy() {
		this.lanes.values().forEach(SerialLane::dispose);
	}

	/** A record handed to the inbox, and what to tell its listener when it is done. */
	private record Delivery(ConsumerRecord<String, byte[]> record, String consumer,
			Function<PublishedEvent, Mono<Void>> effect, Sinks.Empty<Void> done) {
	}

	private record Decoded(Delivery delivery, IncomingEvent incoming, PublishedEvent event) {
	}

	/** The failure of the event at {@code index} of a batch. */
	private static final class FailedInBatch extends RuntimeException {

		private final int index;

		FailedInBatch(int index, Throwable cause) {
			super(cause.getMessage(), cause, false, false);
			this.index = index;
		}

		int index() {
			return this.index;
		}

	}

}
