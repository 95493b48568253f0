package org.scibureau.plan.project;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

import org.scibureau.plan.project.domain.IndirectCostTiers;
import org.scibureau.plan.project.domain.TrancheSplit;

/**
 * The figures the bureau applies to projects, as configuration: municipal practice differs, so they are never
 * constants in code. plan-service ships the defaults in its {@code application.yml} (tranches 40/40/20; indirect
 * costs 30% of the first ¥5M of direct costs less equipment, 25% up to ¥10M, 20% above; approvals publicly noticed
 * for 7 days before contracting).
 *
 * @param trancheSplit the shares in percent in which an approved budget is paid out
 * @param indirectCostTiers the brackets of the indirect-cost cap
 * @param publicityDays how many days an approval is publicly noticed before its contract may be signed
 */
@ConfigurationProperties("scibureau.plan.projects")
public record ProjectRules(List<BigDecimal> trancheSplit, List<IndirectCostTiers.Tier> indirectCostTiers,
		int publicityDays) {

	public ProjectRules {
		// Fail at startup, not at the first approval, when the configured figures are inconsistent.
		new TrancheSplit(trancheSplit);
		new IndirectCostTiers(indirectCostTiers);
		if (publicityDays < 0) {
			throw new IllegalArgumentException("The publicity period cannot be negative: " + publicityDays);
		}
	}

	public TrancheSplit split() {
		return new TrancheSplit(this.trancheSplit);
	}

	IndirectCostTiers tiers() {
		return new IndirectCostTiers(this.indirectCostTiers);
	}

}
