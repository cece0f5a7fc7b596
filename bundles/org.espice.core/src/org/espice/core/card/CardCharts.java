package org.espice.core.card;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.espice.core.Plot;
import org.espice.core.simulate.ModelCurves;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A model curve on a chart (JFreeChart): the model's simulated series as solid lines, the datasheet's values as red
 * markers, and the datasheet's own curves of the same quantities, as read from its plots, dashed.
 */
final class CardCharts {

	static final int WIDTH = 720;
	static final int HEIGHT = 440;
	private static final Color[] MODEL = { new Color(0, 90, 200), new Color(0, 150, 80), new Color(150, 60, 190),
			new Color(200, 120, 0), new Color(0, 150, 160), new Color(120, 120, 120) };
	private static final Color DATASHEET = new Color(90, 90, 90);
	private static final Color MARKER = new Color(210, 0, 0);

	private CardCharts() {
	}

	/** Quantity names as both sides spell them, for matching a datasheet plot to a model curve. */
	static String quantity(String label) {
		String q = label.replace("|", "").trim().toUpperCase(Locale.ROOT);
		return switch (q) {
		case "IS" -> "IF"; // a body diode's source current is read as a forward current
		default -> q;
		};
	}

	/** Whether the datasheet plot draws the model curve's two quantities. */
	static boolean matches(ModelCurves.Curve curve, Plot plot) {
		return plot.x() != null && plot.y() != null && !plot.series().isEmpty()
				&& quantity(curve.xLabel()).equals(quantity(plot.x().quantity()))
				&& quantity(curve.yLabel()).equals(quantity(plot.y().quantity()));
	}

	/** The chart of {@code curve} with the series of the matching datasheet {@code plots}. */
	static BufferedImage draw(ModelCurves.Curve curve, List<Plot> plots) {
		XYSeriesCollection data = new XYSeriesCollection();
		XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
		int n = 0;
		for (ModelCurves.Series s : curve.simulated()) {
			String label = s.label().startsWith("model") ? s.label() : "model, " + s.label();
			XYSeries xy = new XYSeries(key(data, label), false, true);
			for (int i = 0; i < s.x().length; i++) {
				add(xy, curve, s.x()[i], s.y()[i]);
			}
			data.addSeries(xy);
			r.setSeriesPaint(n, MODEL[n % MODEL.length]);
			r.setSeriesStroke(n, new BasicStroke(2f));
			r.setSeriesShapesVisible(n, false);
			n++;
		}
		for (Plot p : plots) {
			int k = 1;
			for (Plot.Series s : p.series()) {
				String label = s.name() != null ? s.name() : s.label() != null ? s.label() : "curve " + k;
				XYSeries xy = new XYSeries(key(data, "datasheet p." + p.page() + " " + label), false, true);
				for (Plot.Point q : s.points()) {
					add(xy, curve, Math.abs(q.x()), Math.abs(q.y()));
				}
				data.addSeries(xy);
				r.setSeriesPaint(n, DATASHEET);
				r.setSeriesStroke(n, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
						new float[] { 6, 4 }, 0));
				r.setSeriesShapesVisible(n, false);
				n++;
				k++;
			}
		}
		XYSeries markers = new XYSeries(key(data, "datasheet values"), false, true);
		for (ModelCurves.DatasheetPoint pt : curve.points()) {
			add(markers, curve, pt.x(), pt.y());
		}
		if (markers.getItemCount() > 0) {
			data.addSeries(markers);
			r.setSeriesPaint(n, MARKER);
			r.setSeriesLinesVisible(n, false);
			r.setSeriesShape(n, new Ellipse2D.Double(-5, -5, 10, 10));
		}
		XYPlot plot = new XYPlot(data, axis(curve.xLabel(), curve.xUnit(), curve.xLog()),
				axis(curve.yLabel(), curve.yUnit(), curve.yLog()), r);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setDomainGridlinePaint(new Color(220, 220, 220));
		plot.setRangeGridlinePaint(new Color(220, 220, 220));
		JFreeChart chart = new JFreeChart(curve.title(), new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, true);
		chart.setBackgroundPaint(Color.WHITE);
		return chart.createBufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB, null);
	}

	/** Adds a point the axes can show (a logarithmic axis has no place for zero or below). */
	private static void add(XYSeries s, ModelCurves.Curve c, double x, double y) {
		if (Double.isFinite(x) && Double.isFinite(y) && (!c.xLog() || x > 0) && (!c.yLog() || y > 0)) {
			s.add(x, y);
		}
	}

	/** {@code base}, or with " (2)", " (3)", ... when the chart holds a series of that name already. */
	private static String key(XYSeriesCollection data, String base) {
		String k = base;
		for (int i = 2; data.getSeriesIndex(k) >= 0; i++) {
			k = base + " (" + i + ")";
		}
		return k;
	}

	private static ValueAxis axis(String label, String unit, boolean log) {
		String title = unit == null || unit.isEmpty() ? label : label + " (" + unit + ")";
		if (log) {
			LogAxis a = new LogAxis(title);
			a.setSmallestValue(1e-15);
			// ticks at whole decades only
			a.setTickUnit(new NumberTickUnit(1));
			a.setMinorTickCount(9);
			return a;
		}
		NumberAxis a = new NumberAxis(title);
		a.setAutoRangeIncludesZero(false);
		return a;
	}

	/** The datasheet plots among {@code plots} that draw the curve's quantities. */
	static List<Plot> matching(ModelCurves.Curve curve, List<Plot> plots) {
		List<Plot> out = new ArrayList<>();
		for (Plot p : plots) {
			if (matches(curve, p)) {
				out.add(p);
			}
		}
		return out;
	}
}
