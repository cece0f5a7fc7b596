package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.List;
import java.util.function.IntFunction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.espice.core.DeviceKind;
import org.espice.core.Plot;
import org.junit.jupiter.api.Test;

/**
 * Axes as vendors print them: a second y axis at the right edge, units printed under the title or in place of a
 * tick, per-cent and milliohm axes, a top tick number with other text running through it.
 */
class PlotAxesTest {

	private static final PDType1Font SYMBOL = new PDType1Font(Standard14Fonts.FontName.SYMBOL);

	private static Plot readOne(PlotSketch sketch, DeviceKind kind) throws IOException {
		try (PDDocument doc = sketch.document()) {
			List<Plot> plots = new PlotReader(kind).read(doc);
			assertEquals(1, plots.size(), plots.toString());
			return plots.get(0);
		}
	}

	/** y of a series at x, by linear interpolation. */
	private static double yAt(Plot.Series s, double x) {
		List<Plot.Point> p = s.points();
		for (int i = 1; i < p.size(); i++) {
			double a = p.get(i - 1).x();
			double b = p.get(i).x();
			if (a <= x && x <= b && b > a) {
				return p.get(i - 1).y() + (p.get(i).y() - p.get(i - 1).y()) * (x - a) / (b - a);
			}
		}
		throw new AssertionError("series does not reach " + x);
	}

	/** Tick numbers i = 0..n centred at x 100 + i·step, under a frame whose bottom edge is at y 400. */
	private static PlotSketch xTicks(PlotSketch s, int n, float step, IntFunction<String> number) throws IOException {
		for (int i = 0; i <= n; i++) {
			s.centred(number.apply(i), 100 + step * i, 390, 7);
		}
		return s;
	}

	/** Tick numbers i = 0..n right-aligned at {@code x}, level with y 400 + i·step (a frame's grid lines). */
	private static PlotSketch yTicks(PlotSketch s, float x, int n, float step, IntFunction<String> number)
			throws IOException {
		for (int i = 0; i <= n; i++) {
			s.right(number.apply(i), x, 400 + step * i - 2.5f, 7);
		}
		return s;
	}

	/** A frame 100..300 × 400..550 pt with x ticks 0..40 every 50 pt under it and x title. */
	private static PlotSketch chargeFrame() throws IOException {
		return xTicks(new PlotSketch().frame(100, 400, 300, 550, 3), 4, 50, i -> String.valueOf(10 * i))
				.centred("QG, TOTAL GATE CHARGE (nC)", 200, 378, 7);
	}

	/**
	 * A gate charge plot with the drain voltage on the left (0..400 V every 37.5 pt) and the gate voltage on the
	 * right (0..16 V, numbers left-aligned right of the edge, title rotated beyond them). The gate voltage rises
	 * with a plateau at 4..4.5 V; the drain voltage falls from 320 V to 20 V. The plot's y is the gate voltage, the
	 * drain voltage its y2, and each curve is calibrated against its own axis.
	 */
	@Test
	void gateChargeWithTwoAxesCalibratesEachCurveOnItsOwnAxis() throws IOException {
		PlotSketch s = yTicks(chargeFrame(), 97, 4, 37.5f, i -> String.valueOf(100 * i));
		for (int i = 0; i <= 4; i++) {
			s.text(String.valueOf(4 * i), 303, 400 + 37.5f * i - 2.5f, 7);
		}
		s.rotated("VDS, DRAIN-SOURCE VOLTAGE (V)", 80, 410, 7).rotated("VGS, GATE-SOURCE VOLTAGE (V)", 330, 410, 7);
		// gate voltage: page y = 400 + VGS / 16 · 150; charge: page x = 100 + QG / 40 nC · 200
		s.curve(new float[] { 100, 150, 225, 300 }, new float[] { 400, 437.5f, 442.1875f, 512.5f }, 1,
				new float[] { 0, 0, 1 }, false);
		// drain voltage: page y = 400 + VDS / 400 · 150
		s.curve(new float[] { 100, 150, 225, 300 }, new float[] { 520, 520, 407.5f, 407.5f }, 1,
				new float[] { 1, 0, 0 }, false);

		Plot p = readOne(s, DeviceKind.MOSFET_N);
		assertEquals(Plot.Kind.GATE_CHARGE, p.kind());
		assertEquals(new Plot.Axis("VGS", "V", Plot.Scale.LINEAR, 0, 16), p.y());
		assertEquals(new Plot.Axis("VDS", "V", Plot.Scale.LINEAR, 0, 400), p.y2());
		assertEquals(2, p.series().size(), p.series().toString());
		Plot.Series gate = p.series().stream().filter(x -> !x.onY2()).findFirst().orElseThrow();
		Plot.Series drain = p.series().stream().filter(Plot.Series::onY2).findFirst().orElseThrow();
		// at 35 nC the gate voltage is 4.5 + (50 / 75) · 7.5 = 9.5 V; at 5 nC the drain is at 320 V
		assertEquals(9.5, yAt(gate, 35e-9), 0.1);
		assertEquals(320, yAt(drain, 5e-9), 2);
		assertEquals(20, yAt(drain, 35e-9), 2);
	}

	/**
	 * A plot beside another: the numbers right of this frame are the next plot's y ticks, whose title sits on
	 * their left. They make no second axis.
	 */
	@Test
	void tickNumbersOfTheNextPlotAreNoSecondAxis() throws IOException {
		PlotSketch s = yTicks(chargeFrame(), 97, 4, 37.5f, i -> String.valueOf(4 * i));
		yTicks(s, 318, 4, 37.5f, i -> String.valueOf(5 * i));
		s.rotated("VGS, GATE-SOURCE VOLTAGE (V)", 80, 410, 7).rotated("ID, DRAIN CURRENT (A)", 305, 410, 7)
				.function(100, 300, 30, x -> 400 + (x - 100) * 0.5, false);
		Plot p = readOne(s, DeviceKind.MOSFET_N);
		assertEquals("VGS", p.y().quantity());
		assertNull(p.y2());
		assertFalse(p.series().get(0).onY2());
	}

	/** A frame 100..300 × 400..550 pt with x ticks 0..10 every 40 pt under it. */
	private static PlotSketch voltsFrame(String xTitle) throws IOException {
		return xTicks(new PlotSketch().frame(100, 400, 300, 550, 4), 5, 40, i -> String.valueOf(2 * i))
				.centred(xTitle, 200, 378, 7);
	}

	/**
	 * An on-resistance axis printed in milliohms, ticks 30..150 every 25 pt, its title "RDS(ON) (mΩ)" set
	 * horizontally over the axis with Ω from the Symbol font, which the text layer gives as the ohm sign (U+2126,
	 * not the Greek omega): the axis is 0.03..0.15 Ω.
	 */
	@Test
	void milliohmAxisIsInOhms() throws IOException {
		PlotSketch s = yTicks(voltsFrame("VGS (Volts)"), 97, 6, 25, i -> String.valueOf(30 + 20 * i));
		float w = s.width("RDS(ON) (m", 7);
		s.text("RDS(ON) (m", 70, 556, 7).text(SYMBOL, "\u2126", 70 + w, 556, 7).text(")", 70 + w + 5.4f, 556, 7)
				.function(100, 300, 30, x -> 540 - (x - 100) * 0.5, false);

		Plot p = readOne(s, DeviceKind.MOSFET_N);
		assertEquals(Plot.Kind.RDSON_VGS, p.kind());
		assertEquals(new Plot.Axis("RDS_ON", "Ohm", Plot.Scale.LINEAR, 0.03, 0.15), p.y());
		// the curve starts at page y 540, i.e. 30 + 140 / 25 · 20 = 142 mΩ
		assertEquals(0.142, p.series().get(0).points().get(0).y(), 0.001);
	}

	/**
	 * A derating plot whose title "Pder" sits over the axis top with its unit "(%)" on the line under it, ticks
	 * 0..120 every 37.5 pt: a per-cent axis is a fraction, 0..1.2.
	 */
	@Test
	void perCentAxisIsAFraction() throws IOException {
		PlotSketch s = xTicks(new PlotSketch().frame(100, 400, 300, 550, 3), 4, 50, i -> String.valueOf(50 * i));
		yTicks(s, 97, 4, 37.5f, i -> String.valueOf(30 * i));
		s.text("Tj (°C)", 260, 380, 7).text("Pder", 75, 530, 7).text("(%)", 75, 522, 7)
				.function(100, 300, 30, x -> x < 150 ? 525 : 525 - (x - 150) * 0.83, false);

		Plot p = readOne(s, DeviceKind.MOSFET_N);
		assertEquals(Plot.Kind.PD_T, p.kind());
		assertEquals(new Plot.Axis("PD_NORM", "", Plot.Scale.LINEAR, 0, 1.2), p.y());
		assertEquals(1.0, p.series().get(0).points().get(0).y(), 0.01);
	}

	/**
	 * The top tick number "4" is set on the frame's top edge, over its last grid line, and a line of other text in
	 * a smaller font ("handbook, halfpage") runs through it 3 pt lower: the number is still read, the axis goes to 4.
	 */
	@Test
	void topTickWithOtherTextRunningThroughItIsRead() throws IOException {
		PlotSketch s = yTicks(voltsFrame("VF (V)"), 97, 4, 37.5f, String::valueOf);
		s.text("handbook, halfpage", 62, 544.5f, 6).text("IF", 70, 530, 7).text("(A)", 70, 522, 7)
				.function(100, 300, 30, x -> 400 + (x - 100) * 0.7, false);

		Plot p = readOne(s, DeviceKind.DIODE);
		assertEquals(new Plot.Axis("IF", "A", Plot.Scale.LINEAR, 0, 4), p.y());
	}

	/**
	 * A capacitance axis titled "C" alone with its unit "pF" printed in the tick column between two decades, as
	 * some vendors do, and "V" in the tick row in place of a tick: the axes are in farads and volts.
	 */
	@Test
	void unitPrintedInPlaceOfATick() throws IOException {
		PlotSketch s = xTicks(new PlotSketch().frame(100, 400, 300, 550, 4), 5, 40,
				i -> i == 4 ? "V" : String.valueOf(100 * i));
		for (int i = 0; i <= 3; i++) {
			s.decade(i, 90, 400 + 50 * i - 2.5f, 7);
		}
		s.right("pF", 97, 520, 7).rotated("C", 70, 470, 7).text("VDS", 280, 378, 7)
				.function(100, 300, 30, x -> 540 - (x - 100) * 0.6, false);

		Plot p = readOne(s, DeviceKind.MOSFET_N);
		assertEquals(new Plot.Axis("C", "F", Plot.Scale.LOG, 1e-12, 1e-9), p.y());
		assertEquals(new Plot.Axis("VDS", "V", Plot.Scale.LINEAR, 0, 500), p.x());
	}

	/** The 100..300 × 400..550 pt frame with the decades 10^first .. 10^(first + 4) under it, 50 pt apart, at y. */
	private static PlotSketch xDecades(int first, float y) throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 300, 550, 4);
		for (int i = 0; i <= 4; i++) {
			s.decade(first + i, 100 + 50 * i, y, 7);
		}
		return s;
	}

	/**
	 * The first decades of both log axes meet at the frame's corner: the y axis's "10¹" sits a line above the x
	 * axis's "10⁻¹" and ends where it starts. They are two numbers, one an axis each, not one word "101¹" and "0⁻¹":
	 * both axes start at their first printed decade.
	 */
	@Test
	void cornerDecadesOfTwoAxesStayApart() throws IOException {
		PlotSketch s = xDecades(-1, 390);
		for (int i = 0; i <= 3; i++) {
			s.decade(i + 1, 90, 396 + 50 * i, 7);
		}
		s.centred("IC (A)", 200, 376, 7).rotated("hFE", 70, 470, 7)
				.function(100, 300, 30, x -> 470 + (x - 100) * 0.2, false);

		Plot p = readOne(s, DeviceKind.BJT_NPN);
		assertEquals(new Plot.Axis("IC", "A", Plot.Scale.LOG, 0.1, 1000), p.x());
		assertEquals(new Plot.Axis("HFE", "", Plot.Scale.LOG, 10, 10000), p.y());
	}

	/**
	 * The y axis's first decade, 10⁻¹, set at the bottom corner with its base under the frame's edge and its raised
	 * exponent reaching up to it, as the x axis's first number stands beside it: it is the axis's first tick, on the
	 * edge, and the axis runs from 10⁻¹ mA up.
	 */
	@Test
	void aFirstDecadeUnderTheCornerLabelsTheEdge() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 300, 550, 4);
		for (int i = 0; i <= 4; i++) {
			s.centred(String.format(java.util.Locale.ROOT, "%.1f", 0.25 * i), 100 + 50 * i, 388, 8);
		}
		s.decade(-1, 88, 392.3f, 8);
		for (int i = 1; i <= 3; i++) {
			s.decade(i - 1, 88, 400 + 50 * i - 3, 8);
		}
		s.centred("VBE (V)", 200, 374, 8).rotated("IC (mA)", 66, 440, 8)
				.function(120, 280, 30, x -> 410 + (x - 120) * 0.8, false);

		Plot p = readOne(s, DeviceKind.BJT_NPN);
		assertEquals(new Plot.Axis("IC", "A", Plot.Scale.LOG, 1e-4, 0.1), p.y(), p.reason());
	}

	/**
	 * A PNP gain plot whose collector current decades are printed with their sign, -10⁻¹ .. -10³, under the frame:
	 * each is a negative power of ten, and the axis runs from -0.1 to -1000 A on a log scale of magnitudes.
	 */
	@Test
	void signedDecadesMakeANegativeLogAxis() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 300, 550, 4);
		float ten = PlotSketch.FONT.getStringWidth("10") / 1000 * 7;
		for (int i = 0; i <= 4; i++) {
			s.text("-", 100 + 50 * i - ten / 2 - 2.5f, 390, 7).decade(i - 1, 100 + 50 * i, 390, 7);
		}
		for (int i = 0; i <= 3; i++) {
			s.right(String.valueOf(50 * i), 97, 400 + 50 * i - 2.5f, 7);
		}
		s.centred("IC (A)", 200, 376, 7).rotated("hFE", 70, 470, 7)
				.function(100, 300, 30, x -> 500 - (x - 100) * 0.2, false);

		Plot p = readOne(s, DeviceKind.BJT_PNP);
		assertEquals(new Plot.Axis("IC", "A", Plot.Scale.LOG, -0.1, -1000), p.x(), p.reason());
	}

	/**
	 * The y axis's bottom number set on the x axis's row at the corner, right against the x axis's first ("10" then
	 * "0.4": the text layer reads one word "100.4" across the frame's edge): taken apart, "10" is the y axis's number
	 * of the bottom edge and "0.4" the x axis's first tick.
	 */
	@Test
	void numbersRunTogetherAtTheCornerAreTakenApart() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 300, 550, 0);
		s.right("10", 97, 390, 7).text("0.4", 97.3f, 390, 7).centred("4", 200, 390, 7).centred("40", 300, 390, 7);
		s.right("100", 97, 475 - 2.5f, 7).right("1000", 97, 550 - 2.5f, 7);
		s.centred("VCE (V)", 200, 376, 7).rotated("IC (mA)", 70, 470, 7)
				.function(110, 290, 30, x -> 540 - (x - 100) * 0.6, false);

		Plot p = readOne(s, DeviceKind.BJT_NPN);
		assertEquals(new Plot.Axis("VCE", "V", Plot.Scale.LOG, 0.4, 40), p.x(), p.reason());
		assertEquals(new Plot.Axis("IC", "A", Plot.Scale.LOG, 0.01, 1), p.y(), p.reason());
	}

	/**
	 * A thermal impedance plot whose y axis prints no unit ("K", a factor): it is the impedance normalised to its
	 * steady-state value, not an unnamed quantity.
	 */
	@Test
	void aThermalImpedanceWithoutUnitIsNormalised() throws IOException {
		PlotSketch s = xDecades(-5, 388);
		for (int i = 0; i <= 2; i++) {
			s.right(new String[] { "0.01", "0.1", "1" }[i], 97, 400 + 75 * i - 2.5f, 7);
		}
		s.centred("tp (s)", 200, 374, 7).rotated("K", 70, 470, 7)
				.text("Figure 3. Transient thermal impedance", 100, 360, 8)
				.function(100, 300, 30, x -> 410 + (x - 100) * 0.6, false);

		Plot p = readOne(s, DeviceKind.MOSFET_N);
		assertEquals(Plot.Kind.ZTH, p.kind());
		assertEquals(new Plot.Axis("ZTH_NORM", "", Plot.Scale.LOG, 0.01, 1), p.y());
	}

	/**
	 * Temperature ticks -60 .. 160 every 20 °C, 9 pt apart in a 5 pt font: the last four, three digits each, leave
	 * no gap the text layer sees and run into one word "100120140160". They are taken apart and the axis ends at
	 * 160.
	 */
	@Test
	void tickNumbersRunTogetherAreTakenApart() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 199, 550, 4);
		for (int i = 0; i <= 11; i++) {
			s.centred(String.valueOf(-60 + 20 * i), 100 + 9 * i, 392, 5);
		}
		yTicks(s, 97, 3, 50, i -> String.valueOf(0.5 * (i + 1)));
		s.centred("TJ, Junction Temperature (°C)", 150, 378, 7).rotated("Normalized On-Resistance", 80, 420, 7)
				.function(100, 199, 30, x -> 420 + (x - 100) * 0.8, false);

		Plot p = readOne(s, DeviceKind.MOSFET_N);
		assertEquals(new Plot.Axis("T", "degC", Plot.Scale.LINEAR, -60, 160), p.x());
	}

	/**
	 * Decades printed as "10" and an exponent in the same size, only raised by a third of it (10⁻¹ .. 10²): a log
	 * axis from 0.1 to 100, not up to 102.
	 */
	@Test
	void fullSizeExponentsAreDecades() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 310, 550, 2);
		for (int i = 0; i <= 3; i++) {
			float x = 100 + 70 * i - s.width("10", 7) / 2;
			s.text("10", x, 390, 7).text(String.valueOf(i - 1), x + s.width("10", 7), 392.3f, 7);
		}
		yTicks(s, 97, 3, 50, String::valueOf);
		s.centred("VDS (V)", 200, 378, 7).rotated("ID (A)", 80, 420, 7)
				.function(100, 310, 30, x -> 420 + (x - 100) * 0.5, false);

		Plot p = readOne(s, DeviceKind.MOSFET_N);
		assertEquals(new Plot.Axis("VDS", "V", Plot.Scale.LOG, 0.1, 100), p.x());
	}

	/**
	 * Decades printed as "10" in 5.3 pt with a 3 pt exponent raised 3 pt, so far that the text layer sets it on a
	 * line of its own (10⁻⁵ .. 10¹): the exponents are joined back, the axis is log from 1e-5 to 10 s.
	 */
	@Test
	void exponentsFarAboveTheirTenAreJoinedBack() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 310, 550, 2);
		for (int i = 0; i <= 6; i++) {
			float x = 100 + 35 * i - s.width("10", 5.3f) / 2;
			s.text("10", x, 388, 5.3f).text(String.valueOf(i - 5), x + s.width("10", 5.3f), 391, 3);
		}
		yTicks(s, 97, 3, 50, String::valueOf);
		s.centred("Rectangular Pulse Duration [sec]", 200, 378, 7).rotated("Thermal Response, Zthjc [K/W]", 80, 420, 7)
				.function(100, 310, 30, x -> 420 + (x - 100) * 0.5, false);

		Plot p = readOne(s, DeviceKind.IGBT);
		assertEquals(new Plot.Axis("t", "s", Plot.Scale.LOG, 1e-5, 10), p.x());
	}

	/**
	 * The top decade "10²" left of the frame with a legend ("typ") set in the exponent's size and height 3 pt after
	 * it: the legend is no part of the tick, the axis goes to 100.
	 */
	@Test
	void legendAfterTheTopDecadeIsNoPartOfIt() throws IOException {
		PlotSketch s = voltsFrame("VSD (V)");
		for (int i = 0; i <= 3; i++) {
			s.decade(i - 1, 88, 400 + 50 * i - 2.5f, 7);
		}
		s.text("typ", 88 + s.width("10", 7) / 2 + 2.5f + 3, 547.5f + 2.8f, 4.6f).rotated("IF (A)", 70, 440, 7)
				.function(100, 300, 30, x -> 420 + (x - 100) * 0.5, false);

		Plot p = readOne(s, DeviceKind.MOSFET_N);
		assertEquals(new Plot.Axis("IF", "A", Plot.Scale.LOG, 0.1, 100), p.y());
	}

	/**
	 * Units as printed: the ohm sign, the Greek mu, a ring for a degree, units spelled out, multipliers; thermal
	 * impedance in K/W or normalised.
	 */
	@Test
	void unitsAndNormalisationFromTitles() {
		AxisTitle r = AxisTitle.parse("RDS(ON) (m\u2126)");
		assertEquals("RDS_ON", r.quantity());
		assertEquals(1e-3, r.factor(), 1e-15);
		assertEquals(1e-6, AxisTitle.parse("Energy (\u03bcJ)").factor(), 1e-18);
		assertEquals(new AxisTitle("ZTH", "K/W", 1, true), AxisTitle.parse("Thermal resistance Rth(t) (\u02daC/W)"));
		assertEquals(new AxisTitle("ZTH", "K/W", 1, false), AxisTitle.parse("Thermal Response (ZthJC)"),
				"a thermal impedance printed without its unit is in K/W unless the title says it is normalised");
		assertEquals("ZTH", AxisTitle.parse("R(t), TRANSIENT THERMAL RESISTANCE").quantity());
		assertEquals("ZTH_NORM", AxisTitle.parse("r(t), TRANSIENT THERMAL RESISTANCE (NORMALIZED)").quantity());
		assertEquals("ZTH_NORM", AxisTitle.parse("r(t), EFFECTIVE TRANSIENT THERMAL RESISTANCE").quantity());
		assertEquals("ZTH_NORM", AxisTitle.parse("Zth(j-a)/Rth(j-a)").quantity());
		assertEquals("ZTH_NORM", AxisTitle.parse("Normalized Transient Thermal Impedance").quantity());
		AxisTitle hie = AxisTitle.parse("h i e , INPUT IMPEDANCE (k OHMS)");
		assertEquals("Ohm", hie.unit());
		assertEquals(1e3, hie.factor(), 1e-9, "a unit spelled out after its prefix");
		assertEquals(1e-4, AxisTitle.parse("h r e , VOLTAGE FEEDBACK RATIO (X 10 - 4 )").factor(), 1e-16,
				"a printed multiplier scales the values");
		assertEquals(1e-6, AxisTitle.parse("h o e - OUTPUT ADMITTANCE (\u03bc mhos)").factor(), 1e-18);
		AxisTitle ft = AxisTitle.parse("fT, CURRENT-GAIN - BANDWIDTH PRODUCT").impliedUnitFor(500);
		assertEquals(new AxisTitle("FT", "Hz", 1e6, false), ft, "an fT axis printed 20..500 without a unit is in MHz");
	}
}
