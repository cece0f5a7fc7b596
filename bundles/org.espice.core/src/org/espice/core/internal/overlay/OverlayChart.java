package org.espice.core.internal.overlay;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.espice.core.Plot;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Align;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A chart whose data area is the rendered page region and whose axes are the plot's axes as calibrated, stretched
 * over the region's margin: where the reading is right, the page's printed tick numbers stand at the same values
 * as the chart's ticks and the curves read lie on the curves printed. An axis that was not read is shown in page
 * points; a plot that was not read carries its reason across the region.
 */
public final class OverlayChart {

	/** Curve colours that stand out on a black-and-white datasheet and from each other. */
	private static final Color[] COLOURS = { new Color(230, 25, 75), new Color(0, 130, 200), new Color(60, 180, 75),
			new Color(245, 130, 48), new Color(145, 30, 180), new Color(0, 170, 170), new Color(240, 50, 230),
			new Color(128, 128, 0) };
	/** The colour of a reason written on a plot that was not read. */
	public static final Color REASON = new Color(170, 0, 0);
	private static final String PAGE_X = "page x (pt), axis not read";
	private static final String PAGE_Y = "page y (pt), axis not read";
	private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);
	private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

	private OverlayChart() {
	}

	/** The chart of {@code plot} over {@code region}, titled {@code title} with {@code summary} beneath. */
	public static JFreeChart of(Plot plot, PageRegion region, String title, String summary) {
		Plot.Box frame = plot.bbox();
		Plot.Box area = region.area();
		Plot.Edges e = plot.edges();
		ValueAxis x = calibrated(plot.x(), e == null ? null : new double[] { e.xLow(), e.xHigh() }, frame.x0(),
				frame.x1(), area.x0(), area.x1());
		ValueAxis y = calibrated(plot.y(), e == null ? null : new double[] { e.yLow(), e.yHigh() }, frame.y0(),
				frame.y1(), area.y0(), area.y1());
		// points in SI cannot be placed on an axis shown in page points
		List<Plot.Series> series = x != null && y != null ? plot.series() : List.of();
		x = x != null ? x : page(PAGE_X, area.x0(), area.x1());
		y = y != null ? y : page(PAGE_Y, area.y0(), area.y1());
		XYPlot xy = new XYPlot(curves(series, x, y), x, y, lines(series.size()));
		xy.setBackgroundPaint(Color.WHITE);
		xy.setBackgroundImage(region.image());
		xy.setBackgroundImageAlignment(Align.FIT);
		xy.setBackgroundImageAlpha(1f);
		xy.setDomainGridlinesVisible(false);
		xy.setRangeGridlinesVisible(false);
		xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
		if (plot.reason() != null) {
			xy.addAnnotation(across(plot.reason()));
		}
		JFreeChart chart = new JFreeChart(title, TITLE, xy, !series.isEmpty());
		chart.setBackgroundPaint(Color.WHITE);
		TextTitle sub = new TextTitle(summary, TEXT);
		sub.setPaint(Color.DARK_GRAY);
		chart.addSubtitle(sub);
		return chart;
	}

	/** The curves as read, each a series keyed by its label, with the points the axes can show. */
	private static XYSeriesCollection curves(List<Plot.Series> series, ValueAxis x, ValueAxis y) {
		XYSeriesCollection data = new XYSeriesCollection();
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < series.size(); i++) {
			XYSeries s = new XYSeries(key(series.get(i), i, keys), false, true);
			for (Plot.Point p : series.get(i).points()) {
				if (shown(p.x(), x) && shown(p.y(), y)) {
					s.add(p.x(), p.y());
				}
			}
			data.addSeries(s);
		}
		return data;
	}

	/** Lines only, thick and coloured, so they stand out on the printed black curves they should cover. */
	private static XYLineAndShapeRenderer lines(int count) {
		XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
		for (int i = 0; i < count; i++) {
			lines.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
			lines.setSeriesStroke(i, new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		}
		return lines;
	}

	/** The reason a plot was not read, on a light box across the middle of the region. */
	private static XYTitleAnnotation across(String reason) {
		TextTitle text = new TextTitle(reason, TITLE, REASON, RectangleEdge.TOP, HorizontalAlignment.CENTER,
				VerticalAlignment.CENTER, new RectangleInsets(6, 10, 6, 10));
		text.setBackgroundPaint(new Color(255, 255, 255, 220));
		XYTitleAnnotation across = new XYTitleAnnotation(0.5, 0.5, text, RectangleAnchor.CENTER);
		across.setMaxWidth(0.9);
		return across;
	}

	/**
	 * The plot's axis over the region: the frame edges {@code lo}, {@code hi} carry the values the calibration gives
	 * there ({@code edges}; the first and last tick values, which may stand inside the frame, when null), and the
	 * same mapping (linear or in decades) carries on to the region's edges. Null when the axis was not read or cannot
	 * be drawn (a log axis through zero).
	 */
	static ValueAxis calibrated(Plot.Axis a, double[] edges, double lo, double hi, double areaLo, double areaHi) {
		boolean log = a != null && a.scale() == Plot.Scale.LOG;
		double low = edges == null ? a == null ? Double.NaN : a.min() : edges[0];
		double high = edges == null ? a == null ? Double.NaN : a.max() : edges[1];
		if (a == null || !usable(low, high, log) || hi <= lo) {
			return null;
		}
		double first = log ? Math.log10(low) : low;
		double last = log ? Math.log10(high) : high;
		double perPoint = (last - first) / (hi - lo);
		double from = first + (areaLo - lo) * perPoint;
		double to = first + (areaHi - lo) * perPoint;
		String label = a.quantity() + (a.unit() == null || a.unit().isEmpty() ? "" : " (" + a.unit() + ")");
		ValueAxis axis;
		if (log) {
			LogAxis l = new LogAxis(label);
			l.setSmallestValue(Math.pow(10, Math.min(from, to)));
			// a tick a decade, as log axes are printed
			l.setTickUnit(new NumberTickUnit(1));
			l.setNumberFormatOverride(new SiNumbers());
			axis = l;
		} else {
			NumberAxis n = new NumberAxis(label);
			n.setAutoRangeIncludesZero(false);
			n.setNumberFormatOverride(new SiNumbers());
			axis = n;
		}
		double min = Math.min(from, to);
		double max = Math.max(from, to);
		axis.setRange(log ? Math.pow(10, min) : min, log ? Math.pow(10, max) : max);
		// an axis printed with its values falling left to right or top to bottom
		axis.setInverted(to < from);
		return axis;
	}

	/** An axis in page points, for an axis that was not read: the region is still shown where it is. */
	private static ValueAxis page(String label, double areaLo, double areaHi) {
		NumberAxis page = new NumberAxis(label);
		page.setRange(areaLo, areaHi);
		return page;
	}

	private static boolean usable(double low, double high, boolean log) {
		boolean finite = Double.isFinite(low) && Double.isFinite(high) && low != high;
		return finite && (!log || low > 0 && high > 0);
	}

	/** A value can be drawn on the axis: any value on a linear axis, only positive ones in decades. */
	private static boolean shown(double v, ValueAxis axis) {
		return Double.isFinite(v) && (!(axis instanceof LogAxis) || v > 0);
	}

	/** The curve's legend entry: its printed label, else the quantity it names, else its number; never twice. */
	private static String key(Plot.Series s, int index, Set<String> taken) {
		String base = s.label() != null && !s.label().isBlank() ? s.label()
				: s.name() != null ? s.name() : "curve " + (index + 1);
		String key = base;
		for (int n = 2; !taken.add(key); n++) {
			key = base + " (" + n + ")";
		}
		return key;
	}
}
