/**
 * Spring TestContext integration that points a test's application context at the shared real infrastructure.
 */
@NullMarked
package org.scibureau.platform.test.spring;

import org.jspecify.annotations.NullMarked;
