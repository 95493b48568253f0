/**
 * The documents attached to applications: recognised by their content (the sniffer is plain Java), their content
 * kept behind a document store, attached and detached by the applicant while the application may be edited.
 */
@NullMarked
package org.scibureau.plan.project.attachment;

import org.jspecify.annotations.NullMarked;
