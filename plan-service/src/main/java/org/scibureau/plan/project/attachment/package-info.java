/**
 * Application documents attached to projects: which kinds are accepted, recognised by their content; plain Java.
 */
@NullMarked
package org.scibureau.plan.project.attachment;

import org.jspecify.annotations.NullMarked;
