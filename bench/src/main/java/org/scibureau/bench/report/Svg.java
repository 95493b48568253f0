package org.scibureau.bench.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * An SVG drawing, built element by element with its text escaped, to put inline in the HTML report.
 */
final class Svg {

	/** The colours of series, told apart also by those who do not see red and green (Okabe and Ito). */
	private static final List<String> PALETTE = List.of("#0072b2", "#e69f00", "#009e73", "#d55e00", "#cc79a7",
			"#56b4e9", "#000000", "#999999");

	/** The font of its texts, given in the drawing so that it reads the same outside the page. */
	private static final String FONT = "font-family=\"system-ui, sans-serif\" font-size=\"11\" fill=\"#333333\"";

	private final int width;

	private final int height;

	private final String title;

	private final StringBuilder elements = new StringBuilder();

	/**
	 * Starts a drawing.
	 * @param width its width in pixels
	 * @param height its height in pixels
	 * @param title what it shows, for those who cannot see it
	 */
	Svg(int width, int height, String title) {
		this.width = width;
		this.height = height;
		this.title = title;
	}

	/**
	 * The colour of a series.
	 * @param index the series' place, from 0
	 * @return a colour, the palette repeating after eight
	 */
	static String color(int index) {
		return PALETTE.get(index % PALETTE.size());
	}

	Svg line(Point from, Point to, String stroke) {
		return element("line", null, "x1", number(from.x()), "y1", number(from.y()), "x2", number(to.x()), "y2",
				number(to.y()), "stroke", stroke);
	}

	Svg rect(Point corner, double width, double height, String fill, @Nullable String tooltip) {
		return element("rect", tooltip(tooltip), "x", number(corner.x()), "y", number(corner.y()), "width",
				number(width), "height", number(height), "fill", fill);
	}

	Svg circle(Point center, double radius, String fill) {
		return element("circle", null, "cx", number(center.x()), "cy", number(center.y()), "r", number(radius),
				"fill", fill);
	}

	Svg polyline(List<Point> points, String stroke, String tooltip) {
		String coordinates = points.stream()
			.map((point) -> number(point.x()) + "," + number(point.y()))
			.collect(Collectors.joining(" "));
		return element("polyline", tooltip(tooltip), "points", coordinates, "fill", "none", "stroke", stroke,
				"stroke-width", "2");
	}

	/**
	 * Adds a text.
	 * @param at where it is anchored, on its baseline
	 * @param anchor {@code start}, {@code middle} or {@code end}
	 * @param text the text, escaped here
	 * @return this drawing
	 */
	Svg text(Point at, String anchor, String text) {
		return element("text", Html.escape(text), "x", number(at.x()), "y", number(at.y()), "text-anchor", anchor);
	}

	@Override
	public String toString() {
		String size = String.format(Locale.ROOT, "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\"", this.width,
				this.height, this.width, this.height);
		String title = Html.escape(this.title);
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" " + size + " " + FONT + " role=\"img\" aria-label=\"" + title
				+ "\">\n<title>" + title + "</title>\n" + this.elements + "</svg>\n";
	}

	/**
	 * Adds an element.
	 * @param name its name
	 * @param content its content as markup, or {@code null} for an empty element
	 * @param attributes names and values in turn, values escaped here
	 * @return this drawing
	 */
	private Svg element(String name, @Nullable String content, String... attributes) {
		StringBuilder element = new StringBuilder("<").append(name);
		for (int i = 0; i < attributes.length; i += 2) {
			element.append(' ').append(attributes[i]).append("=\"").append(Html.escape(attributes[i + 1])).append('"');
		}
		element.append((content == null) ? "/>" : ">" + content + "</" + name + ">");
		this.elements.append(element).append('\n');
		return this;
	}

	private static @Nullable String tooltip(@Nullable String text) {
		return (text == null) ? null : "<title>" + Html.escape(text) + "</title>";
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	/**
	 * A point of a drawing.
	 *
	 * @param x from the left
	 * @param y from the top
	 */
	record Point(double x, double y) {
	}

}
