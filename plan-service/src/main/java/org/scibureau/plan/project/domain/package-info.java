/**
 * The project aggregate from application to closure: its state machine, the application's content and the rules
 * it obeys, the approval's tranche plan and the funding outcome; plain Java.
 */
@NullMarked
package org.scibureau.plan.project.domain;

import org.jspecify.annotations.NullMarked;
