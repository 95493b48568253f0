package org.scibureau.funding.allocation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.scibureau.funding.allocation.domain.Tranche;
import org.scibureau.funding.allocation.domain.TrancheStatus;

/**
 * The tranches of committed allocations and where each stands.
 */
@Repository
class Tranches {

	private static final String COLUMNS = """
			allocation_id, sequence, amount, release_trigger, milestone_id, status, released_at, requested_by,
			requested_at, disbursed_by, disbursed_at, payment_reference""";

	private final DatabaseClient database;

	Tranches(DatabaseClient database) {
		this.database = database;
	}

	/** The plan of a new commitment, every tranche waiting for its trigger. */
	Mono<Void> plan(Allocation allocation) {
		return Flux.fromIterable(allocation.tranches())
			.concatMap((planned) -> {
				DatabaseClient.GenericExecuteSpec insert = this.database.sql("""
						insert into tranche (allocation_id, sequence, amount, release_trigger, milestone_id, status)
						values (:allocation, :sequence, :amount, :trigger, :milestone, 'PLANNED')""")
					.bind("allocation", allocation.id())
					.bind("sequence", planned.sequence())
					.bind("amount", planned.amount())
					.bind("trigger", planned.trigger());
				insert = (planned.milestoneId() != null) ? insert.bind("milestone", planned.milestoneId())
						: insert.bindNull("milestone", UUID.class);
				return insert.then();
			})
			.then();
	}

	/**
	 * Releases the planned tranches of an allocation that a trigger releases; a frozen one is marked to be due once
	 * it is unfrozen, so that nothing that happened during a freeze is lost.
	 * @param milestoneId the accepted milestone, for {@code MILESTONE_ACCEPTED}
	 * @return the tranches released now; none if they were released before
	 */
	Flux<Tranche> release(UUID allocationId, String trigger, @Nullable UUID milestoneId, Instant now) {
		DatabaseClient.GenericExecuteSpec release = this.database.sql("""
				update tranche set status = case when status = 'PLANNED' then 'RELEASED' else status end,
				       frozen_from = case when status = 'FROZEN' then 'RELEASED' else frozen_from end,
				       released_at = :at
				where allocation_id = :allocation and release_trigger = :trigger
				  and (status = 'PLANNED' or (status = 'FROZEN' and frozen_from = 'PLANNED'))"""
				+ ((milestoneId != null) ? " and milestone_id = :milestone" : "") + " returning " + COLUMNS)
			.bind("at", now)
			.bind("allocation", allocationId)
			.bind("trigger", trigger);
		if (milestoneId != null) {
			release = release.bind("milestone", milestoneId);
		}
		return release.map(Tranches::tranche).all();
	}

	/** A tranche, locked until the transaction ends, so that two officers cannot pay it at once. */
	Mono<Tranche> lock(UUID allocationId, int sequence) {
		return this.database.sql("select " + COLUMNS
				+ " from tranche where allocation_id = :allocation and sequence = :sequence for update")
			.bind("allocation", allocationId)
			.bind("sequence", sequence)
			.map(Tranches::tranche)
			.one();
	}

	Mono<Tranche> update(Tranche tranche) {
		DatabaseClient.GenericExecuteSpec update = this.database.sql("""
				update tranche set status = :status, requested_by = :requestedBy, requested_at = :requestedAt,
				       disbursed_by = :disbursedBy, disbursed_at = :disbursedAt, payment_reference = :paymentReference
				where allocation_id = :allocation and sequence = :sequence""")
			.bind("status", tranche.status().name())
			.bind("allocation", tranche.allocationId())
			.bind("sequence", tranche.sequence());
		update = bind(update, "requestedBy", tranche.requestedBy(), String.class);
		update = bind(update, "requestedAt", tranche.requestedAt(), Instant.class);
		update = bind(update, "disbursedBy", tranche.disbursedBy(), String.class);
		update = bind(update, "disbursedAt", tranche.disbursedAt(), Instant.class);
		update = bind(update, "paymentReference", tranche.paymentReference(), String.class);
		return update.then().thenReturn(tranche);
	}

	/** The tranches of allocations, in plan order per allocation. */
	Flux<Tranche> of(List<UUID> allocationIds) {
		if (allocationIds.isEmpty()) {
			return Flux.empty();
		}
		return this.database.sql("select " + COLUMNS + " from tranche where allocation_id = any(:ids)"
				+ " order by allocation_id, sequence")
			.bind("ids", allocationIds.toArray(UUID[]::new))
			.map(Tranches::tranche)
			.all();
	}

	/**
	 * Freezes what is not yet paid, remembering each tranche's state.
	 * @return the amount frozen
	 */
	Mono<BigDecimal> freeze(UUID allocationId) {
		return sum(this.database.sql("update tranche set frozen_from = status, status = 'FROZEN'"
				+ " where allocation_id = :allocation and status in ('PLANNED', 'RELEASED', 'AWAITING_CONFIRMATION')"
				+ " returning amount")
			.bind("allocation", allocationId));
	}

	/** Puts frozen tranches back in the state they were frozen in. */
	Mono<Void> unfreeze(UUID allocationId) {
		return this.database.sql("update tranche set status = frozen_from, frozen_from = null"
				+ " where allocation_id = :allocation and status = 'FROZEN'")
			.bind("allocation", allocationId)
			.then();
	}

	/**
	 * Gives up every tranche not yet paid, frozen or not.
	 * @return the amount given back
	 */
	Mono<BigDecimal> giveBack(UUID allocationId, Instant now) {
		return sum(this.database.sql("update tranche set status = 'RETURNED', frozen_from = null, returned_at = :at"
				+ " where allocation_id = :allocation"
				+ " and status in ('PLANNED', 'RELEASED', 'AWAITING_CONFIRMATION', 'FROZEN') returning amount")
			.bind("at", now)
			.bind("allocation", allocationId));
	}

	private static Mono<BigDecimal> sum(DatabaseClient.GenericExecuteSpec update) {
		return update.map((row) -> row.get("amount", BigDecimal.class))
			.all()
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Whether every tranche of the allocation is paid. */
	Mono<Boolean> allDisbursed(UUID allocationId) {
		return this.database.sql("select bool_and(status = 'DISBURSED') as paid from tranche"
				+ " where allocation_id = :allocation")
			.bind("allocation", allocationId)
			.map((row) -> Boolean.TRUE.equals(row.get("paid", Boolean.class)))
			.one();
	}

	private static Tranche tranche(Readable row) {
		return new Tranche(row.get("allocation_id", UUID.class), row.get("sequence", Integer.class),
				row.get("amount", BigDecimal.class), row.get("release_trigger", String.class),
				row.get("milestone_id", UUID.class), TrancheStatus.valueOf(row.get("status", String.class)),
				row.get("released_at", Instant.class), row.get("requested_by", String.class),
				row.get("requested_at", Instant.class), row.get("disbursed_by", String.class),
				row.get("disbursed_at", Instant.class), row.get("payment_reference", String.class));
	}

	private static <T> DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, String name,
			@Nullable T value, Class<T> type) {
		return (value != null) ? spec.bind(name, value) : spec.bindNull(name, type);
	}

}
