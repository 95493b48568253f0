package org.scibureau.plan.project;

import java.time.Clock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import org.scibureau.plan.project.domain.ProjectAction;
import org.scibureau.platform.domain.IllegalTransition;
import org.scibureau.platform.events.funding.AllocationEvent;
import org.scibureau.platform.events.funding.AllocationRejected;
import org.scibureau.platform.events.funding.FundingTopics;
import org.scibureau.platform.events.funding.FundsCommitted;
import org.scibureau.platform.inbox.Inbox;

/**
 * Records funding-service's answer to each funding attempt of an approved project: committed funds open the way to
 * the contract; a rejected allocation keeps the project approved with the reason visible until a plan officer
 * re-submits it. An answer that no longer fits the project (it was terminated meanwhile, or the answer is for an
 * earlier attempt) is logged and changes nothing.
 */
@Component
class FundingEventsListener {

	static final String CONSUMER = "project-funding";

	static final String ACTOR = "funding-service";

	private static final Log logger = LogFactory.getLog(FundingEventsListener.class);

	private final Inbox inbox;

	private final ProjectService projects;

	private final TransactionalOperator transactions;

	private final Clock clock;

	FundingEventsListener(Inbox inbox, ProjectService projects, TransactionalOperator transactions, Clock clock) {
		this.inbox = inbox;
		this.projects = projects;
		this.transactions = transactions;
		this.clock = clock;
	}

	@KafkaListener(id = "plan-project-funding", topics = FundingTopics.ALLOCATION)
	Mono<Void> on(ConsumerRecord<String, byte[]> record) {
		return this.inbox.receive(record, CONSUMER, (event) -> switch (event) {
			case FundsCommitted committed -> record(committed, ProjectAction.RECORD_FUNDS_COMMITTED);
			case AllocationRejected rejected -> record(rejected, ProjectAction.RECORD_ALLOCATION_REJECTED);
			default -> Mono.empty();
		});
	}

	private Mono<Void> record(AllocationEvent answer, ProjectAction action) {
		Mono<Void> record = this.projects.findById(answer.projectId())
			.flatMap((project) -> this.projects.apply(project, action, null, ACTOR, (current) -> switch (answer) {
				case FundsCommitted committed -> current.recordFundsCommitted(committed.allocationId(),
						committed.fundingAttempt(), this.clock.instant());
				case AllocationRejected rejected -> current.recordAllocationRejected(rejected.allocationId(),
						rejected.fundingAttempt(), rejected.reason(), rejected.detail(), this.clock.instant());
			}))
			.then()
			.onErrorResume((ex) -> ex instanceof IllegalTransition || ex instanceof IllegalArgumentException, (ex) -> {
				logger.warn("Ignored the answer to funding attempt " + answer.fundingAttempt() + " of project "
						+ answer.projectId() + ": " + ex.getMessage());
				return Mono.empty();
			});
		return this.transactions.transactional(record);
	}

}
