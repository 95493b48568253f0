package org.scibureau.plan.project.attachment;

/**
 * The kinds of document an application may attach, each with its official media type and conventional extension.
 */
public enum DocumentType {

	PDF("application/pdf", "pdf"),

	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),

	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),

	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),

	DOC("application/msword", "doc"),

	XLS("application/vnd.ms-excel", "xls"),

	PPT("application/vnd.ms-powerpoint", "ppt"),

	ODT("application/vnd.oasis.opendocument.text", "odt"),

	ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),

	ODP("application/vnd.oasis.opendocument.presentation", "odp");

	private final String mediaType;

	private final String extension;

	DocumentType(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	/** The IANA media type, e.g. {@code application/pdf}. */
	public String mediaType() {
		return this.mediaType;
	}

	/** The conventional file extension, without the dot, e.g. {@code pdf}. */
	public String extension() {
		return this.extension;
	}

}
