/**
 * HTTP conventions every service shares: RFC 9457 problem details, cursor pages, conditional requests.
 */
@NullMarked
package org.scibureau.platform.web;

import org.jspecify.annotations.NullMarked;
