package org.scibureau.plan.project.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileNamesTests {

	@Test
	void keepsAnOrdinaryNameAsItIsComposed() {
		assertThat(FileNames.displayed("申报书 v2 (final).pdf")).isEqualTo("申报书 v2 (final).pdf");
		assertThat(FileNames.displayed("Re\u0301sume\u0301.docx")).isEqualTo("Résumé.docx");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "C:\\fakepath\\budget.xlsx|budget.xlsx", "../../etc/passwd|passwd",
			"folder/sub\\form.pdf|form.pdf", "  padded.pdf  |padded.pdf" })
	void keepsOnlyTheLastPartOfAPath(String uploaded, String displayed) {
		assertThat(FileNames.displayed(uploaded)).isEqualTo(displayed);
	}

	@Test
	void dropsControlAndFormattingCharactersThatCouldDisguiseTheName() {
		assertThat(FileNames.displayed("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
		assertThat(FileNames.displayed("a\u0000b\r\nc\u200B.pdf")).isEqualTo("abc.pdf");
	}

	@Test
	void replacesCharactersFileSystemsRefuse() {
		assertThat(FileNames.displayed("plan: \"draft\" <v2>|a*b?.pdf")).isEqualTo("plan_ _draft_ _v2__a_b_.pdf");
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   ", ".", "..", "/", "C:\\", "\u202E" })
	void namesAFileWithoutAUsableName(String uploaded) {
		assertThat(FileNames.displayed(uploaded)).isEqualTo("document");
	}

	@Test
	void cutsALongNameWithoutSplittingACharacter() {
		String name = "a".repeat(254) + "😀.pdf";

		String displayed = FileNames.displayed(name);

		assertThat(displayed).isEqualTo("a".repeat(254));
		assertThat(FileNames.displayed("b".repeat(300))).hasSize(FileNames.MAX_LENGTH);
	}

	@ParameterizedTest
	@CsvSource({ "budget.docx, PDF, budget.pdf", "report.PDF, PDF, report.pdf", "budget.pdf, XLSX, budget.xlsx",
			"notes.txt, PDF, notes.txt.pdf", "v1.2, DOCX, v1.2.docx", "form, ODT, form.odt",
			".pdf, PDF, document.pdf" })
	void givesTheDownloadTheExtensionOfTheRecognisedType(String displayed, DocumentType type, String download) {
		assertThat(FileNames.forDownload(displayed, type)).isEqualTo(download);
	}

	@Test
	void keepsTheExtensionOfALongDownloadName() {
		String download = FileNames.forDownload("c".repeat(FileNames.MAX_LENGTH), DocumentType.XLSX);

		assertThat(download).hasSize(FileNames.MAX_LENGTH).endsWith("c.xlsx");
	}

}
