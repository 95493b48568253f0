package org.scibureau.funding.allocation;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import reactor.test.StepVerifier;

import org.scibureau.funding.FundingServiceApplication;
import org.scibureau.funding.FundingTestSupport;
import org.scibureau.funding.FundingWorld;
import org.scibureau.platform.events.funding.FundingTopics;
import org.scibureau.platform.events.plan.ProjectApproved;
import org.scibureau.platform.test.events.KafkaTestConsumer;
import org.scibureau.platform.test.infrastructure.Database;
import org.scibureau.platform.test.infrastructure.TestInfrastructure;
import org.scibureau.platform.test.token.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The invariant under load: 500 approvals of distinct projects, some delivered twice (once on another partition, so
 * that two consumers take the same event at once), consumed by two instances, at a fund that holds only part of
 * them. The committed total never exceeds the appropriation and is exactly what the committed allocations add up
 * to; each project has one allocation and one answer.
 */
class AllocationConcurrencyIntegrationTests extends FundingTestSupport {

	private static final int APPROVALS = 500;

	private static final int DUPLICATES = 75;

	@Test
	void neverCommitsMoreThanTheFundHoldsNorAnswersAnApprovalTwice() {
		Random random = new Random(20261125);
		try (KafkaTestConsumer answers = KafkaTestConsumer.of(this.bootstrapServers, FundingTopics.ALLOCATION);
				ConfigurableApplicationContext second = secondInstance()) {
			UUID program = this.world.publishedProgram();
			BigDecimal appropriation = new BigDecimal("2000000.00");
			Map<String, Object> fund = this.world.fund(appropriation.toPlainString(), program);
			List<ProjectApproved> approvals = new ArrayList<>();
			for (int i = 0; i < APPROVALS; i++) {
				approvals.add(FundingWorld.approval(program, (5000 + 100 * random.nextInt(101)) + ".00"));
			}

			for (ProjectApproved approval : approvals) {
				this.producer.send(approval);
			}
			for (int i = 0; i < DUPLICATES; i++) {
				ProjectApproved again = approvals.get(random.nextInt(APPROVALS));
				// The same event under another key: another partition, another consumer, possibly at once; the inbox
				// knows its id.
				this.producer.send(again, UUID.randomUUID().toString());
				// The same approval as a new event: only the allocation's unique indexes stop a second answer.
				this.producer.send(new ProjectApproved(UUID.randomUUID(), again.occurredAt(), again.projectId(),
						again.reference(), again.callId(), again.programId(), again.organisationId(),
						again.principalInvestigatorId(), again.jurisdiction(), again.status(), again.title(),
						again.approvedAmount(), again.fiscalYear(), again.fundingAttempt(), again.tranches(),
						again.approvedBy(), again.lineBudgets()), UUID.randomUUID().toString());
			}

			Map<UUID, List<JsonNode>> answersByProject = new HashMap<>();
			await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
				answersByProject.clear();
				for (ConsumerRecord<String, byte[]> record : answers.records()) {
					JsonNode answer = this.json.readTree(new String(record.value(), StandardCharsets.UTF_8));
					if (answer.has("projectId") && program.toString().equals(answer.get("programId").asString())) {
						answersByProject.computeIfAbsent(UUID.fromString(answer.get("projectId").asString()),
								(key) -> new ArrayList<>()).add(answer);
					}
				}
				return answersByProject.size() == APPROVALS;
			});

			// Late second answers, if any, would come after the first ones: watch a while longer.
			answers.assertNoRecord((record) -> answersByProject.containsKey(projectOf(record))
					&& !answersByProject.get(projectOf(record)).get(0).get("allocationId").asString()
						.equals(this.json.readTree(record.value()).get("allocationId").asString()),
					Duration.ofSeconds(5));
			assertThat(answersByProject.values()).allSatisfy((answersOfOne) -> assertThat(answersOfOne).hasSize(1));
			BigDecimal committedByAnswers = answersByProject.values().stream()
				.map((answersOfOne) -> answersOfOne.get(0))
				.filter((answer) -> answer.has("fundId"))
				.map((answer) -> answer.get("amount").decimalValue())
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			Map<String, Object> after = this.world.fund(fund.get("id"));
			BigDecimal committed = new BigDecimal(after.get("committed").toString());
			assertThat(committed).isLessThanOrEqualTo(appropriation).isEqualByComparingTo(committedByAnswers);
			assertThat(committed).as("the fund holds only part of the approvals").isLessThan(approvals.stream()
				.map(ProjectApproved::approvedAmount)
				.reduce(BigDecimal.ZERO, BigDecimal::add));
			StepVerifier.create(this.database.sql("""
					select count(*) as allocations, count(distinct project_id) as projects,
					       coalesce(sum(amount) filter (where status = 'COMMITTED'), 0) as committed
					from allocation where program_id = :program""")
				.bind("program", program)
				.map((row) -> List.of(row.get("allocations", Long.class), row.get("projects", Long.class),
						row.get("committed", BigDecimal.class)))
				.one())
				.assertNext((figures) -> {
					assertThat(figures.get(0)).isEqualTo((long) APPROVALS);
					assertThat(figures.get(1)).isEqualTo((long) APPROVALS);
					assertThat((BigDecimal) figures.get(2)).isEqualByComparingTo(committed);
				})
				.verifyComplete();
		}
	}

	private UUID projectOf(ConsumerRecord<String, byte[]> record) {
		JsonNode answer = this.json.readTree(record.value());
		return answer.has("projectId") ? UUID.fromString(answer.get("projectId").asString()) : new UUID(0, 0);
	}

	/** A second funding-service on the same database and broker, in the same consumer groups. */
	private ConfigurableApplicationContext secondInstance() {
		Database db = TestInfrastructure.database("funding");
		TestTokens tokens = TestTokens.shared();
		return new SpringApplicationBuilder(FundingServiceApplication.class).web(WebApplicationType.REACTIVE)
			.run("--spring.r2dbc.url=" + db.r2dbcUrl(), "--spring.r2dbc.username=" + db.username(),
					"--spring.r2dbc.password=" + db.password(), "--spring.flyway.url=" + db.jdbcUrl(),
					"--spring.flyway.user=" + db.username(), "--spring.flyway.password=" + db.password(),
					"--spring.kafka.bootstrap-servers=" + this.bootstrapServers,
					"--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + tokens.issuer(),
					"--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + tokens.jwkSetUri(), "--server.port=0",
					"--spring.main.banner-mode=off");
	}

}
