package org.scibureau.plan.talentpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import reactor.test.StepVerifier;

import org.scibureau.plan.talentpool.domain.ExpertProfile;
import org.scibureau.plan.talentpool.domain.ResearcherProfile;
import org.scibureau.platform.events.PublishedEvent;
import org.scibureau.platform.events.talent.ExpertRegistered;
import org.scibureau.platform.events.talent.ExpertUpdated;
import org.scibureau.platform.events.talent.IntegritySanctionImposed;
import org.scibureau.platform.events.talent.IntegritySanctionLifted;
import org.scibureau.platform.events.talent.ResearcherRegistered;
import org.scibureau.platform.events.talent.ResearcherUpdated;
import org.scibureau.platform.test.events.KafkaTestProducer;
import org.scibureau.platform.test.spring.RealInfrastructure;

@SpringBootTest
@RealInfrastructure(database = "plan")
class TalentPoolIntegrationTests {

	private static final Instant T0 = Instant.parse("2026-04-01T02:00:00Z");

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	@Autowired
	TalentPool pool;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrapServers;

	KafkaTestProducer producer;

	@AfterEach
	void closeProducer() {
		if (this.producer != null) {
			this.producer.close();
		}
	}

	@Test
	void keepsTheNewestFactsOfAResearcherAndAnExpert() {
		UUID id = UUID.randomUUID();
		UUID university = UUID.randomUUID();
		UUID institute = UUID.randomUUID();
		UUID rival = UUID.randomUUID();

		send(new ResearcherRegistered(UUID.randomUUID(), T0, id, "0000-0002-1825-0097", university,
				List.of("immunology"), "510100"));
		send(new ResearcherUpdated(UUID.randomUUID(), T0.plusSeconds(60), id, "0000-0002-1825-0097", institute,
				List.of("immunology", "oncology"), "510100"));
		send(new ExpertRegistered(UUID.randomUUID(), T0, id, university, List.of("immunology"), List.of(), List.of(), true,
				null, "510100"));
		send(new ExpertUpdated(UUID.randomUUID(), T0.plusSeconds(120), id, institute, List.of("oncology"),
				List.of(rival), List.of(), false, TODAY.plusDays(10), "510100"));
		send(new ExpertUpdated(UUID.randomUUID(), T0.plusSeconds(90), id, university, List.of("stale"), List.of(),
				List.of(), true, null, "510100"));
		UUID marker = UUID.randomUUID();
		send(new ExpertRegistered(UUID.randomUUID(), T0, marker, null, List.of("x"), List.of(), List.of(), true, null,
				"510100"));

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> StepVerifier.create(this.pool.experts().map(ExpertProfile::id).collectList())
				.assertNext((ids) -> assertThat(ids).contains(marker))
				.expectComplete()
				.verify(Duration.ofSeconds(10)));
		StepVerifier.create(this.pool.researcher(id))
			.expectNext(new ResearcherProfile(id, "0000-0002-1825-0097", institute, List.of("immunology", "oncology")))
			.expectComplete()
			.verify(Duration.ofSeconds(10));
		StepVerifier.create(this.pool.experts().filter((expert) -> expert.id().equals(id)))
			.expectNext(new ExpertProfile(id, institute, List.of("oncology"), List.of(rival), List.of(), false,
					TODAY.plusDays(10)))
			.expectComplete()
			.verify(Duration.ofSeconds(10));
	}

	@Test
	void barsAResearcherFromApplyingOnlyWhileASanctionWithThatScopeIsInForce() {
		UUID researcher = UUID.randomUUID();
		UUID current = UUID.randomUUID();
		send(imposed(researcher, current, true, TODAY.minusDays(30), TODAY.plusDays(30)));
		send(imposed(researcher, UUID.randomUUID(), true, TODAY.minusYears(3), TODAY.minusYears(1)));
		send(imposed(researcher, UUID.randomUUID(), false, TODAY.minusDays(1), null));
		send(imposed(researcher, UUID.randomUUID(), true, TODAY.plusDays(5), TODAY.plusDays(6)));

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertSanctions(researcher, 4));
		assertBarred(researcher, TODAY, true);
		assertBarred(researcher, TODAY.plusDays(31), false);
		assertBarred(researcher, TODAY.plusDays(5), true);
		assertBarred(UUID.randomUUID(), TODAY, false);

		send(new IntegritySanctionLifted(UUID.randomUUID(), Instant.now(), current, researcher, "Overturned on appeal",
				"510100"));

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertSanctions(researcher, 3));
		assertBarred(researcher, TODAY, false);
	}

	private void assertBarred(UUID researcher, LocalDate day, boolean barred) {
		StepVerifier.create(this.pool.barredFromApplying(researcher, day))
			.expectNext(barred)
			.expectComplete()
			.verify(Duration.ofSeconds(10));
	}

	private static IntegritySanctionImposed imposed(UUID researcher, UUID sanction, boolean barsApplying,
			LocalDate startsOn, LocalDate endsOn) {
		return new IntegritySanctionImposed(UUID.randomUUID(), Instant.now(), sanction, researcher, "PLAGIARISM",
				List.of("FUNDING_BAN"), new IntegritySanctionImposed.Scope(barsApplying, true, false, false, false),
				startsOn, endsOn, "510100");
	}

	private void assertSanctions(UUID researcher, long notLifted) {
		StepVerifier.create(this.pool.sanctionsOf(researcher).count())
			.expectNext(notLifted)
			.expectComplete()
			.verify(Duration.ofSeconds(10));
	}

	private void send(PublishedEvent event) {
		if (this.producer == null) {
			this.producer = KafkaTestProducer.of(this.bootstrapServers);
		}
		this.producer.send(event);
	}

}
