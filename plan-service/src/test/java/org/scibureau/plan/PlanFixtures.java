package org.scibureau.plan;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.scibureau.platform.test.token.TestTokens;

/**
 * Request bodies and tokens the plan-service tests share.
 */
public final class PlanFixtures {

	public static final String CHENGDU = "510100";

	public static final String WUHOU = "510107";

	private PlanFixtures() {
	}

	/** A token of a city plan officer. */
	public static String planOfficer() {
		return TestTokens.shared().token().roles("plan-officer").jurisdiction(CHENGDU).subject("planner").build();
	}

	/** A token with the given role in Chengdu. */
	public static String tokenFor(String role) {
		return TestTokens.shared().token().roles(role).jurisdiction(CHENGDU).subject(role + "-user").build();
	}

	/** An annual plan with two programs, titled uniquely. */
	public static Map<String, Object> annualPlan(String title) {
		return Map.of("kind", "ANNUAL", "title", title, "periodStart", 2026, "periodEnd", 2026, "jurisdiction", CHENGDU,
				"priorityAreas", List.of("biomedicine", "artificial-intelligence"),
				"targets", List.of(Map.of("indicator", "R&D spending share of GDP", "unit", "%", "baseline", 3.2, "target", 3.4)),
				"programs", List.of(
						Map.of("name", "Key R&D — Biomedicine", "priorityArea", "biomedicine",
								"managingDepartment", "High-tech Department", "annualBudgetCeiling", 50000000.00,
								"managementInstitution", "Chengdu S&T Project Management Centre"),
						Map.of("name", "Key R&D — AI", "priorityArea", "artificial-intelligence",
								"managingDepartment", "High-tech Department", "annualBudgetCeiling", 30000000.50)));
	}

	/** A unique title, so tests sharing the database do not see each other's plans. */
	public static String uniqueTitle(String prefix) {
		return prefix + " " + UUID.randomUUID();
	}

}
