/**
 * The report of a bench run: raw JSON, a Markdown summary, a self-contained HTML page with SVG charts, and the
 * console table.
 */
@NullMarked
package org.scibureau.bench.report;

import org.jspecify.annotations.NullMarked;
