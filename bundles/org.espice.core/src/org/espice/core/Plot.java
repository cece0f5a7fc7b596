package org.espice.core;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A characteristic plot read from a datasheet page: its frame, axes as calibrated and the curves drawn in it,
 * in SI units. A plot that could not be read keeps its frame and says why in {@code reason}, with no series.
 *
 * @param page    1-based page number
 * @param bbox    the plot frame in PDF user space (points, origin bottom-left)
 * @param caption the figure title as printed ("Figure 3. DC Current Gain"), or null
 * @param kind    what the plot shows, from its axis quantities
 * @param drawnAs how the plot is drawn
 * @param x       the horizontal axis, null when it could not be read
 * @param y       the vertical axis, null when it could not be read; of two, the one the plot's kind is about (the
 *                gate voltage of a gate charge plot)
 * @param y2      a second vertical axis printed at the other edge (the drain voltage of a gate charge plot), or null
 * @param series  one entry per curve; empty when the plot could not be read
 * @param parts   the parts the plot is for when the datasheet says so; empty when it is for all
 * @param reason   why the plot has no series, a message a user can act on; null when it was read
 * @param warnings where a curve disagrees with the datasheet's own tables (a misread axis or curve), empty when
 *                 none
 * @param edges    the values the axes' calibration gives at the frame's edges, or null when the first and last
 *                 printed ticks stand on them
 */
public record Plot(int page, Box bbox, String caption, Kind kind, DrawnAs drawnAs, Axis x, Axis y, Axis y2,
		List<Series> series, List<String> parts, String reason, List<String> warnings, Edges edges) {

	/** The figure number a caption opens with, and its punctuation: "Figure 3.", "Fig 5 -", "Diagram 2:", "12". */
	private static final Pattern NUMBER = Pattern.compile(
			"(?i)^\\s*((fig(ure)?s?\\.?|diagram|graph)\\s*\\d+[a-z]?|fig\\.\\s*\\S+|\\d{1,2}(?=\\s))\\s*[.:)-]?\\s*");

	public Plot {
		series = List.copyOf(series);
		parts = List.copyOf(parts);
		warnings = warnings == null ? List.of() : List.copyOf(warnings);
	}

	/** A caption without the figure number it opens with: "DC Current Gain" for "Figure 3. DC Current Gain". */
	public static String title(String caption) {
		return NUMBER.matcher(caption).replaceFirst("").strip();
	}

	/** A plot with one vertical axis and no warnings. */
	public Plot(int page, Box bbox, String caption, Kind kind, DrawnAs drawnAs, Axis x, Axis y, List<Series> series,
			List<String> parts, String reason) {
		this(page, bbox, caption, kind, drawnAs, x, y, null, series, parts, reason, List.of());
	}

	/** A plot whose first and last ticks stand on the frame's edges. */
	public Plot(int page, Box bbox, String caption, Kind kind, DrawnAs drawnAs, Axis x, Axis y, Axis y2,
			List<Series> series, List<String> parts, String reason, List<String> warnings) {
		this(page, bbox, caption, kind, drawnAs, x, y, y2, series, parts, reason, warnings, null);
	}

	/** A plot without warnings. */
	public Plot(int page, Box bbox, String caption, Kind kind, DrawnAs drawnAs, Axis x, Axis y, Axis y2,
			List<Series> series, List<String> parts, String reason) {
		this(page, bbox, caption, kind, drawnAs, x, y, y2, series, parts, reason, List.of());
	}

	/** This plot for the given parts only. */
	public Plot withParts(List<String> only) {
		return new Plot(page, bbox, caption, kind, drawnAs, x, y, y2, series, only, reason, warnings, edges);
	}

	/** This plot with other series: some of its own. */
	public Plot withSeries(List<Series> only) {
		return new Plot(page, bbox, caption, kind, drawnAs, x, y, y2, only, parts, reason, warnings, edges);
	}

	/** This plot with {@code more} warnings added. */
	public Plot withWarnings(List<String> more) {
		if (more.isEmpty()) {
			return this;
		}
		List<String> all = new java.util.ArrayList<>(warnings);
		all.addAll(more);
		return new Plot(page, bbox, caption, kind, drawnAs, x, y, y2, series, parts, reason, all, edges);
	}

	/**
	 * The values the calibrated axes give at the frame's edges: the first and last printed ticks may stand inside the
	 * frame. In the axes' SI units; x at the left and right edge, y at the bottom and top.
	 */
	public record Edges(double xLow, double xHigh, double yLow, double yHigh) {
	}

	/** A rectangle in PDF user space. */
	public record Box(double x0, double y0, double x1, double y1) {
		public double width() {
			return x1 - x0;
		}

		public double height() {
			return y1 - y0;
		}

		public boolean contains(double x, double y, double slack) {
			return x >= x0 - slack && x <= x1 + slack && y >= y0 - slack && y <= y1 + slack;
		}
	}

	/** How an axis maps its printed values onto the page. */
	public enum Scale {
		LINEAR, LOG;

		public String id() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** Whether the plot was drawn with the PDF's drawing operators or placed as a picture. */
	public enum DrawnAs {
		VECTOR, RASTER, MIXED;

		public String id() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** Plot kinds by the quantities on their axes, as in the curves contract. */
	public enum Kind {
		OUTPUT, TRANSFER, RDSON_ID, RDSON_VGS, RDSON_T, VTH_T, BVDSS_T, CAPACITANCE, GATE_CHARGE, BODY_DIODE,
		HFE_IC, VCESAT_IC, VBESAT_IC, VBEON_IC, FT_IC, BJT_CAP, IF_VF, IR_VR, CT_VR, ZENER_IV, ZZ_IZ, IR_T,
		IF_DERATING, PD_T, SOA, ZTH, SWITCHING, TRR, OTHER
	}

	/**
	 * One calibrated axis.
	 *
	 * @param quantity the quantity code (VDS, ID, T, HFE, C, ... or {@code other}); a normalised axis ends in
	 *                 {@code _NORM}
	 * @param unit     the SI unit of the values ({@code A}, {@code V}, {@code F}, {@code degC}, empty when
	 *                 unitless)
	 * @param scale    linear or log
	 * @param min      the first printed tick value, in the SI unit
	 * @param max      the last printed tick value, in the SI unit
	 */
	public record Axis(String quantity, String unit, Scale scale, double min, double max) {

		/** This axis as another quantity, calibrated the same. */
		public Axis as(String other) {
			return new Axis(other, unit, scale, min, max);
		}
	}

	/** A point of a curve in the axes' SI units. */
	public record Point(double x, double y) {
	}

	/**
	 * One curve of a plot.
	 *
	 * @param label      the text printed at the curve, or null
	 * @param conditions what the label or the plot says holds for the curve, keys as in parameters
	 * @param name       the quantity the curve is when an axis carries several (CISS, COSS, CRSS), or null
	 * @param points     points in order along the curve, at most 200, y in the units of the axis it is read against
	 * @param onY2       whether the curve is read against the second vertical axis {@code y2}
	 */
	public record Series(String label, Map<String, Double> conditions, String name, List<Point> points,
			boolean onY2) {
		public Series {
			conditions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(conditions));
			points = List.copyOf(points);
		}

		/** A curve read against the plot's first vertical axis. */
		public Series(String label, Map<String, Double> conditions, String name, List<Point> points) {
			this(label, conditions, name, points, false);
		}

		/**
		 * Whether its label says the curve draws limits, not typical behaviour: "Tj = 125 °C (Maximum values)"
		 * beside "Tj = 125 °C (Typical values)".
		 */
		public boolean limits() {
			return label != null && saysLimits(label);
		}
	}

	/**
	 * Text that says curves give limits: "maximum values", "max. values", "minimum values", "(max)"; a label that is
	 * only "max" or a share of the spread ("98%", "2 %").
	 */
	private static final Pattern LIMITS = Pattern.compile("(?i)\\b(?:maximum|max\\.?|minimum|min\\.?)\\s+values\\b"
			+ "|\\(\\s*(?:maximum|max\\.?|minimum|min\\.?)\\s*\\)"
			+ "|^\\s*(?:maximum|max\\.?|minimum|min\\.?|\\d{1,2}(?:\\.\\d+)?\\s?%)\\s*$");

	/** "0,8 VDS max", "0.2 x VCE max": a curve drawn at a share of the device's drain (or collector) voltage rating. */
	private static final Pattern RATED_SHARE = Pattern
			.compile("(?i)^(0?[.,]\\d+|1)\\s*[x\u00d7]?\\s*V\\s?(?:DS|CE)\\s?\\(?\\s?max\\s?\\)?$");

	/**
	 * The share of the device's drain (or collector) voltage rating a curve's label says it was drawn at ("0,8 VDS
	 * max", Infineon's gate-charge curves), or NaN.
	 */
	public static double ratedShare(String label) {
		java.util.regex.Matcher m = label == null ? null : RATED_SHARE.matcher(label.strip());
		return m != null && m.matches() ? Double.parseDouble(m.group(1).replace(',', '.')) : Double.NaN;
	}

	/** Whether a caption or a curve's label says its curves give limits, not typical values. */
	public static boolean saysLimits(String text) {
		return text != null && LIMITS.matcher(text).find();
	}
}
