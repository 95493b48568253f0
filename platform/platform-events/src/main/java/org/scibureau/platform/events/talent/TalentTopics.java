package org.scibureau.platform.events.talent;

/**
 * Topics of talent-service's public event streams, one per aggregate, keyed by aggregate id.
 */
public final class TalentTopics {

	/** Researcher profiles. */
	public static final String RESEARCHER = "scibureau.talent.researcher.v1";

	/** Expert profiles of the review pool. */
	public static final String EXPERT = "scibureau.talent.expert.v1";

	/** Research-integrity sanctions. */
	public static final String INTEGRITY = "scibureau.talent.integrity.v1";

	private TalentTopics() {
	}

}
