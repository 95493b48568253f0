package org.scibureau.platform.audit;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import org.scibureau.platform.web.FieldViolation;
import org.scibureau.platform.web.Page;
import org.scibureau.platform.web.PageRequest;
import org.scibureau.platform.web.ProblemException;
import org.scibureau.platform.web.ProblemType;

/**
 * A service's audit trail over HTTP under {@code scibureau.audit.path} (e.g. {@code /api/plan/audit-records}), for
 * auditors and the bureau administrator (see {@link AuditAccessRules}).
 */
@RestController
@RequestMapping(path = "${scibureau.audit.path}", produces = MediaType.APPLICATION_JSON_VALUE)
public class AuditRecordController {

	private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

	private final AuditRecords records;

	public AuditRecordController(AuditRecords records) {
		this.records = records;
	}

	/** The records the filters select, newest first, a page at a time. */
	@GetMapping
	Mono<Page<AuditRecordView>> list(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to,
			@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable AuditOutcome outcome,
			@RequestParam(required = false) @Nullable String method,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String cursor) {
		return Mono.defer(() -> {
			PageRequest page = PageRequest.of(limit, cursor);
			AuditFilter filter = new AuditFilter(from, to, blankToNull(actor), outcome, audited(method));
			return this.records.page(filter, page).map((result) -> result.map(AuditRecordView::of));
		});
	}

	private static @Nullable String audited(@Nullable String method) {
		if (method == null || method.isBlank()) {
			return null;
		}
		String name = method.strip().toUpperCase(Locale.ROOT);
		if (!METHODS.contains(name)) {
			throw new ProblemException(ProblemType.VALIDATION, null, new Object[0], Map.of(),
					List.of(FieldViolation.of("method", "invalid")));
		}
		return name;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * A record as auditors see it.
	 *
	 * @param id its id
	 * @param occurredAt when it was recorded
	 * @param actor who ({@code subject via client}), {@code null} without a valid token
	 * @param clientId through which client, {@code null} without a valid token
	 * @param method the HTTP method
	 * @param path the request path
	 * @param operation the matched route, if any
	 * @param status the status answered; {@code null} for a change recorded in its own transaction
	 * @param outcome how it ended
	 * @param correlationId the request's correlation id
	 */
	record AuditRecordView(UUID id, Instant occurredAt, @Nullable String actor, @Nullable String clientId,
			String method, String path, @Nullable String operation, @Nullable Integer status, AuditOutcome outcome,
			@Nullable String correlationId) {

		static AuditRecordView of(AuditRecord record) {
			return new AuditRecordView(record.id(), record.occurredAt(), record.actor(), record.clientId(),
					record.method(), record.path(), record.operation(), record.status(), record.outcome(),
					record.correlationId());
		}

	}

}
