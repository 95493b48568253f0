/**
 * The registry of applicant organisations: universities, institutes, enterprises, hospitals.
 */
@NullMarked
package org.scibureau.plan.organisation;

import org.jspecify.annotations.NullMarked;
