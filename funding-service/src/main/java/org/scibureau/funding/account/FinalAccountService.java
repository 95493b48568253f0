package org.scibureau.funding.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import org.scibureau.funding.fund.Funds;
import org.scibureau.funding.fund.domain.FundSource;
import org.scibureau.platform.domain.RuleViolation;
import org.scibureau.platform.domain.RulesViolated;
import org.scibureau.platform.events.funding.FinalAccountClosed;
import org.scibureau.platform.history.HistoryEntry;
import org.scibureau.platform.history.HistoryLog;
import org.scibureau.platform.id.References;
import org.scibureau.platform.id.UuidV7;
import org.scibureau.platform.outbox.Outbox;
import org.scibureau.platform.security.Caller;
import org.scibureau.platform.web.Cursor;
import org.scibureau.platform.web.DomainProblems;
import org.scibureau.platform.web.Page;
import org.scibureau.platform.web.PageRequest;
import org.scibureau.platform.web.ProblemException;
import org.scibureau.platform.web.ProblemType;

/**
 * Final accounts: read per fund and fiscal year, closed by a finance officer once the year is over, in one
 * transaction with the fund's history and {@code FinalAccountClosed}.
 */
@Service
class FinalAccountService {

	private final FinalAccounts accounts;

	private final Funds funds;

	private final Outbox outbox;

	private final HistoryLog history;

	private final TransactionalOperator transactions;

	private final Clock clock;

	FinalAccountService(FinalAccounts accounts, Funds funds, Outbox outbox, DatabaseClient database,
			TransactionalOperator transactions, Clock clock) {
		this.accounts = accounts;
		this.funds = funds;
		this.outbox = outbox;
		this.history = new HistoryLog(database, "fund_history", "fund_id");
		this.transactions = transactions;
		this.clock = clock;
	}

	Mono<Page<FinalAccount>> list(Caller caller, @Nullable Integer fiscalYear, @Nullable FundSource source,
			PageRequest page) {
		return this.accounts.find(fiscalYear, source, caller.visibleJurisdictions(), page)
			.collectList()
			.map((rows) -> Page.of(rows, page.limit(),
					(account) -> Cursor.after(account.createdAt(), account.fundId())));
	}

	/** Closes a fund's account for its fiscal year, once that year is over; a closed account stays as it was. */
	Mono<FinalAccount> close(Caller caller, UUID fundId) {
		Instant now = this.clock.instant();
		Mono<FinalAccount> close = this.funds.findById(fundId)
			.filter((fund) -> caller.canSee(fund.jurisdiction()))
			.switchIfEmpty(Mono.error(() -> ProblemException.notFound("fund", fundId)))
			.flatMap((fund) -> {
				int thisYear = now.atZone(References.BUREAU_ZONE).getYear();
				if (fund.fiscalYear() >= thisYear) {
					throw new RulesViolated(List.of(new RuleViolation("fundId", "fiscal-year-not-over",
							fund.fiscalYear())));
				}
				return this.accounts.close(fundId, caller.actor(), now).flatMap((closed) -> closed
						? this.accounts.findByFund(fundId)
						: Mono.error(new ProblemException(ProblemType.CONFLICT, "problem.conflict.final-account-closed",
								fund.reference())));
			})
			.flatMap((account) -> this.history
				.append(fundId, new HistoryEntry("close-final-account", "OPEN", "OPEN", caller.actor(), null, now))
				.then(this.outbox.append(new FinalAccountClosed(UuidV7.next(), now, fundId, account.reference(),
						account.fiscalYear(), account.source().name(), account.appropriation(), account.committed(),
						account.disbursed(), account.returned(), account.executionRate(), account.jurisdiction())))
				.thenReturn(account));
		return this.transactions.transactional(close).onErrorMap(DomainProblems::translate);
	}

}
