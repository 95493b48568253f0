package org.scibureau.plan.project.attachment;

/**
 * What an attached document is to the application, as the applicant says.
 */
public enum AttachmentKind {

	/** The filled-in application form. */
	APPLICATION_FORM,

	/** The explanation of the requested budget, line by line. */
	BUDGET_JUSTIFICATION,

	/** The approval of an ethics committee, for research on people or animals. */
	ETHICS_APPROVAL,

	/** Any other supporting document; the default. */
	OTHER

}
