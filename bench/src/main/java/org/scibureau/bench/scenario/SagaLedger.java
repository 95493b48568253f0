package org.scibureau.bench.scenario;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import org.jspecify.annotations.Nullable;

import org.scibureau.platform.test.infrastructure.Database;

/**
 * What the saga left in the two services' databases, read over JDBC: when each project's saga ended (plan-service
 * recorded funding-service's answer: the project's last change, as no one acts on it after), and after the load
 * whether the two services agree and the fund kept its invariant.
 */
final class SagaLedger {

	private static final Duration POLL = Duration.ofMillis(50);

	private final Database plan;

	private final Database funding;

	SagaLedger(Database plan, Database funding) {
		this.plan = plan;
		this.funding = funding;
	}

	/**
	 * Waits until every approved project among these has funding-service's answer recorded, or the wait is over.
	 * @param projects the projects of one load
	 * @param wait how long at most
	 * @return when each approved project's answer was recorded in plan-service; those still awaiting it are missing
	 * @throws IOException if the database cannot be read
	 */
	Map<UUID, Instant> awaitEnds(Collection<UUID> projects, Duration wait) throws IOException {
		long deadline = System.nanoTime() + wait.toNanos();
		try (Connection connection = connect(this.plan);
				PreparedStatement select = connection.prepareStatement("""
						select id, funding->>'outcome', updated_at from project
						where status = 'APPROVED' and id = any (?)""")) {
			Array ids = connection.createArrayOf("uuid", projects.toArray());
			while (true) {
				Map<UUID, Instant> ends = new HashMap<>();
				boolean awaiting = false;
				select.setArray(1, ids);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						if ("REQUESTED".equals(rows.getString(2))) {
							awaiting = true;
						}
						else {
							ends.put(rows.getObject(1, UUID.class), rows.getTimestamp(3).toInstant());
						}
					}
				}
				if (!awaiting || System.nanoTime() > deadline) {
					return ends;
				}
				LockSupport.parkNanos(POLL.toNanos());
			}
		}
		catch (SQLException ex) {
			throw new IOException("Could not read plan-service's projects", ex);
		}
	}

	/**
	 * Checks the saga's invariants over every project and allocation: each approved project has been answered and
	 * has exactly one allocation, for its first funding attempt, committed (the fund has room for every approval)
	 * with its approved amount, and plan-service names that allocation; no allocation is for a project plan-service
	 * has not approved; the fund's committed figure is the sum of its committed allocations and never exceeds its
	 * appropriation.
	 * @param fundId the fund
	 * @return each violation, in words; none when the saga kept every invariant
	 * @throws IOException if a database cannot be read
	 */
	List<String> violations(UUID fundId) throws IOException {
		Map<UUID, PlanProject> projects = planProjects();
		Map<UUID, List<Allocation>> allocations = allocations();
		List<String> violations = new ArrayList<>();
		BigDecimal committed = BigDecimal.ZERO;
		for (PlanProject project : projects.values()) {
			List<Allocation> own = allocations.getOrDefault(project.id(), List.of());
			if (!"APPROVED".equals(project.status())) {
				if (!own.isEmpty()) {
					violations.add("project " + project.id() + " is " + project.status() + " in plan-service but has "
							+ own.size() + " allocation(s) in funding-service");
				}
				continue;
			}
			if ("REQUESTED".equals(project.outcome())) {
				violations.add("project " + project.id() + " is stuck: plan-service has no answer from funding");
			}
			if (own.size() != 1) {
				violations.add("project " + project.id() + " has " + own.size() + " allocations, not one");
				continue;
			}
			Allocation allocation = own.get(0);
			if (!"COMMITTED".equals(allocation.status())) {
				violations.add("project " + project.id() + "'s allocation is " + allocation.status() + " ("
						+ allocation.rejectionReason() + ") although the fund has room for every approval");
			}
			if (!"REQUESTED".equals(project.outcome()) && !allocation.status().equals(project.outcome())) {
				violations.add("project " + project.id() + " is " + project.outcome()
						+ " in plan-service, its allocation " + allocation.status() + " in funding-service");
			}
			if (project.outcome() != null && !"REQUESTED".equals(project.outcome())
					&& !allocation.id().equals(project.allocationId())) {
				violations.add("project " + project.id() + " names allocation " + project.allocationId()
						+ " in plan-service, funding-service has " + allocation.id());
			}
			if (allocation.attempt() != 1 || project.attempt() != 1) {
				violations.add("project " + project.id() + " is at funding attempt " + project.attempt()
						+ " in plan-service, its allocation answers attempt " + allocation.attempt());
			}
			if (project.amount().compareTo(allocation.amount()) != 0) {
				violations.add("project " + project.id() + " was approved for " + project.amount()
						+ " in plan-service, allocated " + allocation.amount() + " in funding-service");
			}
			if ("COMMITTED".equals(allocation.status()) && fundId.equals(allocation.fundId())) {
				committed = committed.add(allocation.amount());
			}
		}
		allocations.keySet()
			.stream()
			.filter((project) -> !projects.containsKey(project))
			.forEach((project) -> violations.add("funding-service allocated to project " + project
					+ ", which plan-service does not have"));
		violations.addAll(fund(fundId, committed));
		return violations;
	}

	private List<String> fund(UUID fundId, BigDecimal allocated) throws IOException {
		try (Connection connection = connect(this.funding);
				PreparedStatement select = connection
					.prepareStatement("select appropriation, committed, disbursed from fund where id = ?")) {
			select.setObject(1, fundId);
			try (ResultSet rows = select.executeQuery()) {
				if (!rows.next()) {
					return List.of("fund " + fundId + " is missing in funding-service");
				}
				BigDecimal appropriation = rows.getBigDecimal(1);
				BigDecimal committed = rows.getBigDecimal(2);
				BigDecimal disbursed = rows.getBigDecimal(3);
				List<String> violations = new ArrayList<>();
				if (committed.compareTo(allocated) != 0) {
					violations.add("the fund has " + committed + " committed, its committed allocations add up to "
							+ allocated);
				}
				if (committed.add(disbursed).compareTo(appropriation) > 0) {
					violations.add("the fund committed " + committed + " and disbursed " + disbursed
							+ ", more than its " + appropriation);
				}
				return violations;
			}
		}
		catch (SQLException ex) {
			throw new IOException("Could not read funding-service's fund", ex);
		}
	}

	private Map<UUID, PlanProject> planProjects() throws IOException {
		try (Connection connection = connect(this.plan);
				PreparedStatement select = connection.prepareStatement("""
						select id, status, approved_amount, funding->>'outcome', funding->>'allocationId',
						       coalesce((funding->>'attempt')::int, 0)
						from project""");
				ResultSet rows = select.executeQuery()) {
			Map<UUID, PlanProject> projects = new HashMap<>();
			while (rows.next()) {
				String allocationId = rows.getString(5);
				PlanProject project = new PlanProject(rows.getObject(1, UUID.class), rows.getString(2),
						Objects.requireNonNullElse(rows.getBigDecimal(3), BigDecimal.ZERO), rows.getString(4),
						(allocationId != null) ? UUID.fromString(allocationId) : null, rows.getInt(6));
				projects.put(project.id(), project);
			}
			return projects;
		}
		catch (SQLException ex) {
			throw new IOException("Could not read plan-service's projects", ex);
		}
	}

	private Map<UUID, List<Allocation>> allocations() throws IOException {
		try (Connection connection = connect(this.funding);
				PreparedStatement select = connection.prepareStatement("""
						select id, project_id, funding_attempt, status, rejection_reason, amount, fund_id
						from allocation""");
				ResultSet rows = select.executeQuery()) {
			Map<UUID, List<Allocation>> allocations = new HashMap<>();
			while (rows.next()) {
				Allocation allocation = new Allocation(rows.getObject(1, UUID.class), rows.getInt(3), rows.getString(4),
						rows.getString(5), rows.getBigDecimal(6), rows.getObject(7, UUID.class));
				allocations.computeIfAbsent(rows.getObject(2, UUID.class), (project) -> new ArrayList<>())
					.add(allocation);
			}
			return allocations;
		}
		catch (SQLException ex) {
			throw new IOException("Could not read funding-service's allocations", ex);
		}
	}

	private static Connection connect(Database database) throws SQLException {
		return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
	}

	/** A project as plan-service has it: its state, approved amount and funding answer, if any. */
	private record PlanProject(UUID id, String status, BigDecimal amount, @Nullable String outcome,
			@Nullable UUID allocationId, int attempt) {
	}

	/** An allocation as funding-service has it. */
	private record Allocation(UUID id, int attempt, String status, @Nullable String rejectionReason,
			BigDecimal amount, @Nullable UUID fundId) {
	}

}
