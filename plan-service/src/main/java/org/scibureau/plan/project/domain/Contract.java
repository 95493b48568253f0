package org.scibureau.plan.project.domain;

import java.time.LocalDate;

/**
 * The task contract of a funded project, as recorded by the plan officer.
 *
 * @param number the contract's number
 * @param signedOn the day it was signed
 */
public record Contract(String number, LocalDate signedOn) {
}
