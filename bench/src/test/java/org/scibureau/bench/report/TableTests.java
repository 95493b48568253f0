package org.scibureau.bench.report;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scibureau.bench.report.Table.Cell;
import org.scibureau.bench.report.Table.Column;

import static org.assertj.core.api.Assertions.assertThat;

class TableTests {

	private final Table table = new Table(List.of(Column.text("goal"), Column.figure("measured")),
			List.of(List.of(Cell.of("a | b\nc"), Cell.of("1.5 ms")), List.of(Cell.of("<b>"), new Cell("12", true))));

	@Test
	void keepsPipesAndLineBreaksOfCellsInsideTheirMarkdownCell() {
		String markdown = this.table.markdown();

		assertThat(markdown).isEqualTo("""
				| goal | measured |
				| --- | ---: |
				| a \\| b c | 1.5 ms |
				| <b> | **12** |
				""");
	}

	@Test
	void escapesCellsAndMarksFiguresInHtml() {
		String html = this.table.html();

		assertThat(html).contains("<th>goal</th><th class=\"figure\">measured</th>")
			.contains("<tr><td>&lt;b&gt;</td><td class=\"figure\"><strong>12</strong></td></tr>");
	}

	@Test
	void alignsTextLeftAndFiguresRightInPlainText() {
		List<List<Cell>> rows = List.of(List.of(Cell.of("ratio × bound"), Cell.of("0.5×")),
				List.of(Cell.of("p99"), Cell.of("12 ms")));
		Table table = new Table(List.of(Column.text("goal"), Column.figure("measured")), rows);

		String text = table.text();

		assertThat(text).isEqualTo("""
				goal           measured
				ratio × bound      0.5×
				p99               12 ms
				""");
	}

}
