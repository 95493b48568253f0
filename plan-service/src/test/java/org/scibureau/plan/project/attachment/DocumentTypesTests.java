package org.scibureau.plan.project.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scibureau.plan.project.attachment.Documents.NO_STREAM;
import static org.scibureau.plan.project.attachment.Documents.SECTOR;
import static org.scibureau.plan.project.attachment.Documents.centralEntry;
import static org.scibureau.plan.project.attachment.Documents.compoundFile;
import static org.scibureau.plan.project.attachment.Documents.concat;
import static org.scibureau.plan.project.attachment.Documents.directoryEntryOffset;
import static org.scibureau.plan.project.attachment.Documents.officeOpenXml;
import static org.scibureau.plan.project.attachment.Documents.openDocument;
import static org.scibureau.plan.project.attachment.Documents.patch32;
import static org.scibureau.plan.project.attachment.Documents.pdf;
import static org.scibureau.plan.project.attachment.Documents.storage;
import static org.scibureau.plan.project.attachment.Documents.stream;
import static org.scibureau.plan.project.attachment.Documents.zip;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentTypesTests {

	@Nested
	class Pdf {

		@Test
		void recognisesAPdfByItsSignatureAndEndMarker() {
			assertThat(DocumentTypes.sniff(pdf())).contains(DocumentType.PDF);
		}

		@Test
		void recognisesAPdfWithWhitespaceAfterItsEndMarker() {
			byte[] padded = concat(pdf(), " \r\n".repeat(100).getBytes(StandardCharsets.US_ASCII));

			assertThat(DocumentTypes.sniff(padded)).contains(DocumentType.PDF);
		}

		@Test
		void refusesATruncatedPdf() {
			byte[] pdf = pdf();

			assertThat(DocumentTypes.sniff(Arrays.copyOf(pdf, pdf.length - 8))).isEmpty();
			assertThat(DocumentTypes.sniff("%PDF-".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		}

		@Test
		void refusesAPdfWhoseEndMarkerIsNotInItsLastKilobyte() {
			assertThat(DocumentTypes.sniff(concat(pdf(), new byte[1018]))).contains(DocumentType.PDF);
			assertThat(DocumentTypes.sniff(concat(pdf(), new byte[1019]))).isEmpty();
		}

		@Test
		void refusesTextThatOnlyMentionsPdf() {
			assertThat(DocumentTypes.sniff(" %PDF-1.4 ... %%EOF".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		}

	}

	@Nested
	class OfficeOpenXml {

		@ParameterizedTest
		@CsvSource({ "word, DOCX", "xl, XLSX", "ppt, PPTX" })
		void recognisesThePackageByItsMainFolder(String folder, DocumentType type) {
			assertThat(DocumentTypes.sniff(officeOpenXml(folder))).contains(type);
		}

		@Test
		void namesTheOfficialMediaTypeAndExtension() {
			DocumentType type = DocumentTypes.sniff(officeOpenXml("word")).orElseThrow();

			assertThat(type.mediaType())
				.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
			assertThat(type.extension()).isEqualTo("docx");
		}

		@Test
		void refusesAPackageWithoutContentTypes() {
			assertThat(DocumentTypes.sniff(zip(Map.of("word/document.xml", "<w:document/>")))).isEmpty();
		}

		@Test
		void refusesAPackageWithoutAMainFolder() {
			assertThat(DocumentTypes.sniff(zip(Map.of("[Content_Types].xml", "<Types/>", "docProps/app.xml", "<x/>"))))
				.isEmpty();
		}

		@Test
		void refusesAPackageOfTwoKinds() {
			assertThat(DocumentTypes.sniff(zip(Map.of("[Content_Types].xml", "<Types/>", "word/document.xml",
					"<w:document/>", "xl/workbook.xml", "<workbook/>"))))
				.isEmpty();
		}

		@Test
		void refusesAMacroEnabledDocument() {
			assertThat(DocumentTypes.sniff(zip(Map.of("[Content_Types].xml", "<Types/>", "word/document.xml",
					"<w:document/>", "word/vbaProject.bin", "macros"))))
				.isEmpty();
		}

	}

	@Nested
	class OpenDocument {

		@ParameterizedTest
		@CsvSource({ "application/vnd.oasis.opendocument.text, ODT",
				"application/vnd.oasis.opendocument.spreadsheet, ODS",
				"application/vnd.oasis.opendocument.presentation, ODP" })
		void recognisesThePackageByItsMimetypeEntry(String mediaType, DocumentType type) {
			DocumentType sniffed = DocumentTypes.sniff(openDocument(mediaType)).orElseThrow();

			assertThat(sniffed).isEqualTo(type);
			assertThat(sniffed.mediaType()).isEqualTo(mediaType);
		}

		@Test
		void refusesOtherOpenDocumentKinds() {
			assertThat(DocumentTypes.sniff(openDocument("application/vnd.oasis.opendocument.graphics"))).isEmpty();
			assertThat(DocumentTypes.sniff(openDocument(Documents.ODT + " "))).isEmpty();
		}

		@Test
		void refusesACompressedMimetypeEntry() {
			Map<String, String> entries = new LinkedHashMap<>();
			entries.put("mimetype", Documents.ODT);
			entries.put("content.xml", "<office:document-content/>");

			assertThat(DocumentTypes.sniff(zip(entries))).isEmpty();
		}

		@Test
		void refusesAMimetypeEntryThatIsNotFirst() {
			Map<String, String> entries = new LinkedHashMap<>();
			entries.put("content.xml", "<office:document-content/>");
			entries.put("mimetype", Documents.ODT);

			assertThat(DocumentTypes.sniff(zip(entries, "mimetype"))).isEmpty();
		}

		@Test
		void refusesAMimetypeLongerThanAnyMediaType() {
			assertThat(DocumentTypes.sniff(openDocument(Documents.ODT.repeat(10)))).isEmpty();
		}

	}

	@Nested
	class LegacyOffice {

		@Test
		void recognisesAWordDocumentByItsStream() {
			byte[] doc = compoundFile(1, stream("WordDocument"), stream("1Table"), stream("\u0005SummaryInformation"));

			assertThat(DocumentTypes.sniff(doc)).contains(DocumentType.DOC);
		}

		@Test
		void recognisesAWorkbookAndAPresentation() {
			assertThat(DocumentTypes.sniff(compoundFile(1, stream("Workbook")))).contains(DocumentType.XLS);
			assertThat(DocumentTypes.sniff(compoundFile(1, stream("Book")))).contains(DocumentType.XLS);
			assertThat(DocumentTypes.sniff(compoundFile(1, stream("Current User"), stream("PowerPoint Document"))))
				.contains(DocumentType.PPT);
		}

		@Test
		void looksOnlyAtTheRootStorage() {
			byte[] workbookWithEmbeddedDocument = compoundFile(1, storage("MBD00000001", stream("WordDocument")),
					stream("Workbook"));

			assertThat(DocumentTypes.sniff(workbookWithEmbeddedDocument)).contains(DocumentType.XLS);
			assertThat(DocumentTypes.sniff(compoundFile(1, storage("WordDocument")))).isEmpty();
		}

		@Test
		void followsADirectoryOverSeveralSectors() {
			byte[] doc = compoundFile(1, stream("CompObj"), stream("ObjectPool"), stream("1Table"), stream("Data"),
					stream("\u0005DocumentSummaryInformation"), stream("WordDocument"));

			assertThat(DocumentTypes.sniff(doc)).contains(DocumentType.DOC);
		}

		@Test
		void findsTheDirectoryThroughDifatSectors() {
			byte[] doc = compoundFile(109 * 128, stream("WordDocument"));

			assertThat(DocumentTypes.sniff(doc)).contains(DocumentType.DOC);
		}

		@Test
		void refusesCompoundFilesOfOtherKinds() {
			assertThat(DocumentTypes.sniff(compoundFile(1, stream("EncryptionInfo"), stream("EncryptedPackage"))))
				.isEmpty();
			assertThat(DocumentTypes.sniff(compoundFile(1, stream("__substg1.0_0037001F")))).isEmpty();
			assertThat(DocumentTypes.sniff(compoundFile(1))).isEmpty();
		}

		@Test
		void refusesACompoundFileOfTwoKinds() {
			assertThat(DocumentTypes.sniff(compoundFile(1, stream("WordDocument"), stream("Workbook")))).isEmpty();
		}

		@Test
		void refusesABareHeader() {
			byte[] header = Arrays.copyOf(compoundFile(1, stream("WordDocument")), SECTOR);

			assertThat(DocumentTypes.sniff(header)).isEmpty();
			assertThat(DocumentTypes.sniff(Arrays.copyOf(header, 8))).isEmpty();
		}

		@Test
		void refusesADirectoryChainThatLoops() {
			byte[] looping = patch32(compoundFile(1, stream("WordDocument")), SECTOR + 4, 1);

			assertThat(DocumentTypes.sniff(looping)).isEmpty();
		}

		@Test
		void refusesADirectoryTreeThatLoops() {
			byte[] doc = compoundFile(1, stream("1Table"), stream("WordDocument"));
			byte[] looping = patch32(doc, directoryEntryOffset(2) + 0x48, 1);

			assertThat(DocumentTypes.sniff(doc)).contains(DocumentType.DOC);
			assertThat(DocumentTypes.sniff(looping)).isEmpty();
		}

		@Test
		void refusesADirectoryPointingOutsideTheFile() {
			byte[] doc = compoundFile(1, stream("WordDocument"));

			assertThat(DocumentTypes.sniff(patch32(doc, 0x30, 4000))).isEmpty();
			assertThat(DocumentTypes.sniff(patch32(doc, directoryEntryOffset(0) + 0x4C, 77))).isEmpty();
			assertThat(DocumentTypes.sniff(patch32(doc, directoryEntryOffset(1) + 0x48, NO_STREAM - 1))).isEmpty();
		}

	}

	@Nested
	class BrokenArchives {

		@Test
		void refusesAnEncryptedEntry() {
			byte[] docx = officeOpenXml("word");
			int entry = centralEntry(docx, 1);
			docx[entry + 8] |= 1;

			assertThat(DocumentTypes.sniff(docx)).isEmpty();
		}

		@Test
		void refusesATruncatedArchive() {
			byte[] docx = officeOpenXml("word");

			assertThat(DocumentTypes.sniff(Arrays.copyOf(docx, docx.length - 1))).isEmpty();
			assertThat(DocumentTypes.sniff(Arrays.copyOf(docx, docx.length / 2))).isEmpty();
		}

		@Test
		void refusesDataAfterTheArchive() {
			assertThat(DocumentTypes.sniff(concat(officeOpenXml("word"), new byte[] { 0 }))).isEmpty();
		}

		@Test
		void refusesTwoArchivesGluedTogether() {
			assertThat(DocumentTypes.sniff(concat(zip(Map.of("a.txt", "a")), officeOpenXml("word")))).isEmpty();
		}

		@Test
		void refusesOverlappingEntries() {
			byte[] docx = officeOpenXml("word");

			assertThat(DocumentTypes.sniff(patch32(docx, centralEntry(docx, 2) + 42, 0))).isEmpty();
		}

		@Test
		void refusesEntriesDeclaringMoreThanAGibibyte() {
			byte[] docx = officeOpenXml("word");
			int first = centralEntry(docx, 0);
			int second = centralEntry(docx, 1);

			byte[] justBelow = patch32(patch32(docx, first + 24, 1L << 29), second + 24, (1L << 29) - 64);
			byte[] above = patch32(patch32(docx, first + 24, 1L << 29), second + 24, (1L << 29) + 1);

			assertThat(DocumentTypes.sniff(justBelow)).contains(DocumentType.DOCX);
			assertThat(DocumentTypes.sniff(above)).isEmpty();
		}

		@Test
		void refusesZip64Sizes() {
			byte[] docx = officeOpenXml("word");

			assertThat(DocumentTypes.sniff(patch32(docx, centralEntry(docx, 0) + 24, 0xFFFFFFFFL))).isEmpty();
		}

		@Test
		void refusesUnknownCompressionMethods() {
			byte[] docx = officeOpenXml("word");
			docx[centralEntry(docx, 0) + 10] = 12;

			assertThat(DocumentTypes.sniff(docx)).isEmpty();
		}

		@Test
		void refusesAnArchiveOfOtherFiles() {
			assertThat(DocumentTypes.sniff(zip(Map.of("report.txt", "hello", "photo.jpg", "not really")))).isEmpty();
		}

	}

	@Nested
	class OtherContent {

		@Test
		void refusesAnEmptyFile() {
			assertThat(DocumentTypes.sniff(new byte[0])).isEmpty();
		}

		@ParameterizedTest
		@ValueSource(longs = { 1, 7, 42, 2026 })
		void refusesRandomBytes(long seed) {
			byte[] noise = new byte[4096];
			new Random(seed).nextBytes(noise);

			assertThat(DocumentTypes.sniff(noise)).isEmpty();
		}

		@Test
		void refusesAJpeg() {
			byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0,
					0, 1, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xD9 };

			assertThat(DocumentTypes.sniff(jpeg)).isEmpty();
		}

		@Test
		void refusesPlainText() {
			assertThat(DocumentTypes.sniff("Project plan, version 2".getBytes(StandardCharsets.UTF_8))).isEmpty();
		}

	}

	@Nested
	class FilesOnDisk {

		@TempDir
		Path directory;

		@Test
		void recognisesDocumentsInFiles() throws IOException {
			assertThat(DocumentTypes.sniff(write("plan.pdf", pdf()))).contains(DocumentType.PDF);
			assertThat(DocumentTypes.sniff(write("budget.xlsx", officeOpenXml("xl")))).contains(DocumentType.XLSX);
			assertThat(DocumentTypes.sniff(write("notes.odt", openDocument(Documents.ODT)))).contains(DocumentType.ODT);
			assertThat(DocumentTypes.sniff(write("old.doc", compoundFile(109 * 128, stream("WordDocument")))))
				.contains(DocumentType.DOC);
		}

		@Test
		void ignoresTheDeclaredName() throws IOException {
			assertThat(DocumentTypes.sniff(write("report.pdf", "Just text".getBytes(StandardCharsets.UTF_8))))
				.isEmpty();
			assertThat(DocumentTypes.sniff(write("report.pdf", zip(Map.of("payload.exe", "MZ"))))).isEmpty();
			assertThat(DocumentTypes.sniff(write("report.pdf", officeOpenXml("ppt")))).contains(DocumentType.PPTX);
			assertThat(DocumentTypes.sniff(write("empty.docx", new byte[0]))).isEmpty();
		}

		@Test
		void readsOnlyTheEndsOfAFileTooLargeForMemory() throws IOException {
			Path huge = this.directory.resolve("huge.pdf");
			try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
				file.write(pdf());
				file.setLength(3L << 30);
				file.seek(file.length() - 6);
				file.write("%%EOF\n".getBytes(StandardCharsets.US_ASCII));
			}

			assertThat(DocumentTypes.sniff(huge)).contains(DocumentType.PDF);
		}

		private Path write(String name, byte[] content) throws IOException {
			return Files.write(this.directory.resolve(name), content);
		}

	}

}
