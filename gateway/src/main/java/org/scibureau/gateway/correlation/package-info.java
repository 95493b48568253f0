/**
 * Correlation ids: accepted or created at the gateway, forwarded to the service and echoed to the caller.
 */
@NullMarked
package org.scibureau.gateway.correlation;

import org.jspecify.annotations.NullMarked;
