package org.scibureau.plan.project;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

import org.scibureau.plan.project.domain.IndirectCostTiers;
import org.scibureau.plan.project.domain.TrancheSplit;

/**
 * The figures the bureau applies to projects, as configuration: municipal practice differs, so they are never
 * constants in code. plan-service ships the defaults in its {@code application.yml} (tranches 40/40/20; indirect
 * costs 30% of the first ¥5M of direct costs less equipment, 25% up to ¥10M, 20% above).
 *
 * @param trancheSplit the shares in percent in which an approved budget is paid out
 * @param indirectCostTiers the brackets of the indirect-cost cap
 */
@ConfigurationProperties("scibureau.plan.projects")
public record ProjectRules(List<BigDecimal> trancheSplit, List<IndirectCostTiers.Tier> indirectCostTiers) {

	public ProjectRules {
		// Fail at startup, not at the first approval, when the configured figures are inconsistent.
		new TrancheSplit(trancheSplit);
		new IndirectCostTiers(indirectCostTiers);
	}

	public TrancheSplit split() {
		return new TrancheSplit(this.trancheSplit);
	}

	IndirectCostTiers tiers() {
		return new IndirectCostTiers(this.indirectCostTiers);
	}

}
