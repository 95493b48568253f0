/**
 * Access tokens from the local authorization server, for the {@code token} command, the seeder and the tests.
 */
@NullMarked
package org.scibureau.local.token;

import org.jspecify.annotations.NullMarked;
