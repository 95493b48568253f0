/**
 * Contract fuzzing: every operation of a service's published OpenAPI document driven with generated valid, boundary
 * and malformed requests, by callers with and without rights, each answer held to the document.
 */
@NullMarked
package org.scibureau.platform.test.contract;

import org.jspecify.annotations.NullMarked;
