/**
 * A call's eligibility rules as declarative data, and the one engine that checks an application against them;
 * plain Java.
 */
@NullMarked
package org.scibureau.plan.eligibility.domain;

import org.jspecify.annotations.NullMarked;
