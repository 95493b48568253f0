package org.scibureau.funding.fund;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * A program a fund is to pay for.
 *
 * @param programId a program of a published plan
 */
record ProgramRequest(@NotNull UUID programId) {
}
