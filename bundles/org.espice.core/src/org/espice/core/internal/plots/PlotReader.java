package org.espice.core.internal.plots;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.Plot;
import org.espice.core.internal.layout.LayoutBuilder;
import org.espice.core.internal.parameters.Conditions;

/**
 * Reads every plot of a datasheet: frames whose axes calibrate from their tick labels become plots with their
 * curves in SI units; a gridded frame whose axes do not calibrate, or a picture under a figure caption, is listed
 * with the reason it was not read. Nothing is guessed.
 */
public final class PlotReader {

	private static final System.Logger LOG = System.getLogger(PlotReader.class.getName());
	/** Most points kept per curve. */
	static final int MAX_POINTS = 200;
	/** Smallest picture listed as a raster plot, in points. */
	static final double MIN_PICTURE_WIDTH = 100;
	static final double MIN_PICTURE_HEIGHT = 70;

	private final DeviceKind device;
	private final List<Device> devices;
	/** The parts' names, upper case: a curve labelled by one is that part's. */
	private final Set<String> partNames;

	/** @param device the datasheet's device kind: a diode's capacitance axis is its total capacitance CT */
	public PlotReader(DeviceKind device) {
		this(device, List.of());
	}

	/**
	 * @param device  the datasheet's device kind
	 * @param devices its parts, which a line between a plot and its caption may name ("BYM36D and E."): the plot is
	 *                theirs alone
	 */
	public PlotReader(DeviceKind device, List<Device> devices) {
		this.device = device;
		this.devices = List.copyOf(devices);
		this.partNames = devices.stream().map(d -> d.part().toUpperCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
	}

	/** Reads the plots of a document on its own: one pass over its pages as the layout makes it. */
	public List<Plot> read(PDDocument doc) throws IOException {
		DrawingCollector drawings = new DrawingCollector();
		new LayoutBuilder(page -> {
		}, drawings).build(doc);
		return read(drawings);
	}

	/** Reads the plots of the pages whose drawing was collected while their text was read. */
	public List<Plot> read(DrawingCollector drawings) {
		List<Plot> plots = new ArrayList<>();
		for (PageDrawing drawing : drawings.drawings()) {
			long start = System.nanoTime();
			plots.addAll(read(drawing));
			LOG.log(System.Logger.Level.DEBUG, () -> "page " + drawing.page() + ": " + drawing.strokes().size()
					+ " strokes, read in " + (System.nanoTime() - start) / 1_000_000 + " ms");
		}
		return plots;
	}

	List<Plot> read(PageDrawing page) {
		List<FrameFinder.Frame> frames = page.frames();
		List<Plot.Box> boxes = frames.stream().map(FrameFinder.Frame::box).toList();
		Captions captions = Captions.find(page.labels(), boxes);
		// axis titles are looked for among the phrases that are no caption
		Set<Label> captionText = captions.phrases();
		TextAssembly.Labels text = page.labels()
				.withPhrases(page.labels().phrases().stream().filter(p -> !captionText.contains(p)).toList());
		List<Found> found = new ArrayList<>();
		List<Found> crowded = new ArrayList<>();
		List<Found> halfRead = new ArrayList<>();
		for (FrameFinder.Frame frame : frames) {
			Plot.Box box = frame.box();
			if (found.stream().noneMatch(f -> inside(box, f.box()))) {
				candidate(page, frame, text, found, crowded, halfRead);
			}
		}
		// a frame with one axis read is listed, unreadable, where no plot read in full lies in it or across it
		for (int i = halfRead.size() - 1; i >= 0; i--) { // the smallest first: a frame drawn around a plot is not it
			Found h = halfRead.get(i);
			if (found.stream().noneMatch(f -> overlaps(f.box(), h.box()))) {
				found.add(h);
			}
		}
		List<Plot.Box> taken = new ArrayList<>(found.stream().map(Found::box).toList());
		List<Plot.Box> pictures = pictures(page, taken);
		List<Plot.Box> all = new ArrayList<>(taken);
		all.addAll(pictures);
		crowded.forEach(f -> all.add(f.box()));
		List<Plot.Box> voters = new ArrayList<>(boxes);
		voters.addAll(pictures);
		Map<Plot.Box, Captions.Caption> named = captions.assign(all, voters, b -> !pictures.contains(b));
		found.addAll(crowdedPlots(page, crowded, found, named));
		List<Plot> plots = new ArrayList<>();
		for (Found f : found) {
			Captions.Caption caption = named.get(f.box());
			plots.add(f.calibrated()
					? plot(page, text, f.box(), f.x(), f.y(), AxisReader.right(f.box(), text), caption)
					: unreadable(page, f.box(), f.x(), f.y(), text(caption)));
		}
		for (Plot.Box box : pictures) {
			String caption = text(named.get(box));
			if (caption != null) {
				plots.add(new Plot(page.page(), box, caption, captionKind(caption), Plot.DrawnAs.RASTER, null, null,
						List.of(), List.of(), "plot is a raster image; its curves cannot be read from the PDF"));
			}
		}
		// reading order, as figures are numbered: rows from the top, left to right within a row
		plots.sort(Comparator.comparingDouble((Plot p) -> -Math.round(p.bbox().y1() / 40))
				.thenComparingDouble(p -> p.bbox().x0()));
		return plots;
	}

	/**
	 * A frame whose axes calibrate, or a gridded one with few words inside, is a plot; a gridded frame crowded
	 * with words may be one (or a table).
	 */
	private static void candidate(PageDrawing page, FrameFinder.Frame frame, TextAssembly.Labels text,
			List<Found> found, List<Found> crowded, List<Found> halfRead) {
		Plot.Box box = frame.box();
		AxisReader.Reading x = AxisReader.bottom(box, frame.innerVerticals(), frame.minorVerticals(), text);
		AxisReader.Reading y = AxisReader.left(box, frame.innerHorizontals(), frame.minorHorizontals(), text);
		boolean calibrated = x.outcome().calibration() != null && y.outcome().calibration() != null;
		LOG.log(System.Logger.Level.DEBUG, () -> "page " + page.page() + " frame " + box + ": x " + x.outcome()
				+ ", y " + y.outcome() + ", titles " + (x.title() == null ? null : x.title().text()) + " | "
				+ (y.title() == null ? null : y.title().text()) + ", gridded " + frame.gridded() + ", words inside " + wordsInside(page, box)
				+ ", x ticks " + x.ticks() + ", y ticks " + y.ticks());
		// one axis calibrated and the other with tick numbers it cannot settle: a plot, listed with the reason
		boolean half = oneAxisRead(x, y);
		if (calibrated || frame.gridded() && wordsInside(page, box) <= 12) {
			found.add(new Found(box, x, y, calibrated));
		} else if (half && !frame.gridded()) {
			halfRead.add(new Found(box, x, y, false));
		} else if (frame.gridded()) {
			crowded.add(new Found(box, x, y, false));
		}
	}

	/**
	 * The crowded gridded frames that are plots all the same: they hold curves (a table has none) and a caption no
	 * other plot has names what they show, or, captioned, one of their axes reads.
	 */
	private List<Found> crowdedPlots(PageDrawing page, List<Found> crowded, List<Found> found,
			Map<Plot.Box, Captions.Caption> named) {
		Set<String> given = new HashSet<>();
		found.forEach(f -> given.add(text(named.get(f.box()))));
		List<Found> out = new ArrayList<>();
		for (Found f : crowded) {
			String caption = text(named.get(f.box()));
			Plot.Kind k = CaptionKinds.of(caption, device);
			boolean shown = k != null && k != Plot.Kind.OTHER || caption != null && oneAxisRead(f.x(), f.y());
			if (shown && !given.contains(caption)
					&& found.stream().noneMatch(t -> overlaps(t.box(), f.box()))
					&& out.stream().noneMatch(t -> overlaps(t.box(), f.box()))
					&& !CurveTracer.trace(f.box(), DottedLines.with(f.box(), page.strokes())).isEmpty()) {
				given.add(caption);
				out.add(f);
			}
		}
		return out;
	}

	/**
	 * Currents named for the device: an IGBT's current is its collector's (a bare current a label gives a threshold
	 * curve, "1 mA", is named a drain current on a MOSFET's plot), and a current whose subscript was set apart from
	 * its I ("I = 5.0A" over a lone "D" at IR's gate-charge curves) is a transistor's own: the drain's or the
	 * collector's (a diode's could be its forward or its zener current).
	 */
	private void deviceCurrents(Map<String, Double> conditions) {
		if (device == DeviceKind.IGBT && conditions.containsKey("ID") && !conditions.containsKey("IC")) {
			conditions.put("IC", conditions.remove("ID"));
		}
		String own = device.isMosfet() || device.isJfet() ? "ID"
				: device.isBjt() || device == DeviceKind.IGBT ? "IC" : null;
		if (own != null && conditions.containsKey("I") && !conditions.containsKey(own)) {
			conditions.put(own, conditions.remove("I"));
		}
	}

	/** One axis calibrated and the other with tick numbers it cannot settle. */
	private static boolean oneAxisRead(AxisReader.Reading x, AxisReader.Reading y) {
		return x.outcome().calibration() != null && y.ticks().size() >= 2
				|| y.outcome().calibration() != null && x.ticks().size() >= 2;
	}

	private static String text(Captions.Caption caption) {
		return caption == null ? null : caption.text();
	}

	/** A frame taken for a plot, with its axes as read. */
	private record Found(Plot.Box box, AxisReader.Reading x, AxisReader.Reading y, boolean calibrated) {
	}

	private Plot plot(PageDrawing page, TextAssembly.Labels text, Plot.Box box, AxisReader.Reading x,
			AxisReader.Reading y, AxisReader.Reading right, Captions.Caption printed) {
		String caption = text(printed);
		Axes axes = axes(x, y, right, caption, text);
		Plot.Axis ax = axis(axes.tx(), axes.cx());
		Plot.Axis ay = axis(axes.ty(), axes.cy());
		Plot.Axis ay2 = axes.t2() == null ? null : axis(axes.t2(), axes.c2());
		// curves drawn dot by dot are lines of their own, for the curves and the legend's swatches alike
		PageDrawing drawn = new PageDrawing(page.page(), page.width(), DottedLines.with(box, page.strokes()),
				page.images(), page.smallFills(), page.labels(), page.frames());
		List<CurveTracer.Trace> traces = CurveTracer.trace(box, drawn.strokes());
		if (traces.isEmpty()) {
			boolean picture = page.images().stream().anyMatch(i -> covers(i, box));
			return new Plot(page.page(), box, caption, axes.kind(),
					picture ? Plot.DrawnAs.RASTER : Plot.DrawnAs.VECTOR, ax, ay, ay2, List.of(), List.of(),
					picture ? "plot is a raster image; its curves cannot be read from the PDF"
							: "no curves found inside the plot frame",
					List.of(), edges(axes, box));
		}
		List<Label> skip = new ArrayList<>(x.ticks());
		skip.addAll(y.ticks());
		if (right != null) {
			skip.addAll(right.ticks());
		}
		CurveLabels.Attached attached = CurveLabels.attach(box, axes.kind(), ax.quantity(), ay.quantity(), traces,
				drawn, skip, partNames);
		Map<String, Double> shared = new LinkedHashMap<>(attached.shared());
		// what the caption states holds for every curve ("Fig. 5 ... VGS = 10 V"), unless it is an axis
		Map.Entry<String, Double> ratio = ForcedRatio.of(caption);
		if (ratio != null) {
			shared.putIfAbsent(ratio.getKey(), ratio.getValue());
		}
		Conditions.parse(caption == null ? null : ForcedRatio.without(caption)).forEach(shared::putIfAbsent);
		List<Label> notes = ConditionNotes.between(box, printed == null ? null : printed.box(), text.phrases(),
				page.frames().stream().map(FrameFinder.Frame::box).toList());
		ConditionNotes.of(notes).forEach(shared::putIfAbsent);
		shared.keySet().removeAll(List.of(ax.quantity(), ay.quantity()));
		List<Plot.Series> series = new ArrayList<>();
		for (int i = 0; i < attached.traces().size(); i++) {
			Map<String, Double> conditions = attached.conditions().get(i);
			shared.forEach(conditions::putIfAbsent);
			deviceCurrents(conditions);
			CurveTracer.Trace trace = attached.traces().get(i);
			String label = attached.labels().get(i);
			boolean second = axes.t2() != null
					&& SecondAxis.onSecond(trace, label, axes.ty(), axes.t2(), axes.kind(), box);
			List<Plot.Point> points = second
					? points(trace, axes.cx(), axes.tx().factor(), axes.c2(), axes.t2().factor())
					: points(trace, axes.cx(), axes.tx().factor(), axes.cy(), axes.ty().factor());
			String name = attached.names().get(i);
			if (second && name == null) {
				String q = axes.t2().quantity(); // the quantity of the second axis, as a capacitance curve is named
				name = q;
				supplyOf(axes.kind(), q, points).ifPresent(v -> conditions.putIfAbsent(supplyKey(q), v));
			}
			series.add(new Plot.Series(label, conditions, name, points, second));
		}
		// on voltages on one generic voltage axis keep it: each curve names its own quantity
		Plot.Kind onVoltages = PlotKinds.onVoltages(axes.kind(), ax, ay, attached.names());
		Plot.Kind kind = PlotKinds.bySeries(onVoltages, attached.names(), caption);
		if (kind != onVoltages) {
			ay = ay.as(PlotKinds.expected(kind, 1, device));
		}
		// the parts the lines between the plot and its caption name ("BYM36D and E.")
		List<String> parts = PlotParts.some(notes.stream().map(Label::text).toList(), devices);
		return new Plot(page.page(), box, caption, kind, Plot.DrawnAs.VECTOR, ax, ay, ay2, series, parts, null,
				List.of(), edges(axes, box));
	}

	/**
	 * The supply a gate charge plot's drain (or collector) voltage curve is drawn at: the voltage it starts from
	 * at no charge, before the Miller plateau pulls it down; two significant digits, as supplies are printed.
	 */
	static java.util.Optional<Double> supplyOf(Plot.Kind kind, String quantity, List<Plot.Point> points) {
		if (kind != Plot.Kind.GATE_CHARGE || !quantity.equals("VDS") && !quantity.equals("VCE") || points.size() < 2) {
			return java.util.Optional.empty();
		}
		Plot.Point start = points.get(0);
		Plot.Point end = points.get(points.size() - 1);
		double span = Math.abs(end.x() - start.x());
		if (Math.abs(start.x()) > 0.05 * Math.max(span, Math.abs(end.x())) || start.y() <= end.y()
				|| start.y() <= 0) {
			return java.util.Optional.empty(); // not drawn from the axis, or not falling
		}
		double step = Math.pow(10, Math.floor(Math.log10(start.y())) - 1);
		return java.util.Optional.of(Math.round(start.y() / step) * step);
	}

	/** The condition key of a supply: VDD for a drain voltage curve, VCC for a collector's. */
	private static String supplyKey(String quantity) {
		return quantity.equals("VCE") ? "VCC" : "VDD";
	}

	/** A plot's axes as titled and calibrated: x, the y its kind is about and a second y (null when none). */
	private record Axes(AxisTitle tx, Calibration cx, AxisTitle ty, Calibration cy, AxisTitle t2, Calibration c2,
			Plot.Kind kind) {
	}

	/**
	 * The axes named by their titles, the plot's kind and its caption: a right axis that repeats the left one is
	 * none, and the right one is the primary y where the plot's kind is about it.
	 */
	private Axes axes(AxisReader.Reading x, AxisReader.Reading y, AxisReader.Reading right, String caption,
			TextAssembly.Labels text) {
		Calibration cx = x.outcome().calibration();
		Calibration cy = y.outcome().calibration();
		AxisTitle tx = text.title(x.title() == null ? null : x.title().text());
		AxisTitle ty = text.title(y.title() == null ? null : y.title().text());
		Calibration c2 = right == null ? null : right.outcome().calibration();
		AxisTitle t2 = c2 == null ? null : text.title(right.title().text());
		if (t2 != null && t2.quantity().equals(ty.quantity())) {
			c2 = null; // the left axis printed again at the right edge
			t2 = null;
		}
		if (t2 != null && SecondAxis.rightIsPrimary(tx, ty, t2, cx.scale(), cy.scale(), c2.scale())) {
			return axes(tx, cx, t2, c2, ty, cy, caption);
		}
		return axes(tx, cx, ty, cy, t2, c2, caption);
	}

	private Axes axes(AxisTitle tx, Calibration cx, AxisTitle ty, Calibration cy, AxisTitle t2, Calibration c2,
			String caption) {
		if (device.isDiode() && ty.quantity().equals("C")) {
			ty = new AxisTitle("CT", ty.unit(), ty.factor(), ty.printed());
		}
		ty = ty.normalisedFor(cy.last(), tx.quantity());
		Plot.Kind kind = PlotKinds.forDevice(PlotKinds.decide(
				PlotKinds.of(tx.quantity(), ty.quantity(), cx.scale(), cy.scale()), CaptionKinds.of(caption, device),
				tx.quantity(), ty.quantity()), device);
		AxisTitle[] named = KindAxes.named(tx, ty, kind, device);
		tx = named[0].impliedUnitFor(cx.last());
		ty = named[1].normalisedFor(cy.last(), tx.quantity()).impliedUnitFor(cy.last());
		if (kind == Plot.Kind.SWITCHING && ty.quantity().equals("other")) {
			ty = ty.as(CaptionKinds.switchingQuantity(caption));
		}
		String closer = CaptionKinds.refined(ty.quantity(), caption);
		if (!closer.equals(ty.quantity())) {
			ty = ty.as(closer);
		}
		return new Axes(tx, cx, ty, cy, t2, c2, kind);
	}

	private static Plot.Axis axis(AxisTitle t, Calibration c) {
		return new Plot.Axis(t.quantity(), t.unit(), c.scale(), si(c.first() * t.factor()), si(c.last() * t.factor()));
	}

	/** The values the axes' calibrations give at the frame's edges. */
	private static Plot.Edges edges(Axes axes, Plot.Box box) {
		return new Plot.Edges(axes.cx().value(box.x0()) * axes.tx().factor(),
				axes.cx().value(box.x1()) * axes.tx().factor(), axes.cy().value(box.y0()) * axes.ty().factor(),
				axes.cy().value(box.y1()) * axes.ty().factor());
	}

	/** The kind a caption names, for a plot whose axes cannot be read. */
	private Plot.Kind captionKind(String caption) {
		Plot.Kind k = CaptionKinds.of(caption, device);
		return k == null ? Plot.Kind.OTHER : PlotKinds.forDevice(k, device);
	}

	/** A gridded frame whose axes do not calibrate: listed with what the user can do about it. */
	private Plot unreadable(PageDrawing page, Plot.Box box, AxisReader.Reading x, AxisReader.Reading y,
			String caption) {
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
		return new Plot(page.page(), box, caption, captionKind(caption), Plot.DrawnAs.VECTOR, null, null, List.of(),
				List.of(), reason);
	}

	/** Pictures the size of a plot outside any vector plot: plots pasted in when a caption names them. */
	private static List<Plot.Box> pictures(PageDrawing page, List<Plot.Box> taken) {
		List<Plot.Box> out = new ArrayList<>();
		for (Rectangle2D r : page.images()) {
			Plot.Box box = new Plot.Box(r.getMinX(), r.getMinY(), r.getMaxX(), r.getMaxY());
			if (box.width() < MIN_PICTURE_WIDTH || box.height() < MIN_PICTURE_HEIGHT || box.width() > 0.9 * page.width()
					|| taken.stream().anyMatch(t -> overlaps(t, box)) || out.stream().anyMatch(t -> overlaps(t, box))) {
				continue;
			}
			out.add(box);
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
