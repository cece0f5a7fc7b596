package org.espice.core.card;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.espice.core.Device;
import org.espice.core.Engineering;
import org.espice.core.Parameter;
import org.espice.core.Plot;
import org.espice.core.extract.PlotOverlays;
import org.espice.core.simulate.DatasheetVerification;
import org.espice.core.simulate.ModelCurves;
import org.espice.core.spice.Check;
import org.espice.core.spice.FittedModel;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.ModelParam;
import org.espice.core.spice.SpiceUnits;

/**
 * The model card of one part: a self-contained HTML page (images inline) with
 * <ul>
 * <li>the parameters, each with its value and origin: a datasheet value (with its page), a curve (with its page),
 * fitted, or a default (and why);</li>
 * <li>the datasheet values the model was fitted to, each beside a crop of the datasheet page with its row outlined;</li>
 * <li>the model simulated in ngspice at every datasheet value ({@code espice verify}): datasheet, model, error, fitted
 * or held out, the values not simulated with the reason, and the median error per quantity;</li>
 * <li>the model's characteristic curves against the datasheet's own curves of the same quantities and its values;</li>
 * <li>the datasheet plots the fits can use, as read, over their page region.</li>
 * </ul>
 * The simulations are the caller's (they need ngspice); without them the page says so.
 */
public final class ModelCardPage {

	/** The plot kinds whose curves a fitter can use: shown as read, over the page, at the end of the card. */
	private static final Set<Plot.Kind> FITTED_KINDS = EnumSet.of(Plot.Kind.CAPACITANCE, Plot.Kind.IF_VF,
			Plot.Kind.BODY_DIODE, Plot.Kind.HFE_IC, Plot.Kind.VCESAT_IC, Plot.Kind.VBESAT_IC, Plot.Kind.VBEON_IC,
			Plot.Kind.FT_IC, Plot.Kind.CT_VR, Plot.Kind.IR_VR, Plot.Kind.BJT_CAP, Plot.Kind.RDSON_T, Plot.Kind.VTH_T,
			Plot.Kind.TRANSFER, Plot.Kind.OUTPUT, Plot.Kind.GATE_CHARGE);

	/**
	 * What a card shows.
	 *
	 * @param model        the fitted model
	 * @param device       the part as read
	 * @param plots        the datasheet's plots (all of the file; the card keeps the part's)
	 * @param pdf          the datasheet, for the crops and plot regions (null: none)
	 * @param verification the model simulated at every datasheet value, or null
	 * @param curves       the model's curves simulated, or null
	 * @param simulation   why there are no simulations, when there are none (e.g. "ngspice not found")
	 */
	public record Inputs(FittedModel model, Device device, List<Plot> plots, Path pdf,
			DatasheetVerification verification, List<ModelCurves.Curve> curves, String simulation) {
	}

	private ModelCardPage() {
	}

	/** The page's HTML. */
	public static String html(Inputs in) {
		Html h = new Html();
		FittedModel m = in.model();
		h.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").text(m.part())
				.raw(" model card</title>\n<style>").raw(STYLE).raw("</style></head>\n<body>\n");
		h.raw("<h1>").text(m.part()).raw(" <span class=\"kind\">").text(m.kind().id()).raw("</span></h1>\n");
		h.raw("<p class=\"meta\">Model <code>").text(m.modelName()).raw("</code> (").text(m.cardType())
				.raw("), fitted by ESpice ").text(ModelCard.version());
		if (in.pdf() != null) {
			h.raw(" from <code>").text(in.pdf().getFileName().toString()).raw("</code>");
		}
		h.raw(". Every number below says where it came from; page numbers are the datasheet's.</p>\n");
		if (m instanceof ModelCard card && !card.notes().isEmpty()) {
			h.raw("<ul class=\"notes\">");
			card.notes().forEach(n -> h.raw("<li>").text(n).raw("</li>"));
			h.raw("</ul>\n");
		}
		parameters(h, m);
		List<ModelCard.Residual> fitted = m instanceof ModelCard card ? card.residuals() : List.of();
		try (RowCrops crops = RowCrops.open(in.pdf())) {
			fittedRows(h, fitted, crops);
		} catch (IOException e) {
			// closing the datasheet failed: the page is complete
		}
		verification(h, in);
		List<Plot> plots = ofPart(in.plots(), m.part());
		curves(h, in, plots);
		datasheetPlots(h, in.pdf(), plots);
		h.raw("</body></html>\n");
		return h.toString();
	}

	private static void parameters(Html h, FittedModel m) {
		h.raw("<h2>Parameters</h2>\n<table><tr><th>parameter</th><th>value</th><th>origin</th><th>how</th></tr>\n");
		for (ModelParam p : m.parameters()) {
			String origin = origin(p);
			h.raw("<tr><td><code>").text(p.name()).raw("</code></td><td class=\"num\">").text(Engineering.format(p.value(), SpiceUnits.of(p.name())))
					.raw("</td><td><span class=\"badge ").raw(origin).raw("\">").text(origin).raw("</span></td><td>")
					.text(p.origin()).raw("</td></tr>\n");
		}
		h.raw("</table>\n");
	}

	/** datasheet, curve, fitted or default, from the origin the fitter wrote. */
	static String origin(ModelParam p) {
		String o = p.origin();
		if (p.isDefault()) {
			return "default";
		}
		if (o.contains(" curve p.") || o.contains("-temperature curve")) {
			return "curve";
		}
		if (o.startsWith("same") || o.contains("least squares") || o.contains("solved") || o.contains("fitted")) {
			return "fitted";
		}
		return o.contains("(p.") ? "datasheet" : "fitted";
	}

	private static void fittedRows(Html h, List<ModelCard.Residual> fitted, RowCrops crops) {
		h.raw("<h2>Datasheet values the model was fitted to</h2>\n");
		if (fitted.isEmpty()) {
			h.raw("<p>None: this model is built from defaults and ratings.</p>\n");
			return;
		}
		h.raw("<table><tr><th>value</th><th>conditions</th><th>datasheet</th><th>model (fit)</th><th>error</th>"
				+ "<th>the row on its page</th></tr>\n");
		for (ModelCard.Residual r : fitted) {
			Check c = r.check();
			Parameter row = c.parameter();
			double dev = c.target().deviation(r.modelled());
			h.raw("<tr><td><code>").text(row.name()).raw("</code></td><td>").text(conditions(row.conditions()))
					.raw("</td><td>").text(c.target().choice()).raw("</td><td class=\"num\">")
					.text(Engineering.format(r.modelled(), row.unit())).raw("</td><td class=\"num ")
					.raw(c.target().accepts(r.modelled()) ? "ok" : "bad").raw("\">").text(percent(dev)).raw("</td><td>");
			BufferedImage crop = crops == null ? null : crops.crop(row.source());
			if (crop != null) {
				h.image(crop, row.name() + " on page " + row.source().page(), "crop");
			} else {
				h.text(row.source() == null || row.source().page() < 1 ? "(no page)" : "p." + row.source().page());
			}
			h.raw("</td></tr>\n");
		}
		h.raw("</table>\n");
	}

	private static void verification(Html h, Inputs in) {
		h.raw("<h2>Checked in ngspice against every datasheet value</h2>\n");
		DatasheetVerification v = in.verification();
		if (v == null) {
			h.raw("<p class=\"missing\">Not simulated: ").text(in.simulation() == null ? "no simulation" : in.simulation())
					.raw(".</p>\n");
			return;
		}
		h.raw("<p>").text(v.loaded() ? "The model loads in ngspice." : "The model did not run cleanly in ngspice: "
				+ String.join("; ", v.errors())).raw(" ").text(v.passed() + " of " + v.tablePoints().size())
				.raw(" values met (a typical value within 10 %, a limit respected). <em>Held out</em> values were not "
						+ "used by the fit.</p>\n");
		points(h, v.tablePoints());
		List<DatasheetVerification.Point> curve = v.curvePoints();
		if (!curve.isEmpty()) {
			h.raw("<details><summary>").text(curve.size() + " points read off the datasheet's curves (every third "
					+ "point of each curve), at the curve's conditions").raw("</summary>\n");
			points(h, curve);
			h.raw("</details>\n");
		}
		if (!v.skipped().isEmpty()) {
			h.raw("<details><summary>").text(v.skipped().size() + " values not simulated, with the reason")
					.raw("</summary><table>\n");
			for (DatasheetVerification.Skipped s : v.skipped()) {
				h.raw("<tr><td><code>").text(s.row().name()).raw("</code></td><td>").text(conditions(s.row().conditions()))
						.raw("</td><td>").text(s.reason()).raw("</td></tr>\n");
			}
			h.raw("</table></details>\n");
		}
		h.raw("<table class=\"medians\"><tr><th>quantity</th><th>typical values</th><th>median error</th>"
				+ "<th>held out</th><th>limits met</th>").raw(curve.isEmpty() ? ""
						: "<th>curve points</th><th>curve median</th><th>curve 90th percentile</th>").raw("</tr>\n");
		for (DatasheetVerification.Quantity q : v.quantities()) {
			h.raw("<tr><td><code>").text(q.name()).raw("</code></td><td class=\"num\">").text(String.valueOf(q.typical()))
					.raw("</td><td class=\"num\">").text(percentAbs(q.median())).raw("</td><td class=\"num\">")
					.text(percentAbs(q.medianHeldOut())).raw("</td><td class=\"num\">")
					.text(q.limits() == 0 ? "-" : q.limitsMet() + "/" + q.limits()).raw("</td>");
			if (!curve.isEmpty()) {
				h.raw("<td class=\"num\">").text(String.valueOf(q.curve())).raw("</td><td class=\"num\">")
						.text(percentAbs(q.curveMedian())).raw("</td><td class=\"num\">").text(percentAbs(q.curveP90()))
						.raw("</td>");
			}
			h.raw("</tr>\n");
		}
		h.raw("</table>\n");
	}

	/** The simulated points, one row each: datasheet, model, error, and whether fitted, held out or on a curve. */
	private static void points(Html h, List<DatasheetVerification.Point> points) {
		h.raw("<table><tr><th>value</th><th>conditions</th><th>datasheet</th><th>model</th><th>error</th>"
				+ "<th>fit</th><th></th></tr>\n");
		for (DatasheetVerification.Point p : points) {
			String fit = p.fitted() ? "fitted" : p.curve() ? "curve p." + p.row().source().page() : "held out";
			h.raw("<tr><td><code>").text(p.row().name()).raw("</code></td><td>").text(conditions(p.row().conditions()))
					.raw("</td><td>").text(p.datasheet()).raw("</td><td class=\"num\">")
					.text(Engineering.format(p.value(), p.row().unit())).raw("</td><td class=\"num\">")
					.text(percent(p.error())).raw("</td><td>").text(fit)
					.raw("</td><td class=\"").raw(p.pass() ? "ok\">ok" : "bad\">FAIL").raw("</td></tr>\n");
		}
		h.raw("</table>\n");
	}

	private static void curves(Html h, Inputs in, List<Plot> plots) {
		h.raw("<h2>The model's curves against the datasheet's</h2>\n");
		if (in.curves() == null || in.curves().isEmpty()) {
			h.raw("<p class=\"missing\">").text(in.curves() == null
					? "Not simulated: " + (in.simulation() == null ? "no simulation" : in.simulation()) + "."
					: "This kind of model has no curve with datasheet values to draw.").raw("</p>\n");
			return;
		}
		h.raw("<p>Solid: the model in ngspice. Dashed: the datasheet's curves of the same quantities, as read from "
				+ "its plots. Red: the datasheet's values.</p>\n");
		for (ModelCurves.Curve c : in.curves()) {
			h.raw("<figure>");
			h.image(CardCharts.draw(c, CardCharts.matching(c, plots)), c.title(), "chart");
			h.raw("</figure>\n");
		}
	}

	private static void datasheetPlots(Html h, Path pdf, List<Plot> plots) {
		List<Plot> shown = new ArrayList<>();
		for (Plot p : plots) {
			if (FITTED_KINDS.contains(p.kind())) {
				shown.add(p);
			}
		}
		if (pdf == null || shown.isEmpty()) {
			return;
		}
		h.raw("<h2>The datasheet's plots, as read</h2>\n<p>Each plot the fits can use, over its page region: the "
				+ "curves as ESpice read them in colour. A fit names the plot (by page) it used.</p>\n");
		try {
			for (PlotOverlays.Overlay o : PlotOverlays.draw(pdf, shown)) {
				h.raw("<figure>");
				h.image(o.image(), o.plot().caption() == null ? "plot" : o.plot().caption(), "overlay");
				h.raw("</figure>\n");
			}
		} catch (IOException e) {
			h.raw("<p class=\"missing\">").text("The plots could not be drawn: " + e.getMessage()).raw("</p>\n");
		}
	}

	/** The plots of the part: those for every part of the file and its own, with curves read and no warning. */
	private static List<Plot> ofPart(List<Plot> plots, String part) {
		List<Plot> out = new ArrayList<>();
		if (plots == null) {
			return out;
		}
		for (Plot p : plots) {
			if ((p.parts().isEmpty() || p.parts().contains(part)) && !p.series().isEmpty() && p.warnings().isEmpty()
					&& p.x() != null && p.y() != null) {
				out.add(p);
			}
		}
		return out;
	}

	private static String conditions(Map<String, Double> c) {
		return Engineering.conditions(c, Locale.ROOT);
	}

	private static String percent(double e) {
		return Double.isNaN(e) ? "-" : String.format(Locale.ROOT, "%+.1f %%", 100 * e);
	}

	private static String percentAbs(double e) {
		return Double.isNaN(e) ? "-" : String.format(Locale.ROOT, "%.1f %%", 100 * e);
	}

	private static final String STYLE = "body{font:14px/1.45 sans-serif;margin:24px auto;max-width:1100px;color:#222}"
			+ "h1{margin-bottom:4px}h2{margin-top:32px;border-bottom:1px solid #ccc}.kind{font-size:60%;color:#666}"
			+ ".meta{color:#555}table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ddd;"
			+ "padding:3px 7px;vertical-align:top;text-align:left}th{background:#f3f3f3}.num{text-align:right;"
			+ "white-space:nowrap}.ok{color:#060}.bad{color:#b00;font-weight:bold}.missing{color:#a60}"
			+ ".badge{padding:1px 6px;border-radius:8px;font-size:85%}.datasheet{background:#dcefff}"
			+ ".curve{background:#e2f6df}.fitted{background:#fff1cc}.default{background:#eee;color:#666}"
			+ "img.crop{max-width:520px;border:1px solid #ccc}img.chart,img.overlay{max-width:100%;"
			+ "border:1px solid #ddd}figure{margin:12px 0}.notes li{color:#8a4b00}";

	/** A small HTML writer: text escaped, images inline as PNG. */
	private static final class Html {
		private final StringBuilder b = new StringBuilder();

		Html raw(String s) {
			b.append(s);
			return this;
		}

		Html text(String s) {
			if (s == null) {
				return this;
			}
			for (int i = 0; i < s.length(); i++) {
				char c = s.charAt(i);
				switch (c) {
				case '<' -> b.append("&lt;");
				case '>' -> b.append("&gt;");
				case '&' -> b.append("&amp;");
				case '"' -> b.append("&quot;");
				default -> b.append(c);
				}
			}
			return this;
		}

		Html image(BufferedImage image, String alt, String css) {
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			try {
				ImageIO.write(image, "png", png);
			} catch (IOException e) {
				return text("(" + alt + ": image not written)");
			}
			raw("<img class=\"").raw(css).raw("\" alt=\"").text(alt).raw("\" src=\"data:image/png;base64,")
					.raw(Base64.getEncoder().encodeToString(png.toByteArray())).raw("\">");
			return this;
		}

		@Override
		public String toString() {
			return b.toString();
		}
	}
}
