package org.scibureau.plan.rules;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

import org.scibureau.plan.project.domain.IndirectCostTiers;
import org.scibureau.plan.project.domain.MidtermCheckTiming;
import org.scibureau.plan.project.domain.PublicityPeriod;
import org.scibureau.plan.project.domain.TrancheSplit;

/**
 * The figures plan-service ships for projects, from its {@code application.yml}: tranches 40/40/20; indirect costs
 * 30% of the first ¥5M of direct costs less equipment, 25% up to ¥10M, 20% above; approvals publicly noticed for 7
 * days before contracting; mid-term checks from 40% of the planned period, required from 24 months. They become
 * the rules' first versions when the service first starts on its database; later changes are rule versions.
 *
 * @param trancheSplit the shares in percent in which an approved budget is paid out
 * @param indirectCostTiers the brackets of the indirect-cost cap
 * @param publicityDays how many days an approval is publicly noticed before its contract may be signed
 * @param midtermCheck when a project's mid-term check is held
 */
@ConfigurationProperties("scibureau.plan.projects")
record ProjectRuleDefaults(List<BigDecimal> trancheSplit, List<IndirectCostTiers.Tier> indirectCostTiers,
		int publicityDays, MidtermCheckTiming midtermCheck) {

	ProjectRuleDefaults {
		// Fail at startup, not at the first approval, when the configured figures are inconsistent.
		new TrancheSplit(trancheSplit);
		new IndirectCostTiers(indirectCostTiers);
		new PublicityPeriod(publicityDays);
	}

}
