/**
 * RFC 9457 problem documents for every error the gateway itself answers, with the platform's type URIs and wording.
 */
@NullMarked
package org.scibureau.gateway.problem;

import org.jspecify.annotations.NullMarked;
