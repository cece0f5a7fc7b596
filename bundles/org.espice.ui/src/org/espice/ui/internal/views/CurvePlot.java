package org.espice.ui.internal.views;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.espice.core.simulate.ModelCurves.Bound;
import org.espice.core.simulate.ModelCurves.Curve;
import org.espice.core.simulate.ModelCurves.DatasheetPoint;
import org.espice.core.simulate.ModelCurves.Series;
import org.espice.ui.internal.Messages;

/**
 * Draws one {@link ModelCurves.Curve}: the simulated series as coloured lines, the datasheet points as red markers
 * (a disc for a typical value, a triangle pointing to the allowed side for a limit), axes with 1-2-5 or decade
 * ticks, and a legend. Hovering over a marker shows its datasheet label.
 */
public final class CurvePlot extends Canvas {

	private static final int MARGIN = 8;
	private static final int GAP = 4;
	private static final int TICK = 4;
	private static final int MARKER = 4;
	private static final int HOVER_RADIUS = 7;
	private static final int[] SERIES_COLORS = { SWT.COLOR_BLUE, SWT.COLOR_DARK_GREEN, SWT.COLOR_DARK_MAGENTA,
			SWT.COLOR_DARK_CYAN, SWT.COLOR_DARK_YELLOW, SWT.COLOR_DARK_GRAY };

	/** An axis scale: the shown range, logarithmic or not, its tick values and (linear) tick step. */
	record Scale(double lo, double hi, boolean log, double[] ticks, double step) {

		/** Where {@code v} lies along the axis: 0 at lo, 1 at hi. */
		double fraction(double v) {
			return log ? (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo)) : (v - lo) / (hi - lo);
		}

		boolean shows(double v) {
			return Double.isFinite(v) && (!log || v > 0);
		}
	}

	/** A drawn marker, for the hover tooltip. */
	private record Hit(int x, int y, String label) {
	}

	private Curve curve;
	private final List<Hit> hits = new ArrayList<>();
	/** The simulated points as drawn, for the hover tooltip where no marker is near. */
	private final List<Hit> trace = new ArrayList<>();
	private final ValueFormat values = ValueFormat.ofUser();
	private Font titleFont;
	/** Below this many text lines of height a plot is drawn compact: axis titles and legend inside the frame. */
	static final int COMPACT_LINES = 14;
	private boolean showTitle = true;

	public CurvePlot(Composite parent, int style) {
		super(parent, style | SWT.DOUBLE_BUFFERED);
		addListener(SWT.Paint, e -> paint(e.gc));
		addListener(SWT.MouseMove, this::hover);
		addListener(SWT.MouseExit, e -> setToolTipText(null));
		addListener(SWT.Resize, e -> redraw());
		addListener(SWT.Dispose, e -> {
			if (titleFont != null) {
				titleFont.dispose();
			}
		});
	}

	/** Shows a curve; null clears the plot. */
	public void setCurve(Curve curve) {
		checkWidget();
		this.curve = curve;
		hits.clear();
		trace.clear();
		setToolTipText(null);
		redraw();
	}

	/** Whether the plot draws the curve's title above it; off where a control beside it names the curve. */
	public void setShowTitle(boolean show) {
		checkWidget();
		showTitle = show;
		redraw();
	}

	public Curve getCurve() {
		checkWidget();
		return curve;
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		return new Point(wHint == SWT.DEFAULT ? 520 : wHint, hHint == SWT.DEFAULT ? 360 : hHint);
	}

	/** The datasheet value under the pointer, else the simulated point nearest to it, with SI prefixes and units. */
	private void hover(Event e) {
		String tip = tipAt(e.x, e.y);
		if (tip == null ? getToolTipText() != null : !tip.equals(getToolTipText())) {
			setToolTipText(tip);
		}
	}

	/** What the tooltip says at pixel (x, y), or null; for tests. */
	public String tipAt(int x, int y) {
		Hit near = nearest(hits, x, y);
		if (near == null) {
			near = nearest(trace, x, y);
		}
		return near == null ? null : near.label();
	}

	private static Hit nearest(List<Hit> candidates, int x, int y) {
		Hit near = null;
		int best = HOVER_RADIUS * HOVER_RADIUS + 1;
		for (Hit h : candidates) {
			int d = (h.x() - x) * (h.x() - x) + (h.y() - y) * (h.y() - y);
			if (d < best) {
				best = d;
				near = h;
			}
		}
		return near;
	}

	/** Where the simulated point {@code i} of series {@code s} was drawn, for tests; null when off the plot. */
	public Point tracePoint(String series, int i) {
		String prefix = series + ": "; //$NON-NLS-1$
		return trace.stream().filter(h -> h.label().startsWith(prefix)).skip(i).findFirst()
				.map(h -> new Point(h.x(), h.y())).orElse(null);
	}

	private void paint(GC gc) {
		hits.clear();
		trace.clear();
		Rectangle client = getClientArea();
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(client);
		Color fg = getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND);
		gc.setForeground(fg);
		gc.setAntialias(SWT.ON);
		if (curve == null) {
			centred(gc, client, Messages.CurvePlot_noCurve);
			return;
		}
		int lineHeight = gc.getFontMetrics().getHeight();
		List<String> legend = new ArrayList<>();
		curve.simulated().forEach(s -> legend.add(s.label()));
		boolean typ = curve.points().stream().anyMatch(p -> p.bound() == Bound.TYP);
		boolean limit = curve.points().stream().anyMatch(p -> p.bound() != Bound.TYP);
		if (typ) {
			legend.add(Messages.CurvePlot_datasheet);
		}
		if (limit) {
			legend.add(Messages.CurvePlot_datasheetLimit);
		}
		int[] widths = legend.stream().mapToInt(l -> 3 * MARKER + GAP + gc.textExtent(l).x).toArray();
		// a short plot (a view docked at the bottom of a laptop's window) keeps its height for the curves: the axis
		// titles and the legend go inside the frame, the title is left to the control that names the curve
		boolean compact = client.height < COMPACT_LINES * lineHeight;
		int legendRows = compact ? 0 : rows(widths, client.width - 2 * MARGIN, 3 * GAP);

		double[] xr = range(curve, true);
		double[] yr = range(curve, false);
		// first pass with a guessed plot size to learn the y tick label width, then the final layout
		Scale ys = scale(yr[0], yr[1], curve.yLog(), Math.max(2, client.height / (3 * lineHeight)));
		int yTickWidth = 0;
		for (double t : ys.ticks()) {
			yTickWidth = Math.max(yTickWidth, gc.textExtent(tickLabel(t, ys)).x);
		}
		Rectangle area = compact ? compactArea(client, lineHeight, yTickWidth)
				: plotArea(client, lineHeight, yTickWidth, legendRows, showTitle ? 1 : 0);
		ys = scale(yr[0], yr[1], curve.yLog(), Math.max(2, area.height / (2 * lineHeight)));
		Scale xs = scale(xr[0], xr[1], curve.xLog(), Math.max(2, area.width / (gc.textExtent("-000.0m").x + 2 * GAP)));

		if (showTitle && !compact) {
			title(gc, client);
		}
		String yLabel = axisLabel(curve.yLabel(), curve.yUnit());
		String xLabel = axisLabel(curve.xLabel(), curve.xUnit());
		if (!compact) {
			gc.drawText(yLabel, area.x - yTickWidth - TICK - GAP, area.y - lineHeight - GAP, true);
			gc.drawText(xLabel, area.x + (area.width - gc.textExtent(xLabel).x) / 2,
					area.y + area.height + TICK + GAP + lineHeight, true);
		}
		grid(gc, area, xs, ys, lineHeight);
		gc.setForeground(fg);
		gc.drawRectangle(area);

		Rectangle clip = gc.getClipping();
		gc.setClipping(area.x, area.y, area.width + 1, area.height + 1);
		gc.setLineWidth(2);
		for (int i = 0; i < curve.simulated().size(); i++) {
			gc.setForeground(seriesColor(i));
			polyline(gc, curve.simulated().get(i), area, xs, ys);
			traceHits(curve.simulated().get(i), area, xs, ys);
		}
		gc.setLineWidth(1);
		gc.setClipping(clip);
		Color red = getDisplay().getSystemColor(SWT.COLOR_RED);
		for (DatasheetPoint p : curve.points()) {
			if (xs.shows(p.x()) && ys.shows(p.y())) {
				int x = px(xs, p.x(), area.x, area.width);
				int y = py(ys, p.y(), area.y, area.height);
				marker(gc, red, x, y, p.bound(), p.valueOnX());
				hits.add(new Hit(x, y, p.label()));
			}
		}
		if (curve.simulated().isEmpty()) {
			// at the top of the plot, where it does not hide the markers of a single-valued range
			gc.setForeground(fg);
			String note = Messages.CurvePlot_noSimulation;
			gc.drawText(note, area.x + (area.width - gc.textExtent(note).x) / 2, area.y + GAP, true);
		}
		if (compact) {
			// axis titles in the frame's corners, the legend along its top edge, each on a light ground
			inset(gc, yLabel, area.x + GAP, area.y + GAP / 2);
			inset(gc, xLabel, area.x + area.width - GAP - gc.textExtent(xLabel).x,
					area.y + area.height - lineHeight - GAP / 2);
			int yTitleWidth = gc.textExtent(yLabel).x + 3 * GAP;
			legend(gc, new Rectangle(area.x + yTitleWidth, area.y + GAP / 2, area.width - yTitleWidth - GAP, 0), legend,
					widths, typ, red, true);
		} else {
			legend(gc, new Rectangle(client.x + MARGIN,
					client.y + client.height - MARGIN - legendRows * lineHeight, client.width - 2 * MARGIN, 0), legend,
					widths, typ, red, false);
		}
	}

	/** Text on a light ground, readable over grid lines and curves. */
	private void inset(GC gc, String text, int x, int y) {
		Point e = gc.textExtent(text);
		gc.setAlpha(215);
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(x - 2, y, e.x + 4, e.y);
		gc.setAlpha(255);
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
		gc.drawText(text, x, y, true);
	}

	private void title(GC gc, Rectangle client) {
		if (titleFont == null) {
			FontData[] data = getFont().getFontData();
			for (FontData d : data) {
				d.setStyle(SWT.BOLD);
			}
			titleFont = new Font(getDisplay(), data);
		}
		Font normal = gc.getFont();
		gc.setFont(titleFont);
		gc.drawText(curve.title(), client.x + (client.width - gc.textExtent(curve.title()).x) / 2, client.y + MARGIN,
				true);
		gc.setFont(normal);
	}

	/** Grid lines and tick labels; on log axes also faint lines at 2..9 within each decade when there is room. */
	private void grid(GC gc, Rectangle area, Scale xs, Scale ys, int lineHeight) {
		Color light = getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW);
		Color mid = getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW);
		Color fg = getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND);
		int bottom = area.y + area.height;
		gc.setForeground(light);
		for (double m : minorTicks(xs, area.width)) {
			int x = px(xs, m, area.x, area.width);
			gc.drawLine(x, area.y, x, bottom);
		}
		for (double m : minorTicks(ys, area.height)) {
			int y = py(ys, m, area.y, area.height);
			gc.drawLine(area.x, y, area.x + area.width, y);
		}
		for (double t : xs.ticks()) {
			int x = px(xs, t, area.x, area.width);
			gc.setForeground(mid);
			gc.drawLine(x, area.y, x, bottom);
			gc.setForeground(fg);
			gc.drawLine(x, bottom, x, bottom + TICK);
			String l = tickLabel(t, xs);
			gc.drawText(l, x - gc.textExtent(l).x / 2, bottom + TICK, true);
		}
		for (double t : ys.ticks()) {
			int y = py(ys, t, area.y, area.height);
			gc.setForeground(mid);
			gc.drawLine(area.x, y, area.x + area.width, y);
			gc.setForeground(fg);
			gc.drawLine(area.x - TICK, y, area.x, y);
			String l = tickLabel(t, ys);
			gc.drawText(l, area.x - TICK - GAP / 2 - gc.textExtent(l).x, y - lineHeight / 2, true);
		}
	}

	/** The series as polylines, broken where a value cannot be shown (non-positive on a log axis). */
	private static void polyline(GC gc, Series s, Rectangle area, Scale xs, Scale ys) {
		List<Integer> run = new ArrayList<>();
		for (int i = 0; i <= s.x().length; i++) {
			boolean shown = i < s.x().length && xs.shows(s.x()[i]) && ys.shows(s.y()[i]);
			if (shown) {
				run.add(px(xs, s.x()[i], area.x, area.width));
				run.add(py(ys, s.y()[i], area.y, area.height));
			} else if (!run.isEmpty()) {
				gc.drawPolyline(run.stream().mapToInt(Integer::intValue).toArray());
				run.clear();
			}
		}
	}

	/** "VGS = 10 V: VDS = 2.5 V, ID = 4.2 A" at every simulated point on the plot. */
	private void traceHits(Series s, Rectangle area, Scale xs, Scale ys) {
		for (int i = 0; i < s.x().length; i++) {
			if (xs.shows(s.x()[i]) && ys.shows(s.y()[i])) {
				String label = s.label() + ": " + curve.xLabel() + " = " + values.format(s.x()[i], curve.xUnit()) //$NON-NLS-1$ //$NON-NLS-2$
						+ ", " + curve.yLabel() + " = " + values.format(s.y()[i], curve.yUnit()); //$NON-NLS-1$ //$NON-NLS-2$
				trace.add(new Hit(px(xs, s.x()[i], area.x, area.width), py(ys, s.y()[i], area.y, area.height), label));
			}
		}
	}

	/** A disc for a typical value; for a limit a triangle pointing to the side the model must lie on. */
	private static void marker(GC gc, Color red, int x, int y, Bound bound, boolean valueOnX) {
		gc.setBackground(red);
		int r = MARKER + 1;
		if (bound == Bound.TYP) {
			gc.fillOval(x - MARKER, y - MARKER, 2 * MARKER + 1, 2 * MARKER + 1);
			return;
		}
		int dir = bound == Bound.MIN ? 1 : -1;
		if (valueOnX) {
			gc.fillPolygon(new int[] { x + dir * r, y, x - dir * r, y - r, x - dir * r, y + r });
		} else {
			// screen y grows downwards: a minimum points up
			gc.fillPolygon(new int[] { x, y - dir * r, x - r, y + dir * r, x + r, y + dir * r });
		}
	}

	/**
	 * The legend's entries flowing in rows from the box's top-left corner across its width; inside the frame (on a
	 * light ground) in a compact plot, below it otherwise.
	 */
	private void legend(GC gc, Rectangle box, List<String> labels, int[] widths, boolean typ, Color red,
			boolean grounded) {
		int lineHeight = gc.getFontMetrics().getHeight();
		int x = box.x;
		int y = box.y;
		int series = curve.simulated().size();
		for (int i = 0; i < labels.size(); i++) {
			if (x > box.x && x + widths[i] > box.x + box.width) {
				x = box.x;
				y += lineHeight;
			}
			if (grounded) {
				gc.setAlpha(215);
				gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
				gc.fillRectangle(x - 2, y, widths[i] + 4, lineHeight);
				gc.setAlpha(255);
			}
			int mid = y + lineHeight / 2;
			if (i < series) {
				gc.setForeground(seriesColor(i));
				gc.setLineWidth(2);
				gc.drawLine(x, mid, x + 3 * MARKER, mid);
				gc.setLineWidth(1);
			} else {
				boolean typEntry = typ && i == series;
				marker(gc, red, x + 3 * MARKER / 2, mid, typEntry ? Bound.TYP : Bound.MAX, false);
			}
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
			gc.drawText(labels.get(i), x + 3 * MARKER + GAP, y, true);
			x += widths[i] + 3 * GAP;
		}
	}

	private Color seriesColor(int i) {
		return getDisplay().getSystemColor(SERIES_COLORS[i % SERIES_COLORS.length]);
	}

	private static void centred(GC gc, Rectangle r, String text) {
		Point e = gc.textExtent(text);
		gc.drawText(text, r.x + (r.width - e.x) / 2, r.y + (r.height - e.y) / 2, true);
	}

	static String axisLabel(String label, String unit) {
		return unit == null || unit.isEmpty() ? label : NLS.bind(Messages.CurvePlot_axisLabel, label, unit);
	}

	/** The plot rectangle of a compact plot: room for the tick labels only. */
	static Rectangle compactArea(Rectangle client, int lineHeight, int yTickWidth) {
		int left = client.x + MARGIN + yTickWidth + TICK + GAP;
		int top = client.y + MARGIN + lineHeight / 2;
		int right = client.x + client.width - MARGIN - 3 * lineHeight / 2;
		int bottom = client.y + client.height - MARGIN - lineHeight - TICK;
		return new Rectangle(left, top, Math.max(1, right - left), Math.max(1, bottom - top));
	}

	/** The plot rectangle inside the client area, leaving room for the title, axis labels, ticks and legend rows. */
	static Rectangle plotArea(Rectangle client, int lineHeight, int yTickWidth, int legendRows, int titleRows) {
		int left = client.x + MARGIN + yTickWidth + TICK + GAP;
		int top = client.y + MARGIN + titleRows * (lineHeight + GAP) + lineHeight + GAP;
		// room for half of the last x tick label
		int right = client.x + client.width - MARGIN - 3 * lineHeight / 2;
		int bottom = client.y + client.height - MARGIN - legendRows * lineHeight - GAP - lineHeight - GAP - lineHeight
				- TICK;
		return new Rectangle(left, top, Math.max(1, right - left), Math.max(1, bottom - top));
	}

	/** How many rows the legend entries take when wrapped to the available width. */
	static int rows(int[] widths, int available, int gap) {
		int rows = widths.length == 0 ? 0 : 1;
		int used = 0;
		for (int w : widths) {
			if (used > 0 && used + w > available) {
				rows++;
				used = 0;
			}
			used += w + gap;
		}
		return rows;
	}

	/**
	 * The smallest and largest plotted value along one axis, over series and points (positive only on a log axis);
	 * points get a margin of 3 % of the span so that a marker never sits on the frame.
	 */
	static double[] range(Curve c, boolean x) {
		boolean log = x ? c.xLog() : c.yLog();
		double[] all = { Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY };
		double[] marks = { Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY };
		for (Series s : c.simulated()) {
			for (double v : x ? s.x() : s.y()) {
				include(all, v, log);
			}
		}
		for (DatasheetPoint p : c.points()) {
			include(all, x ? p.x() : p.y(), log);
			include(marks, x ? p.x() : p.y(), log);
		}
		if (marks[0] <= marks[1] && all[0] < all[1]) {
			if (log) {
				double f = Math.pow(all[1] / all[0], 0.03);
				all[0] = Math.min(all[0], marks[0] / f);
				all[1] = Math.max(all[1], marks[1] * f);
			} else {
				double pad = 0.03 * (all[1] - all[0]);
				all[0] = Math.min(all[0], marks[0] - pad);
				all[1] = Math.max(all[1], marks[1] + pad);
			}
		}
		return all;
	}

	private static void include(double[] range, double v, boolean log) {
		if (Double.isFinite(v) && (!log || v > 0)) {
			range[0] = Math.min(range[0], v);
			range[1] = Math.max(range[1], v);
		}
	}

	/**
	 * A scale over [min, max] with at most about {@code maxTicks} ticks: 1-2-5 steps rounded outwards on a linear
	 * axis, whole decades on a log axis (every n-th decade when there are many). Empty or degenerate ranges get a
	 * sensible span around the value.
	 */
	static Scale scale(double min, double max, boolean log, int maxTicks) {
		int ticks = Math.max(2, maxTicks);
		if (log) {
			if (!(min > 0) || !(max > 0) || !Double.isFinite(min) || !Double.isFinite(max)) {
				min = 1;
				max = 10;
			}
			if (max / min < 1 + 1e-9) {
				// a single value: a decade or two around it rather than one that starts at it
				min /= 3;
				max *= 3;
			}
			int dlo = (int) Math.floor(Math.log10(min) + 1e-9);
			int dhi = (int) Math.ceil(Math.log10(max) - 1e-9);
			if (dhi <= dlo) {
				dhi = dlo + 1;
			}
			int every = Math.max(1, (int) Math.ceil((dhi - dlo) / (double) ticks));
			dhi = dlo + every * (int) Math.ceil((dhi - dlo) / (double) every);
			List<Double> t = new ArrayList<>();
			for (int d = dlo; d <= dhi; d += every) {
				t.add(Math.pow(10, d));
			}
			return new Scale(Math.pow(10, dlo), Math.pow(10, dhi), true,
					t.stream().mapToDouble(Double::doubleValue).toArray(), every);
		}
		if (!Double.isFinite(min) || !Double.isFinite(max)) {
			min = 0;
			max = 1;
		}
		if (max - min <= 1e-12 * Math.max(Math.abs(min), Math.abs(max))) {
			double d = min == 0 ? 1 : Math.abs(min) * 0.1;
			min -= d;
			max += d;
		}
		double step = niceStep((max - min) / ticks);
		double lo = Math.floor(min / step + 1e-9) * step;
		double hi = Math.ceil(max / step - 1e-9) * step;
		int n = (int) Math.round((hi - lo) / step);
		double[] t = new double[n + 1];
		for (int i = 0; i <= n; i++) {
			t[i] = lo + i * step;
		}
		return new Scale(lo, hi, false, t, step);
	}

	/** The 1, 2 or 5 times a power of ten at or above {@code raw}. */
	static double niceStep(double raw) {
		double p = Math.pow(10, Math.floor(Math.log10(raw)));
		double f = raw / p;
		return (f <= 1 + 1e-9 ? 1 : f <= 2 + 1e-9 ? 2 : f <= 5 + 1e-9 ? 5 : 10) * p;
	}

	/** 2..9 within each decade of a log axis, when decades are at least 60 pixels apart; none otherwise. */
	static double[] minorTicks(Scale s, int pixels) {
		if (!s.log() || s.step() != 1 || pixels / (s.ticks().length - 1.0) < 60) {
			return new double[0];
		}
		List<Double> m = new ArrayList<>();
		for (int i = 0; i + 1 < s.ticks().length; i++) {
			for (int k = 2; k <= 9; k++) {
				m.add(s.ticks()[i] * k);
			}
		}
		return m.stream().mapToDouble(Double::doubleValue).toArray();
	}

	/** Engineering notation on log axes and for very large or small values (1m, 10m, 100m, 1, 10, 2.5k), else decimals. */
	static String tickLabel(double v, Scale s) {
		if (s.log() || Math.abs(v) >= 1e5 || s.step() < 1e-3) {
			return engineering(v);
		}
		if (Math.abs(v) < s.step() * 1e-6) {
			return "0";
		}
		int digits = Math.max(0, (int) -Math.floor(Math.log10(s.step()) + 1e-9));
		return String.format(Locale.ROOT, "%." + digits + "f", v);
	}

	/** "1m", "250\u00b5", "1.5k": three significant digits and an SI prefix. */
	static String engineering(double v) {
		if (v == 0 || !Double.isFinite(v)) {
			return v == 0 ? "0" : String.valueOf(v);
		}
		String[] prefixes = { "f", "p", "n", "\u00b5", "m", "", "k", "M", "G", "T" };
		int e = Math.max(-5, Math.min(4, (int) Math.floor(Math.log10(Math.abs(v)) / 3)));
		BigDecimal m = new BigDecimal(v / Math.pow(1000, e)).round(new MathContext(3));
		if (m.abs().compareTo(BigDecimal.valueOf(1000)) >= 0 && e < 4) {
			e++;
			m = new BigDecimal(v / Math.pow(1000, e)).round(new MathContext(3));
		}
		return m.stripTrailingZeros().toPlainString() + prefixes[e + 5];
	}

	/** Pixel column of x; far-off values are held just outside the plot so that clipping hides them. */
	static int px(Scale s, double v, int left, int width) {
		return left + (int) Math.round(clamp(s.fraction(v)) * width);
	}

	static int py(Scale s, double v, int top, int height) {
		return top + height - (int) Math.round(clamp(s.fraction(v)) * height);
	}

	private static double clamp(double f) {
		return Double.isNaN(f) ? 0 : Math.max(-1, Math.min(2, f));
	}
}
