package org.scibureau.platform.audit;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.transaction.reactive.TransactionCallback;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The platform's {@link TransactionalOperator}: a transaction that a state-changing request runs also writes the
 * request's audit record, as its last statement before the commit, so that the change and its record commit or roll
 * back together.
 * <p>
 * One record per request: the first transaction to commit holds it, later ones add none. Only a transaction that
 * starts here writes it; one that joins an enclosing transaction leaves it to that one. Pipelines outside a request
 * (event consumers, scheduled runs) carry no {@link AuditContext} and run as they would without this decoration.
 * Both {@code transactional} variants go through {@link #execute}, as {@link TransactionalOperator} defines them.
 */
public final class AuditingTransactionalOperator implements TransactionalOperator {

	private final TransactionalOperator delegate;

	private final AuditRecords records;

	private final Clock clock;

	public AuditingTransactionalOperator(TransactionalOperator delegate, AuditRecords records, Clock clock) {
		this.delegate = delegate;
		this.records = records;
		this.clock = clock;
	}

	@Override
	public <T> Flux<T> execute(TransactionCallback<T> action) {
		return Flux.deferContextual((context) -> AuditContext.from(context)
			.map((audit) -> executeAudited(action, audit))
			.orElseGet(() -> this.delegate.execute(action)));
	}

	private <T> Flux<T> executeAudited(TransactionCallback<T> action, AuditContext audit) {
		AtomicBoolean claimed = new AtomicBoolean();
		return this.delegate.execute((transaction) -> {
			Flux<T> change = Flux.from(action.doInTransaction(transaction));
			if (!transaction.isNewTransaction() || !audit.claim()) {
				return change;
			}
			claimed.set(true);
			return change.concatWith(Mono.defer(() -> this.records
				.append(audit.record(this.clock.instant(), null, AuditOutcome.SUCCEEDED))
				.then(Mono.empty())));
		}).doOnComplete(() -> {
			if (claimed.get()) {
				audit.committed();
			}
		}).doOnError((failure) -> release(audit, claimed)).doOnCancel(() -> release(audit, claimed));
	}

	private static void release(AuditContext audit, AtomicBoolean claimed) {
		if (claimed.get()) {
			audit.rolledBack();
		}
	}

}
