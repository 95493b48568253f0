package org.scibureau.plan.project.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How an approved budget is paid out, as shares in percent: the first on contract signing, the last on the
 * project's acceptance, those between on the acceptance of milestones (the default to configure is 40/40/20;
 * municipal practice varies, so the split is data).
 *
 * @param percents the shares in payment order, at least two, each positive, adding up to exactly 100
 */
public record TrancheSplit(List<BigDecimal> percents) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public TrancheSplit {
		percents = List.copyOf(percents);
		if (percents.size() < 2) {
			throw new IllegalArgumentException("A tranche split needs a first and a last share: " + percents);
		}
		if (percents.stream().anyMatch((percent) -> percent.signum() <= 0)) {
			throw new IllegalArgumentException("Every tranche share must be positive: " + percents);
		}
		if (percents.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(HUNDRED) != 0) {
			throw new IllegalArgumentException("Tranche shares must add up to 100: " + percents);
		}
	}

	/**
	 * The tranches of an approved budget.
	 * <p>
	 * The middle shares go to the milestones in due order (ties in the order planned). With as many middle shares
	 * as milestones, the i-th share goes to the i-th milestone. Otherwise the shares are spread evenly over the
	 * milestones, leaving the last stretch of work to the final tranche: of m middle shares and k milestones, the
	 * i-th goes to the milestone at position ⌈i·k/(m+1)⌉ counting from 1. So with fewer shares some milestones
	 * release nothing (40/40/20 with three milestones: the second milestone releases the middle 40%), and with
	 * more shares one milestone may release several, merged into one tranche. A split of two shares ignores the
	 * milestones.
	 * <p>
	 * Each amount but the last is its share of the budget rounded down to the fen; the last takes the rest, so
	 * the tranches add up to exactly the budget and none is negative.
	 * @param budget the approved budget, positive, in CNY with two places
	 * @param milestones the project's milestones, at least one when the split has middle shares
	 */
	public List<Tranche> plan(BigDecimal budget, List<Milestone> milestones) {
		if (budget.signum() <= 0 || !Money.isCents(Money.normalised(budget))) {
			throw new IllegalArgumentException("A budget to pay out must be positive, in whole fen: " + budget);
		}
		int middle = this.percents.size() - 2;
		if (middle > 0 && milestones.isEmpty()) {
			throw new IllegalArgumentException("Middle tranches need milestones to release them");
		}
		List<Milestone> inDueOrder = milestones.stream().sorted(Comparator.comparing(Milestone::dueDate)).toList();
		Map<UUID, BigDecimal> milestoneShares = new LinkedHashMap<>();
		for (int i = 1; i <= middle; i++) {
			Milestone milestone = inDueOrder.get(Math.ceilDiv(i * inDueOrder.size(), middle + 1) - 1);
			milestoneShares.merge(milestone.id(), this.percents.get(i), BigDecimal::add);
		}
		List<Tranche> tranches = new ArrayList<>();
		BigDecimal total = Money.normalised(budget);
		BigDecimal paid = share(total, this.percents.get(0));
		tranches.add(new Tranche(1, paid, TrancheTrigger.CONTRACT_SIGNED, null));
		for (Map.Entry<UUID, BigDecimal> entry : milestoneShares.entrySet()) {
			BigDecimal amount = share(total, entry.getValue());
			tranches.add(new Tranche(tranches.size() + 1, amount, TrancheTrigger.MILESTONE_ACCEPTED, entry.getKey()));
			paid = paid.add(amount);
		}
		tranches.add(new Tranche(tranches.size() + 1, total.subtract(paid), TrancheTrigger.PROJECT_ACCEPTED, null));
		return List.copyOf(tranches);
	}

	private static BigDecimal share(BigDecimal budget, BigDecimal percent) {
		return budget.multiply(percent).divide(HUNDRED).setScale(Money.SCALE, RoundingMode.DOWN);
	}

}
