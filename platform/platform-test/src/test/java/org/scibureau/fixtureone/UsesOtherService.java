package org.scibureau.fixtureone;

import org.scibureau.fixturetwo.OtherServiceType;

/**
 * Breaks {@code servicesAreIndependent}.
 */
public class UsesOtherService {

	OtherServiceType other = new OtherServiceType();

}
