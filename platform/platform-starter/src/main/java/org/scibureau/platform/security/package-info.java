/**
 * Security every service shares: JWT resource server, roles and claims, access rules, the caller.
 */
@NullMarked
package org.scibureau.platform.security;

import org.jspecify.annotations.NullMarked;
