/**
 * The call-for-proposals aggregate and its state machine; plain Java.
 */
@NullMarked
package org.scibureau.plan.call.domain;

import org.jspecify.annotations.NullMarked;
