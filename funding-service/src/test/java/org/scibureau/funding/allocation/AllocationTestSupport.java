package org.scibureau.funding.allocation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.scibureau.funding.FundingTestSupport;

/**
 * The allocation tests' common ground, with a watcher of funding-service's allocation events.
 */
abstract class AllocationTestSupport extends FundingTestSupport {

	AllocationEvents events;

	@BeforeEach
	void watchEvents() {
		this.events = new AllocationEvents(this.bootstrapServers, this.json);
	}

	@AfterEach
	void stopWatching() {
		this.events.close();
	}

}
