package org.scibureau.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.test.StepVerifier;

import org.scibureau.platform.events.LineBudget;
import org.scibureau.platform.events.Tranche;
import org.scibureau.platform.events.plan.MilestoneAccepted;
import org.scibureau.platform.events.plan.PlanPublished;
import org.scibureau.platform.events.plan.ProjectAccepted;
import org.scibureau.platform.events.plan.ProjectApproved;
import org.scibureau.platform.events.plan.ProjectClosed;
import org.scibureau.platform.events.plan.ProjectContracted;
import org.scibureau.platform.events.plan.ProjectFundingRequested;
import org.scibureau.platform.events.plan.ProjectResumed;
import org.scibureau.platform.events.plan.ProjectSuspended;
import org.scibureau.platform.events.plan.ProjectTerminated;
import org.scibureau.platform.events.talent.IntegritySanctionImposed;
import org.scibureau.platform.events.talent.IntegritySanctionLifted;
import org.scibureau.platform.test.events.KafkaTestProducer;
import org.scibureau.platform.test.token.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What funding-service's tests set up: programs published by plan-service, funds paying for them, approvals.
 */
public final class FundingWorld {

	public static final String CHENGDU = "510100";

	public static final int THIS_YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

	/** The subject of the plan officer who approves the projects of {@link #approval}. */
	public static final String APPROVER = "planner-user";

	public static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	private static final AtomicInteger references = new AtomicInteger();

	private final WebTestClient http;

	private final KafkaTestProducer producer;

	private final DatabaseClient database;

	public FundingWorld(WebTestClient http, KafkaTestProducer producer, DatabaseClient database) {
		this.http = http;
		this.producer = producer;
		this.database = database;
	}

	/** A token of a city finance officer. */
	public static String financeOfficer() {
		return token("finance-officer");
	}

	/** A token of a city finance officer with a name of its own, for separation of duties. */
	public static String financeOfficer(String subject) {
		return TestTokens.shared().token().roles("finance-officer").jurisdiction(CHENGDU).subject(subject).build();
	}

	/** A token with the role in Chengdu. */
	public static String token(String role) {
		return TestTokens.shared().token().roles(role).jurisdiction(CHENGDU).subject(role + "-user").build();
	}

	/** A token of an applicant of the organisation. */
	public static String applicant(UUID organisationId) {
		return TestTokens.shared().token().roles("applicant").org(organisationId.toString()).subject("applicant").build();
	}

	/** A program of a plan plan-service publishes, once funding-service has learned it. */
	public UUID publishedProgram() {
		UUID programId = UUID.randomUUID();
		this.producer.send(new PlanPublished(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), "PLN-2026-000001",
				"ANNUAL", "Annual plan", THIS_YEAR, THIS_YEAR, CHENGDU, List.of("biomedicine"),
				List.of(new PlanPublished.Program(programId, "Key R&D — Biomedicine " + programId, "biomedicine",
						"High-tech Department", new BigDecimal("50000000.00"), null)),
				null));
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> StepVerifier
			.create(this.database.sql("select count(*) as n from program where program_id = :id")
				.bind("id", programId)
				.map((row) -> row.get("n", Long.class))
				.one())
			.expectNext(1L)
			.verifyComplete());
		return programId;
	}

	/** A fund of this year paying for the programs, as a finance officer sets it up. */
	public Map<String, Object> fund(String appropriation, UUID... programIds) {
		return fund(THIS_YEAR, appropriation, programIds);
	}

	/** A fund of a fiscal year paying for the programs. */
	public Map<String, Object> fund(int fiscalYear, String appropriation, UUID... programIds) {
		return this.http.post()
			.uri("/api/funding/funds")
			.headers((headers) -> headers.setBearerAuth(financeOfficer()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "Fund " + UUID.randomUUID(), "fiscalYear", fiscalYear, "source",
					"MUNICIPAL_BUDGET", "jurisdiction", CHENGDU, "appropriation", new BigDecimal(appropriation),
					"programIds", List.of(programIds)))
			.exchange()
			.expectStatus().isCreated()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
	}

	/** A fund as it stands now. */
	public Map<String, Object> fund(Object fundId) {
		return this.http.get()
			.uri("/api/funding/funds/{id}", fundId)
			.headers((headers) -> headers.setBearerAuth(token("auditor")))
			.exchange()
			.expectStatus().isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
	}

	/** Asserts a fund's committed and disbursed figures. */
	public void assertFigures(Object fundId, String committed, String disbursed) {
		Map<String, Object> fund = fund(fundId);
		assertThat(new BigDecimal(fund.get("committed").toString())).as("committed").isEqualByComparingTo(committed);
		assertThat(new BigDecimal(fund.get("disbursed").toString())).as("disbursed").isEqualByComparingTo(disbursed);
	}

	/** The approval of a new project of the program, this year, its budget paid 40/40/20. */
	public static ProjectApproved approval(UUID programId, String amount) {
		return approval(programId, UUID.randomUUID(), amount);
	}

	/** The approval of a project of an organisation. */
	public static ProjectApproved approval(UUID programId, UUID organisationId, String amount) {
		return approval(programId, organisationId, amount, THIS_YEAR);
	}

	/** The approval of a new project of the program for a fiscal year. */
	public static ProjectApproved approval(UUID programId, String amount, int fiscalYear) {
		return approval(programId, UUID.randomUUID(), amount, fiscalYear);
	}

	private static ProjectApproved approval(UUID programId, UUID organisationId, String amount, int fiscalYear) {
		UUID projectId = UUID.randomUUID();
		BigDecimal budget = new BigDecimal(amount);
		String reference = "PRJ-%d-%06d".formatted(THIS_YEAR, references.incrementAndGet());
		return new ProjectApproved(UUID.randomUUID(), Instant.now(), projectId, reference, UUID.randomUUID(),
				programId, organisationId, UUID.randomUUID(), CHENGDU, "APPROVED", "Project " + projectId, budget,
				fiscalYear, 1, tranches(budget), APPROVER, lineBudgets(budget));
	}

	/** A plan officer's re-submission of an approved project for funding, as its next attempt. */
	public static ProjectFundingRequested resubmission(ProjectApproved approved, int attempt) {
		return new ProjectFundingRequested(UUID.randomUUID(), Instant.now(), approved.projectId(), approved.reference(),
				approved.callId(), approved.programId(), approved.organisationId(), approved.principalInvestigatorId(),
				approved.jurisdiction(), "APPROVED", approved.approvedAmount(), approved.fiscalYear(), attempt,
				approved.tranches());
	}

	public static ProjectContracted contracted(ProjectApproved approved, String allocationId) {
		return new ProjectContracted(UUID.randomUUID(), Instant.now(), approved.projectId(), approved.reference(),
				approved.callId(), approved.programId(), approved.organisationId(), approved.principalInvestigatorId(),
				approved.jurisdiction(), "CONTRACTED", "HT-2026-0001", LocalDate.now(), UUID.fromString(allocationId));
	}

	/** The acceptance of the milestone that releases the approval's second tranche. */
	public static MilestoneAccepted milestoneAccepted(ProjectApproved approved) {
		return new MilestoneAccepted(UUID.randomUUID(), Instant.now(), approved.projectId(), approved.reference(),
				approved.callId(), approved.programId(), approved.organisationId(), approved.principalInvestigatorId(),
				approved.jurisdiction(), "IN_PROGRESS", approved.tranches().get(1).milestoneId(), "Prototype");
	}

	public static ProjectAccepted accepted(ProjectApproved approved) {
		return new ProjectAccepted(UUID.randomUUID(), Instant.now(), approved.projectId(), approved.reference(),
				approved.callId(), approved.programId(), approved.organisationId(), approved.principalInvestigatorId(),
				approved.jurisdiction(), "ACCEPTED");
	}

	public static ProjectSuspended suspended(ProjectApproved approved) {
		return new ProjectSuspended(UUID.randomUUID(), Instant.now(), approved.projectId(), approved.reference(),
				approved.callId(), approved.programId(), approved.organisationId(), approved.principalInvestigatorId(),
				approved.jurisdiction(), "SUSPENDED", "Integrity investigation");
	}

	public static ProjectResumed resumed(ProjectApproved approved) {
		return new ProjectResumed(UUID.randomUUID(), Instant.now(), approved.projectId(), approved.reference(),
				approved.callId(), approved.programId(), approved.organisationId(), approved.principalInvestigatorId(),
				approved.jurisdiction(), "IN_PROGRESS");
	}

	public static ProjectTerminated terminated(ProjectApproved approved) {
		return new ProjectTerminated(UUID.randomUUID(), Instant.now(), approved.projectId(), approved.reference(),
				approved.callId(), approved.programId(), approved.organisationId(), approved.principalInvestigatorId(),
				approved.jurisdiction(), "TERMINATED", "Misconduct found");
	}

	public static ProjectClosed closed(ProjectApproved approved) {
		return new ProjectClosed(UUID.randomUUID(), Instant.now(), approved.projectId(), approved.reference(),
				approved.callId(), approved.programId(), approved.organisationId(), approved.principalInvestigatorId(),
				approved.jurisdiction(), "CLOSED");
	}

	/** The lifting of a sanction. */
	public static IntegritySanctionLifted lifted(IntegritySanctionImposed imposed) {
		return new IntegritySanctionLifted(UUID.randomUUID(), Instant.now(), imposed.sanctionId(),
				imposed.researcherId(), "Overturned on appeal", imposed.jurisdiction());
	}

	/** A sanction of the researcher in force since yesterday, barring funds or not. */
	public static IntegritySanctionImposed sanction(UUID researcherId, boolean barsFunds) {
		return sanction(researcherId, barsFunds, null);
	}

	/** A sanction of the researcher in force since yesterday until a day, or for life. */
	public static IntegritySanctionImposed sanction(UUID researcherId, boolean barsFunds, @Nullable LocalDate endsOn) {
		return new IntegritySanctionImposed(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), researcherId,
				"PLAGIARISM", List.of(barsFunds ? "FUNDING_BAN" : "WARNING_TALK"),
				new IntegritySanctionImposed.Scope(false, barsFunds, false, false, false), LocalDate.now().minusDays(1),
				endsOn, CHENGDU);
	}

	/** 70% materials, 30% personnel. */
	private static List<LineBudget> lineBudgets(BigDecimal budget) {
		BigDecimal materials = budget.multiply(new BigDecimal("0.70")).setScale(2, RoundingMode.DOWN);
		return List.of(new LineBudget("MATERIALS", materials), new LineBudget("PERSONNEL", budget.subtract(materials)));
	}

	private static List<Tranche> tranches(BigDecimal budget) {
		BigDecimal first = budget.multiply(new BigDecimal("0.40")).setScale(2, RoundingMode.DOWN);
		BigDecimal last = budget.subtract(first).subtract(first);
		return List.of(new Tranche(1, first, "CONTRACT_SIGNED", null),
				new Tranche(2, first, "MILESTONE_ACCEPTED", UUID.randomUUID()),
				new Tranche(3, last, "PROJECT_ACCEPTED", null));
	}

}
