package org.scibureau.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

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
import reactor.core.publisher.Mono;
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
 * already recorded and has no second effect. Records of one partition are applied in order. A failing effect
 * is retried with backoff; when the attempts are used up, or the record cannot be decoded at all, the record
 * goes to {@code <topic>.dlt} with the failure in its headers, and consumption goes on.
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

	private final Map<TopicPartition, SerialLane> lanes = new ConcurrentHashMap<>();

	public Inbox(DatabaseClient database, TransactionalOperator transactions, CloudEventRecords cloudEvents,
			KafkaTemplate<String, byte[]> deadLetters, InboxProperties properties, MeterRegistry meters) {
		this.database = database;
		this.transactions = transactions;
		this.cloudEvents = cloudEvents;
		this.deadLetters = deadLetters;
		this.properties = properties;
		this.meters = meters;
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
		TopicPartition partition = new TopicPartition(record.topic(), record.partition());
		return this.lanes.computeIfAbsent(partition, (key) -> new SerialLane())
			.submit(Mono.defer(() -> process(record, consumer, effect)));
	}

	private Mono<Void> process(ConsumerRecord<String, byte[]> record, String consumer,
			Function<PublishedEvent, Mono<Void>> effect) {
		IncomingEvent incoming;
		try {
			incoming = this.cloudEvents.fromRecord(record);
		}
		catch (EventDecodingException ex) {
			return deadLetter(record, consumer, ex);
		}
		PublishedEvent event = incoming.event();
		if (event == null) {
			count(consumer, "ignored");
			logger.debug("Ignoring event of unknown type " + incoming.type() + " on " + record.topic());
			return Mono.empty();
		}
		Mono<Void> apply = applyOnce(incoming, event, consumer, effect)
			.retryWhen(Retry.backoff(this.properties.maxAttempts() - 1L, this.properties.initialBackoff())
				.maxBackoff(this.properties.maxBackoff())
				.filter(Inbox::retryable)
				.doBeforeRetry((signal) -> logger.warn("Retrying " + incoming.type() + " " + incoming.id() + " for "
						+ consumer + " (attempt " + (signal.totalRetries() + 2) + "): " + signal.failure())))
			.onErrorResume((failure) -> deadLetter(record, consumer, unwrap(failure)));
		return (incoming.correlationId() != null)
				? apply.contextWrite((context) -> CorrelationId.with(context, incoming.correlationId())) : apply;
	}

	private Mono<Void> applyOnce(IncomingEvent incoming, PublishedEvent event, String consumer,
			Function<PublishedEvent, Mono<Void>> effect) {
		Mono<Void> once = this.database.sql(RECORD)
			.bind("eventId", incoming.id())
			.bind("consumer", consumer)
			.bind("type", incoming.type())
			.fetch()
			.rowsUpdated()
			.flatMap((inserted) -> {
				if (inserted == 0) {
					count(consumer, "duplicate");
					logger.debug("Event " + incoming.id() + " was already applied by " + consumer);
					return Mono.empty();
				}
				return Mono.defer(() -> effect.apply(event)).then(Mono.fromRunnable(() -> count(consumer, "applied")));
			});
		return this.transactions.transactional(once);
	}

	private Mono<Void> deadLetter(ConsumerRecord<String, byte[]> record, String consumer, Throwable failure) {
		logger.error("Giving up on record " + origin(record) + " for " + consumer + "; sending it to the dead-letter topic",
				failure);
		ProducerRecord<String, byte[]> dead = new ProducerRecord<>(Topics.deadLetter(record.topic()), null,
				record.key(), record.value());
		copy(record.headers(), dead.headers());
		dead.headers().add(DLT_CONSUMER, bytes(consumer));
		dead.headers().add(DLT_EXCEPTION, bytes(failure.getClass().getName()));
		dead.headers().add(DLT_MESSAGE, bytes(String.valueOf(failure.getMessage())));
		dead.headers().add(DLT_ORIGIN, bytes(origin(record)));
		return Mono.fromFuture(() -> this.deadLetters.send(dead))
			.doOnSuccess((sent) -> count(consumer, "dead-lettered"))
			.then();
	}

	private static boolean retryable(Throwable failure) {
		Throwable cause = unwrap(failure);
		return !(cause instanceof EventDecodingException || cause instanceof UnprocessableEventException);
	}

	private static Throwable unwrap(Throwable failure) {
		return (failure.getCause() != null && Exceptions.isRetryExhausted(failure)) ? failure.getCause() : failure;
	}

	private void count(String consumer, String outcome) {
		this.meters.counter("scibureau.inbox.events", "consumer", consumer, "outcome", outcome).increment();
	}

	private static void copy(Headers from, Headers to) {
		from.forEach((header) -> to.add(header.key(), header.value()));
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

}
