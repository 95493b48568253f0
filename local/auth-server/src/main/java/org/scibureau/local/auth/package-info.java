/**
 * The local platform's OAuth2 authorization server: demo clients and users, and the JWT claims every service reads.
 */
@NullMarked
package org.scibureau.local.auth;

import org.jspecify.annotations.NullMarked;
