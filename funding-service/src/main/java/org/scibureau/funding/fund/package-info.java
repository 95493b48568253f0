/**
 * S&amp;T funds: set up by finance officers per fiscal year and source, paying for programs, read with their
 * figures by finance officers, auditors and dashboards.
 */
@NullMarked
package org.scibureau.funding.fund;

import org.jspecify.annotations.NullMarked;
