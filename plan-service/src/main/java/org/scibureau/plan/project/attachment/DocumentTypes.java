package org.scibureau.plan.project.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Recognises an application document by its content, never by its declared name or media type: PDF, Office Open
 * XML, legacy (OLE2) Office and OpenDocument files, and nothing else.
 * <p>
 * The sniffer reads only the parts that identify a kind: a PDF's first and last bytes, a ZIP archive's directory
 * and the stored {@code mimetype} entry of an OpenDocument file, a compound file's directory. It never inflates an
 * entry, so a ZIP bomb costs it no more than any other file; encrypted, macro-enabled, truncated or otherwise
 * irregular documents are not recognised.
 */
public final class DocumentTypes {

	private static final byte[] PDF_SIGNATURE = ascii("%PDF-");

	private static final String PDF_END = "%%EOF";

	/** Readers accept a PDF's end marker anywhere in its last kilobyte (trailing whitespace, for instance). */
	private static final int PDF_END_WINDOW = 1024;

	private static final byte[] ZIP_SIGNATURE = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2_SIGNATURE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
			(byte) 0xB1, 0x1A, (byte) 0xE1 };

	private static final String OOXML_CONTENT_TYPES = "[Content_Types].xml";

	private static final Map<String, DocumentType> OOXML_FOLDERS = Map.of("word", DocumentType.DOCX, "xl",
			DocumentType.XLSX, "ppt", DocumentType.PPTX);

	/** VBA macros, which make a document a .docm, .xlsm or .pptm. */
	private static final String OOXML_MACROS = "vbaproject.bin";

	private static final String ODF_MIMETYPE = "mimetype";

	private static final int ODF_MIMETYPE_MAX_LENGTH = 100;

	private static final List<DocumentType> ODF_TYPES = List.of(DocumentType.ODT, DocumentType.ODS, DocumentType.ODP);

	private static final Map<String, DocumentType> LEGACY_OFFICE_STREAMS = Map.of("WordDocument", DocumentType.DOC,
			"Workbook", DocumentType.XLS, "Book", DocumentType.XLS, "PowerPoint Document", DocumentType.PPT);

	private DocumentTypes() {
	}

	/** The kind of the document {@code content} (all of it), if it is one the platform accepts. */
	public static Optional<DocumentType> sniff(byte[] content) {
		try {
			return sniff(DocumentBytes.of(content));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Reading bytes in memory failed", ex);
		}
	}

	/** The kind of the document in {@code file}, if it is one the platform accepts; reads only what it needs. */
	public static Optional<DocumentType> sniff(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			return sniff(DocumentBytes.of(channel));
		}
	}

	private static Optional<DocumentType> sniff(DocumentBytes content) throws IOException {
		try {
			byte[] head = content.read(0, (int) Math.min(content.size(), OLE2_SIGNATURE.length));
			if (DocumentBytes.startsWith(head, PDF_SIGNATURE)) {
				return pdf(content);
			}
			if (DocumentBytes.startsWith(head, ZIP_SIGNATURE)) {
				return zipped(ZipDirectory.read(content));
			}
			if (DocumentBytes.startsWith(head, OLE2_SIGNATURE)) {
				return legacyOffice(CompoundFile.rootStreamNames(content));
			}
			return Optional.empty();
		}
		catch (MalformedDocument ex) {
			return Optional.empty();
		}
	}

	private static Optional<DocumentType> pdf(DocumentBytes content) throws IOException, MalformedDocument {
		int window = (int) Math.min(content.size(), PDF_END_WINDOW);
		String tail = new String(content.read(content.size() - window, window), StandardCharsets.ISO_8859_1);
		return tail.contains(PDF_END) ? Optional.of(DocumentType.PDF) : Optional.empty();
	}

	private static Optional<DocumentType> zipped(ZipDirectory zip) throws IOException, MalformedDocument {
		if (zip.entries().getFirst().name().equals(ODF_MIMETYPE)) {
			String mediaType = new String(zip.firstEntryStored(ODF_MIMETYPE_MAX_LENGTH), StandardCharsets.US_ASCII);
			return ODF_TYPES.stream().filter((type) -> type.mediaType().equals(mediaType)).findFirst();
		}
		return officeOpenXml(zip.entries().stream().map(ZipDirectory.Entry::name).toList());
	}

	private static Optional<DocumentType> officeOpenXml(List<String> names) {
		if (!names.contains(OOXML_CONTENT_TYPES)
				|| names.stream().anyMatch((name) -> name.toLowerCase(Locale.ROOT).endsWith(OOXML_MACROS))) {
			return Optional.empty();
		}
		return oneOf(names.stream()
			.filter((name) -> name.indexOf('/') > 0)
			.map((name) -> OOXML_FOLDERS.get(name.substring(0, name.indexOf('/')))));
	}

	private static Optional<DocumentType> legacyOffice(Set<String> streams) {
		return oneOf(streams.stream().map(LEGACY_OFFICE_STREAMS::get));
	}

	/** The one kind the parts point to; parts of two kinds are as suspicious as none. */
	private static Optional<DocumentType> oneOf(Stream<@Nullable DocumentType> candidates) {
		Set<DocumentType> types = candidates.filter(Objects::nonNull).collect(Collectors.toSet());
		return (types.size() == 1) ? Optional.of(types.iterator().next()) : Optional.empty();
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
