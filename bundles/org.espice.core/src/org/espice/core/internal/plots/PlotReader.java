package org.espice.core.internal.plots;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.espice.core.DeviceKind;
import org.espice.core.Plot;

/**
 * Reads every plot of a datasheet: frames whose axes calibrate from their tick labels become plots with their
 * curves in SI units; a gridded frame whose axes do not calibrate, or a picture under a figure caption, is listed
 * with the reason it was not read. Nothing is guessed.
 */
public final class PlotReader {

	private static final System.Logger LOG = System.getLogger(PlotReader.class.getName());
	/** Most points kept per curve. */
	static final int MAX_POINTS = 200;

	private final DeviceKind device;

	/** @param device the datasheet's device kind: a diode's capacitance axis is its total capacitance CT */
	public PlotReader(DeviceKind device) {
		this.device = device;
	}

	public List<Plot> read(PDDocument doc) throws IOException {
		List<Plot> plots = new ArrayList<>();
		int number = 0;
		for (PDPage page : doc.getPages()) {
			number++;
			long start = System.nanoTime();
			PageDrawing drawing = new DrawingCollector(page).collect(number);
			plots.addAll(read(drawing));
			int n = number;
			LOG.log(System.Logger.Level.DEBUG, () -> "page " + n + ": " + drawing.strokes().size() + " strokes, "
					+ (System.nanoTime() - start) / 1_000_000 + " ms");
		}
		return plots;
	}

	List<Plot> read(PageDrawing page) {
		List<Plot> plots = new ArrayList<>();
		List<Plot.Box> taken = new ArrayList<>();
		for (FrameFinder.Frame frame : FrameFinder.find(page)) {
			Plot.Box box = frame.box();
			if (taken.stream().anyMatch(t -> inside(box, t))) {
				continue;
			}
			AxisReader.Reading x = AxisReader.bottom(box, page.labels());
			AxisReader.Reading y = AxisReader.left(box, page.labels());
			Plot plot = null;
			if (x.outcome().calibration() != null && y.outcome().calibration() != null) {
				plot = plot(page, box, x, y, AxisReader.right(box, page.labels()));
			} else if (frame.gridded() && wordsInside(page, box) <= 12) {
				plot = unreadable(page, box, x, y);
			}
			if (plot != null) {
				plots.add(plot);
				taken.add(box);
			}
		}
		plots.addAll(rasterPlots(page, taken));
		// reading order, as figures are numbered: rows from the top, left to right within a row
		plots.sort(Comparator.comparingDouble((Plot p) -> -Math.round(p.bbox().y1() / 40))
				.thenComparingDouble(p -> p.bbox().x0()));
		return plots;
	}

	private Plot plot(PageDrawing page, Plot.Box box, AxisReader.Reading x, AxisReader.Reading y,
			AxisReader.Reading right) {
		Calibration cx = x.outcome().calibration();
		Calibration cy = y.outcome().calibration();
		AxisTitle tx = AxisTitle.parse(x.title() == null ? null : x.title().text());
		AxisTitle ty = AxisTitle.parse(y.title() == null ? null : y.title().text());
		Calibration c2 = right == null ? null : right.outcome().calibration();
		AxisTitle t2 = c2 == null ? null : AxisTitle.parse(right.title().text());
		if (t2 != null && t2.quantity().equals(ty.quantity())) {
			c2 = null; // the left axis printed again at the right edge
			t2 = null;
		}
		if (t2 != null && SecondAxis.rightIsPrimary(tx, ty, t2, cx.scale(), cy.scale(), c2.scale())) {
			Calibration c = cy;
			AxisTitle t = ty;
			cy = c2;
			ty = t2;
			c2 = c;
			t2 = t;
		}
		if (device.isDiode() && ty.quantity().equals("C")) {
			ty = new AxisTitle("CT", ty.unit(), ty.factor(), ty.printed());
		}
		ty = ty.normalisedFor(cy.last(), tx.quantity()).impliedUnitFor(cy.last());
		Plot.Axis ax = axis(tx, cx);
		Plot.Axis ay = axis(ty, cy);
		Plot.Axis ay2 = t2 == null ? null : axis(t2, c2);
		Plot.Kind kind = PlotKinds.of(ax.quantity(), ay.quantity(), ax.scale(), ay.scale());
		String caption = caption(page, box);
		List<CurveTracer.Trace> traces = CurveTracer.trace(box, page.strokes());
		if (traces.isEmpty()) {
			boolean picture = page.images().stream().anyMatch(i -> covers(i, box));
			return new Plot(page.page(), box, caption, kind, picture ? Plot.DrawnAs.RASTER : Plot.DrawnAs.VECTOR, ax,
					ay, ay2, List.of(), List.of(),
					picture ? "plot is a raster image; its curves cannot be read from the PDF"
							: "no curves found inside the plot frame");
		}
		List<Label> skip = new ArrayList<>(x.ticks());
		skip.addAll(y.ticks());
		if (right != null) {
			skip.addAll(right.ticks());
		}
		CurveLabels.Attached attached = CurveLabels.attach(box, traces, page.labels(), skip);
		Map<String, Double> shared = new LinkedHashMap<>(attached.shared());
		List<Plot.Series> series = new ArrayList<>();
		for (int i = 0; i < traces.size(); i++) {
			Label l = attached.labels().get(i);
			String label = l == null ? null : l.text();
			Map<String, Double> conditions = CurveLabels.conditions(label, kind);
			shared.forEach(conditions::putIfAbsent);
			boolean second = t2 != null && SecondAxis.onSecond(traces.get(i), label, ty, t2, kind, box);
			series.add(new Plot.Series(label, conditions, CurveLabels.name(label), second
					? points(traces.get(i), cx, tx.factor(), c2, t2.factor())
					: points(traces.get(i), cx, tx.factor(), cy, ty.factor()), second));
		}
		return new Plot(page.page(), box, caption, kind, Plot.DrawnAs.VECTOR, ax, ay, ay2, series, List.of(), null);
	}

	private static Plot.Axis axis(AxisTitle t, Calibration c) {
		return new Plot.Axis(t.quantity(), t.unit(), c.scale(), si(c.first() * t.factor()), si(c.last() * t.factor()));
	}

	/** A gridded frame whose axes do not calibrate: listed with what the user can do about it. */
	private static Plot unreadable(PageDrawing page, Plot.Box box, AxisReader.Reading x, AxisReader.Reading y) {
		String reason;
		if (x.ticks().isEmpty() && y.ticks().isEmpty() && (outlinedTicks(page, box) || x.title() != null
				|| y.title() != null)) {
			// a gridded, titled frame without a single tick number: the numbers are outlines or a picture
			reason = "axis ticks are not text (drawn as outlines); the axes cannot be calibrated";
		} else if (page.images().stream().anyMatch(i -> covers(i, box))) {
			reason = "plot is a raster image; its curves cannot be read from the PDF";
		} else {
			reason = x.outcome().problem() != null ? x.outcome().problem() : y.outcome().problem();
		}
		return new Plot(page.page(), box, caption(page, box), Plot.Kind.OTHER, Plot.DrawnAs.VECTOR, null, null,
				List.of(), List.of(), reason);
	}

	/** Pictures the size of a plot under or over a figure caption, outside any vector plot. */
	private static List<Plot> rasterPlots(PageDrawing page, List<Plot.Box> taken) {
		List<Plot> out = new ArrayList<>();
		for (Rectangle2D r : page.images()) {
			Plot.Box box = new Plot.Box(r.getMinX(), r.getMinY(), r.getMaxX(), r.getMaxY());
			if (box.width() < 100 || box.height() < 70 || box.width() > 0.9 * page.width()
					|| taken.stream().anyMatch(t -> overlaps(t, box))) {
				continue;
			}
			String caption = caption(page, box);
			if (caption != null) {
				out.add(new Plot(page.page(), box, caption, Plot.Kind.OTHER, Plot.DrawnAs.RASTER, null, null, List.of(),
						List.of(), "plot is a raster image; its curves cannot be read from the PDF"));
				taken.add(box);
			}
		}
		return out;
	}

	/** Curve points in SI, in order along the curve with x rising, at most {@link #MAX_POINTS}. */
	private static List<Plot.Point> points(CurveTracer.Trace t, Calibration cx, double fx, Calibration cy, double fy) {
		int n = t.size();
		boolean reverse = t.xs()[n - 1] < t.xs()[0];
		List<Plot.Point> out = new ArrayList<>();
		int keep = Math.min(n, MAX_POINTS);
		for (int k = 0; k < keep; k++) {
			int i = keep == 1 ? 0 : (int) Math.round(k * (n - 1) / (double) (keep - 1));
			int j = reverse ? n - 1 - i : i;
			out.add(new Plot.Point(si(cx.value(t.xs()[j]) * fx), si(cy.value(t.ys()[j]) * fy)));
		}
		return out;
	}

	/** The nearest "Figure N." or "Fig. N" phrase below or above the frame. */
	static String caption(PageDrawing page, Plot.Box box) {
		return page.labels().phrases().stream()
				.filter(p -> p.dir() == 0 && AxisReader.caption(p.text()) && p.x1() > box.x0() - 20
						&& p.x0() < box.x1() + 20 && gap(p, box) >= 0 && gap(p, box) < 90)
				.min(Comparator.comparingDouble(p -> gap(p, box))).map(Label::text).orElse(null);
	}

	/** Vertical gap between a phrase and the frame: below it counts in full, above it as farther (captions sit under). */
	private static double gap(Label p, Plot.Box box) {
		if (p.y1() <= box.y0() + 1) {
			return box.y0() - p.y1();
		}
		if (p.y0() >= box.y1() - 1) {
			return 1.5 * (p.y0() - box.y1()) + 5;
		}
		return -1;
	}

	private static boolean outlinedTicks(PageDrawing page, Plot.Box box) {
		long near = page.smallFills().stream()
				.filter(r -> r.getMaxY() < box.y0() && r.getMaxY() > box.y0() - 20 && r.getCenterX() > box.x0() - 10
						&& r.getCenterX() < box.x1() + 10
						|| r.getMaxX() < box.x0() && r.getMaxX() > box.x0() - 30 && r.getCenterY() > box.y0() - 10
								&& r.getCenterY() < box.y1() + 10)
				.count();
		return near >= 4;
	}

	private static long wordsInside(PageDrawing page, Plot.Box box) {
		return page.labels().words().stream().filter(w -> w.dir() == 0 && box.contains(w.cx(), w.cy(), -1)).count();
	}

	private static boolean covers(Rectangle2D image, Plot.Box box) {
		double w = Math.min(image.getMaxX(), box.x1()) - Math.max(image.getMinX(), box.x0());
		double h = Math.min(image.getMaxY(), box.y1()) - Math.max(image.getMinY(), box.y0());
		return w > 0 && h > 0 && w * h >= 0.4 * box.width() * box.height();
	}

	private static boolean inside(Plot.Box a, Plot.Box outer) {
		return a.x0() >= outer.x0() - 3 && a.x1() <= outer.x1() + 3 && a.y0() >= outer.y0() - 3
				&& a.y1() <= outer.y1() + 3;
	}

	private static boolean overlaps(Plot.Box a, Plot.Box b) {
		return a.x0() < b.x1() && b.x0() < a.x1() && a.y0() < b.y1() && b.y0() < a.y1();
	}

	/** Six significant digits: calibrated values carry no more precision than the drawing. */
	private static double si(double v) {
		if (v == 0 || !Double.isFinite(v)) {
			return v;
		}
		double scale = Math.pow(10, 5 - Math.floor(Math.log10(Math.abs(v))));
		return Math.round(v * scale) / scale;
	}
}
