package org.scibureau.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A table of the report, written as Markdown, HTML or aligned plain text from the same cells.
 *
 * @param columns its columns
 * @param rows its rows, one cell per column
 */
record Table(List<Column> columns, List<List<Cell>> rows) {

	private static final String GAP = "  ";

	Table {
		columns = List.copyOf(columns);
		rows = rows.stream().map(List::copyOf).toList();
	}

	/** The table as GitHub-flavoured Markdown, figures aligned right. */
	String markdown() {
		StringBuilder markdown = new StringBuilder();
		markdown.append(markdownRow(this.columns.stream().map(Column::header).map(Table::markdownText).toList()));
		markdown.append(markdownRow(this.columns.stream().map((column) -> column.figure() ? "---:" : "---").toList()));
		this.rows.forEach((row) -> markdown.append(markdownRow(row.stream().map(Cell::markdown).toList())));
		return markdown.toString();
	}

	/** The table as an HTML {@code table}, text escaped. */
	String html() {
		StringBuilder html = new StringBuilder("<table>\n<thead><tr>");
		this.columns.forEach((column) -> html.append(column.element("th", Html.escape(column.header()))));
		html.append("</tr></thead>\n<tbody>\n");
		this.rows.forEach((row) -> html.append(htmlRow(row)));
		return html.append("</tbody>\n</table>\n").toString();
	}

	/** The table as plain text in columns, a header line first, figures aligned right. */
	String text() {
		List<Integer> widths = widths();
		StringBuilder text = new StringBuilder();
		text.append(textRow(this.columns.stream().map(Column::header).toList(), widths));
		this.rows.forEach((row) -> text.append(textRow(row.stream().map(Cell::text).toList(), widths)));
		return text.toString();
	}

	private String htmlRow(List<Cell> row) {
		String cells = IntStream.range(0, row.size())
			.mapToObj((i) -> this.columns.get(i).element("td", row.get(i).html()))
			.collect(Collectors.joining());
		return "<tr>" + cells + "</tr>\n";
	}

	private List<Integer> widths() {
		List<Integer> widths = new ArrayList<>();
		for (int i = 0; i < this.columns.size(); i++) {
			int column = i;
			int cells = this.rows.stream().mapToInt((row) -> width(row.get(column).text())).max().orElse(0);
			widths.add(Math.max(width(this.columns.get(i).header()), cells));
		}
		return widths;
	}

	private String textRow(List<String> cells, List<Integer> widths) {
		String row = IntStream.range(0, cells.size())
			.mapToObj((i) -> pad(cells.get(i), widths.get(i), this.columns.get(i).figure()))
			.collect(Collectors.joining(GAP));
		return row.stripTrailing() + "\n";
	}

	private static String pad(String text, int width, boolean right) {
		String padding = " ".repeat(width - width(text));
		return right ? padding + text : text + padding;
	}

	private static int width(String text) {
		return text.codePointCount(0, text.length());
	}

	private static String markdownRow(List<String> cells) {
		return cells.stream().collect(Collectors.joining(" | ", "| ", " |\n"));
	}

	private static String markdownText(String text) {
		return text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\R", " ");
	}

	/**
	 * A column of a table.
	 *
	 * @param header its header
	 * @param figure whether it holds figures, aligned right
	 */
	record Column(String header, boolean figure) {

		static Column text(String header) {
			return new Column(header, false);
		}

		static Column figure(String header) {
			return new Column(header, true);
		}

		private String element(String name, String content) {
			return this.figure ? "<" + name + " class=\"figure\">" + content + "</" + name + ">"
					: "<" + name + ">" + content + "</" + name + ">";
		}

	}

	/**
	 * A cell of a table.
	 *
	 * @param text its text
	 * @param strong whether it stands out, as a goal not met does
	 */
	record Cell(String text, boolean strong) {

		static Cell of(String text) {
			return new Cell(text, false);
		}

		private String markdown() {
			String text = markdownText(this.text);
			return this.strong ? "**" + text + "**" : text;
		}

		private String html() {
			String text = Html.escape(this.text);
			return this.strong ? "<strong>" + text + "</strong>" : text;
		}

	}

}
