package org.espice.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

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
import org.espice.ui.internal.views.PlotScale.Scale;

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

	/** A drawn marker, for the hover tooltip. */
	private record Hit(int x, int y, String label) {
	}

	/** A simulated point as drawn: its pixel, its series and its index there; named only when hovered. */
	private record TracePoint(int x, int y, Series series, int index) {
	}

	private Curve curve;
	private final List<Hit> hits = new ArrayList<>();
	/** The simulated points as drawn, for the hover tooltip where no marker is near. */
	private final List<TracePoint> trace = new ArrayList<>();
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
		Hit near = null;
		int best = HOVER_RADIUS * HOVER_RADIUS + 1;
		for (Hit h : hits) {
			int d = distance(h.x(), h.y(), x, y);
			if (d < best) {
				best = d;
				near = h;
			}
		}
		if (near != null) {
			return near.label();
		}
		TracePoint on = null;
		for (TracePoint t : trace) {
			int d = distance(t.x(), t.y(), x, y);
			if (d < best) {
				best = d;
				on = t;
			}
		}
		return on == null ? null : label(on);
	}

	private static int distance(int x0, int y0, int x1, int y1) {
		return (x0 - x1) * (x0 - x1) + (y0 - y1) * (y0 - y1);
	}

	/** "VGS = 10 V: VDS = 2.5 V, ID = 4.2 A": the series, then the point with SI prefixes and units. */
	private String label(TracePoint t) {
		Series s = t.series();
		return s.label() + ": " + curve.xLabel() + " = " + values.format(s.x()[t.index()], curve.xUnit()) //$NON-NLS-1$ //$NON-NLS-2$
				+ ", " + curve.yLabel() + " = " + values.format(s.y()[t.index()], curve.yUnit()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Where the {@code i}-th drawn point of the series labelled {@code series} is, for tests; null when off the plot. */
	public Point tracePoint(String series, int i) {
		return trace.stream().filter(t -> t.series().label().equals(series)).skip(i).findFirst()
				.map(t -> new Point(t.x(), t.y())).orElse(null);
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

		double[] xr = PlotScale.range(curve, true);
		double[] yr = PlotScale.range(curve, false);
		// first pass with a guessed plot size to learn the y tick label width, then the final layout
		Scale ys = PlotScale.scale(yr[0], yr[1], curve.yLog(), Math.max(2, client.height / (3 * lineHeight)));
		int yTickWidth = 0;
		for (double t : ys.ticks()) {
			yTickWidth = Math.max(yTickWidth, gc.textExtent(PlotScale.tickLabel(t, ys)).x);
		}
		Rectangle area = compact ? compactArea(client, lineHeight, yTickWidth)
				: plotArea(client, lineHeight, yTickWidth, legendRows, showTitle ? 1 : 0);
		ys = PlotScale.scale(yr[0], yr[1], curve.yLog(), Math.max(2, area.height / (2 * lineHeight)));
		Scale xs = PlotScale.scale(xr[0], xr[1], curve.xLog(),
				Math.max(2, area.width / (gc.textExtent("-000.0m").x + 2 * GAP)));

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
				int x = PlotScale.px(xs, p.x(), area.x, area.width);
				int y = PlotScale.py(ys, p.y(), area.y, area.height);
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
		for (double m : PlotScale.minorTicks(xs, area.width)) {
			int x = PlotScale.px(xs, m, area.x, area.width);
			gc.drawLine(x, area.y, x, bottom);
		}
		for (double m : PlotScale.minorTicks(ys, area.height)) {
			int y = PlotScale.py(ys, m, area.y, area.height);
			gc.drawLine(area.x, y, area.x + area.width, y);
		}
		for (double t : xs.ticks()) {
			int x = PlotScale.px(xs, t, area.x, area.width);
			gc.setForeground(mid);
			gc.drawLine(x, area.y, x, bottom);
			gc.setForeground(fg);
			gc.drawLine(x, bottom, x, bottom + TICK);
			String l = PlotScale.tickLabel(t, xs);
			gc.drawText(l, x - gc.textExtent(l).x / 2, bottom + TICK, true);
		}
		for (double t : ys.ticks()) {
			int y = PlotScale.py(ys, t, area.y, area.height);
			gc.setForeground(mid);
			gc.drawLine(area.x, y, area.x + area.width, y);
			gc.setForeground(fg);
			gc.drawLine(area.x - TICK, y, area.x, y);
			String l = PlotScale.tickLabel(t, ys);
			gc.drawText(l, area.x - TICK - GAP / 2 - gc.textExtent(l).x, y - lineHeight / 2, true);
		}
	}

	/** The series as polylines, broken where a value cannot be shown (non-positive on a log axis). */
	private static void polyline(GC gc, Series s, Rectangle area, Scale xs, Scale ys) {
		List<Integer> run = new ArrayList<>();
		for (int i = 0; i <= s.x().length; i++) {
			boolean shown = i < s.x().length && xs.shows(s.x()[i]) && ys.shows(s.y()[i]);
			if (shown) {
				run.add(PlotScale.px(xs, s.x()[i], area.x, area.width));
				run.add(PlotScale.py(ys, s.y()[i], area.y, area.height));
			} else if (!run.isEmpty()) {
				gc.drawPolyline(run.stream().mapToInt(Integer::intValue).toArray());
				run.clear();
			}
		}
	}

	/** Every simulated point drawn on the plot, for the hover tooltip. */
	private void traceHits(Series s, Rectangle area, Scale xs, Scale ys) {
		for (int i = 0; i < s.x().length; i++) {
			if (xs.shows(s.x()[i]) && ys.shows(s.y()[i])) {
				trace.add(new TracePoint(PlotScale.px(xs, s.x()[i], area.x, area.width),
						PlotScale.py(ys, s.y()[i], area.y, area.height), s, i));
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
}
