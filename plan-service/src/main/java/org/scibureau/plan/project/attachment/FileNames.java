package org.scibureau.plan.project.attachment;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The names of uploaded files, which come from the client and are only shown: cleaned of folders, control and
 * formatting characters (such as a right-to-left override that disguises an extension) and characters file systems
 * refuse, and given the extension of their recognised type when downloaded.
 */
final class FileNames {

	/** The longest name kept, in characters. */
	static final int MAX_LENGTH = 255;

	private static final String UNNAMED = "document";

	private static final String RESERVED = "<>:\"|?*";

	private FileNames() {
	}

	/** The name to show for an uploaded file named {@code name}, if it was named at all. */
	static String displayed(@Nullable String name) {
		String normalised = Normalizer.normalize((name != null) ? name : "", Normalizer.Form.NFC);
		String last = normalised.substring(Math.max(normalised.lastIndexOf('/'), normalised.lastIndexOf('\\')) + 1);
		StringBuilder cleaned = new StringBuilder();
		last.codePoints().forEach((codePoint) -> {
			int type = Character.getType(codePoint);
			if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
					|| type == Character.PRIVATE_USE || type == Character.SURROGATE) {
				return;
			}
			cleaned.appendCodePoint((RESERVED.indexOf(codePoint) >= 0) ? '_' : codePoint);
		});
		String displayed = cleaned.toString().strip();
		if (displayed.isEmpty() || displayed.chars().allMatch((c) -> c == '.')) {
			return UNNAMED;
		}
		return truncated(displayed);
	}

	/**
	 * The name to save a document of {@code type} under: {@code displayed} with the type's extension instead of a
	 * document extension it may have, e.g. {@code budget.docx} of a PDF is saved as {@code budget.pdf}.
	 */
	static String forDownload(String displayed, DocumentType type) {
		String base = displayed;
		int dot = displayed.lastIndexOf('.');
		if (dot >= 0 && isDocumentExtension(displayed.substring(dot + 1))) {
			base = displayed.substring(0, dot).strip();
		}
		if (base.isEmpty()) {
			base = UNNAMED;
		}
		String extension = "." + type.extension();
		return truncated(base, MAX_LENGTH - extension.length()) + extension;
	}

	private static boolean isDocumentExtension(String extension) {
		String lower = extension.toLowerCase(Locale.ROOT);
		return Arrays.stream(DocumentType.values()).anyMatch((type) -> type.extension().equals(lower));
	}

	private static String truncated(String name) {
		return truncated(name, MAX_LENGTH);
	}

	/** At most {@code length} characters of {@code name}, never splitting a surrogate pair. */
	private static String truncated(String name, int length) {
		if (name.length() <= length) {
			return name;
		}
		int end = Character.isHighSurrogate(name.charAt(length - 1)) ? length - 1 : length;
		return name.substring(0, end);
	}

}
