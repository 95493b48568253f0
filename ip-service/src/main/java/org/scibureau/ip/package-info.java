/**
 * ip-service: patents, IP protection cases, technology-contract registration, achievement transfer.
 */
@NullMarked
package org.scibureau.ip;

import org.jspecify.annotations.NullMarked;
