package org.scibureau.bench.report;

import org.scibureau.bench.report.Svg.Point;

/**
 * The area of a chart inside its axes, in pixels of the drawing.
 *
 * @param left where it starts from the left
 * @param top where it starts from the top
 * @param width its width
 * @param height its height
 */
record Plot(double left, double top, double width, double height) {

	/** Its bottom edge. */
	double bottom() {
		return this.top + this.height;
	}

	/**
	 * A point of the area.
	 * @param across the fraction of its width from the left
	 * @param up the fraction of its height from the bottom
	 * @return the point in the drawing
	 */
	Point at(double across, double up) {
		return new Point(this.left + this.width * across, this.bottom() - this.height * up);
	}

}
