package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.Parameter;
import org.espice.core.Plot;
import org.junit.jupiter.api.Test;

/** Curves checked against the typical values of the same datasheet's tables. */
class TableAgreementTest {

	private static final Plot.Box BOX = new Plot.Box(100, 400, 300, 550);

	/** A curve through (x, y) pairs. */
	private static Plot.Series series(String label, Map<String, Double> conditions, String name, double... xy) {
		List<Plot.Point> pts = new ArrayList<>();
		for (int i = 0; i < xy.length; i += 2) {
			pts.add(new Plot.Point(xy[i], xy[i + 1]));
		}
		return new Plot.Series(label, conditions, name, pts);
	}

	private static Plot capacitances(double cissScale) {
		Plot.Axis x = new Plot.Axis("VDS", "V", Plot.Scale.LINEAR, 0, 50);
		Plot.Axis y = new Plot.Axis("C", "F", Plot.Scale.LOG, 1e-12, 1e-8);
		return new Plot(4, BOX, "Figure 7. Capacitance", Plot.Kind.CAPACITANCE, Plot.DrawnAs.VECTOR, x, y,
				List.of(series("Ciss", Map.of(), "CISS", 0, 2e-9 * cissScale, 50, 1e-9 * cissScale),
						series("Coss", Map.of(), "COSS", 0, 1e-9, 50, 1e-10)),
				List.of(), null);
	}

	private static Device device(Parameter... ps) {
		return new Device("XYZ100", DeviceKind.MOSFET_N, List.of(ps));
	}

	private static Parameter typ(String name, double typ, String unit, Map<String, Double> conditions) {
		return new Parameter(name, null, typ, null, unit, conditions, null);
	}

	@Test
	void curvesThatAgreeWithTheTablesGetNoWarning() {
		// Ciss at 25 V on the curve (log axis): 1.41 nF; the table prints 1.45 nF
		Parameter ciss = typ("CISS", 1.45e-9, "F", Map.of("VDS", 25.0, "f", 1e6));
		Plot checked = TableAgreement.check(List.of(capacitances(1)), List.of(device(ciss))).get(0);
		assertTrue(checked.warnings().isEmpty(), checked.warnings().toString());
	}

	/**
	 * A reverse plot draws the typical leakage at 25 °C and the maximum at 125 °C, ten times the typical value the
	 * table prints there: the limit curve is not held against it, nor is the axis read a decade off for it.
	 */
	@Test
	void aCurveLabelledAsMaximumValuesIsNotHeldAgainstATypicalValue() {
		Plot.Axis x = new Plot.Axis("VR", "V", Plot.Scale.LINEAR, 0, 60);
		Plot.Axis y = new Plot.Axis("IR", "A", Plot.Scale.LOG, 1e-7, 1e-2);
		Plot.Series typ = series("Tj=25\u00b0C (Typical values)", Map.of("T", 25.0), null, 0, 1e-6, 60, 1e-5);
		Plot.Series max = series("Tj=125\u00b0C (Maximum values)", Map.of("T", 125.0), null, 0, 1e-4, 60, 1e-3);
		Parameter ir = new Parameter("IR", null, 1e-4, null, "A", Map.of("VR", 60.0, "T", 125.0), null);
		Device d = new Device("STPS1", DeviceKind.SCHOTTKY, List.of(ir));
		Plot reverse = new Plot(4, BOX, "Figure 5. Reverse leakage current versus reverse voltage applied",
				Plot.Kind.IR_VR, Plot.DrawnAs.VECTOR, x, y, List.of(typ, max), List.of(), null);
		Plot checked = TableAgreement.check(List.of(reverse), List.of(d)).get(0);
		assertTrue(checked.warnings().isEmpty(), checked.warnings().toString());
		assertEquals(1e-7, checked.y().min(), 1e-19);
	}

	@Test
	void aCurveOffByAPowerOfTenIsWarnedAboutAsAMisreadAxis() {
		Parameter ciss = typ("CISS", 1.5e-9, "F", Map.of("VDS", 25.0, "f", 1e6));
		Plot checked = TableAgreement.check(List.of(capacitances(1e-2)), List.of(device(ciss))).get(0);
		assertEquals(1, checked.warnings().size(), checked.warnings().toString());
		String w = checked.warnings().get(0);
		assertTrue(w.contains("CISS") && w.contains("1.5 nF") && w.contains("VDS = 25 V") && w.contains("10^-2"), w);
	}

	/**
	 * Every table value on the plot reads a thousand times off its curve, within 10 %: the unit printed on the graph
	 * is a whole SI prefix off the tables' (a misprinted "mΩ", a prefix misread), so the axis and its curves take
	 * the tables' unit, with a warning that says so, and the values then agree.
	 */
	@Test
	void anAxisAWholePrefixOffEveryTableValueTakesTheTablesUnit() {
		Parameter ciss = typ("CISS", 1.5e-9, "F", Map.of("VDS", 25.0, "f", 1e6));
		Plot checked = TableAgreement.check(List.of(capacitances(1e-3)), List.of(device(ciss))).get(0);
		assertEquals(1, checked.warnings().size(), checked.warnings().toString());
		String w = checked.warnings().get(0);
		assertTrue(w.contains("y axis is taken times 1000") && w.contains("CISS typ 1.5 nF"), w);
		assertEquals(1e-9, checked.y().min(), 1e-21);
		assertEquals(2e-9, checked.series().get(0).points().get(0).y(), 1e-21);
		assertEquals(1e-6, checked.series().get(1).points().get(0).y(), 1e-18, "every curve of the axis is scaled");

		// one value a thousand times off and another that agrees: the axis stays as printed
		Parameter coss = typ("COSS", 3.2e-10, "F", Map.of("VDS", 25.0));
		Plot kept = TableAgreement.check(List.of(capacitances(1e-3)), List.of(device(ciss, coss))).get(0);
		assertEquals(1e-12, kept.y().min(), 1e-24);
	}

	@Test
	void aCurveOffByAThirdIsWarnedAboutWithTheDifference() {
		// Coss at 25 V on the curve: 316 pF; the table prints 200 pF
		Parameter coss = typ("COSS", 2e-10, "F", Map.of("VDS", 25.0));
		List<String> w = TableAgreement.warnings(capacitances(1), List.of(coss));
		assertEquals(1, w.size(), w.toString());
		assertTrue(w.get(0).contains("+58 %"), w.get(0));
	}

	/**
	 * On-resistance against drain current at two gate voltages: the table's 10 V value is read on the 10 V curve
	 * only, its 4.5 V value on the 4.5 V curve; a value measured at 125 °C is on no curve of this 25 °C plot.
	 */
	@Test
	void aValueIsReadOnTheCurveDrawnAtItsConditions() {
		Plot.Axis x = new Plot.Axis("ID", "A", Plot.Scale.LINEAR, 0, 10);
		Plot.Axis y = new Plot.Axis("RDS_ON", "Ohm", Plot.Scale.LINEAR, 0, 0.1);
		Plot p = new Plot(5, BOX, null, Plot.Kind.RDSON_ID, Plot.DrawnAs.VECTOR, x, y,
				List.of(series("VGS = 10 V", Map.of("VGS", 10.0, "T", 25.0), null, 0, 0.020, 10, 0.024),
						series("VGS = 4.5 V", Map.of("VGS", 4.5, "T", 25.0), null, 0, 0.030, 10, 0.040)),
				List.of(), null);
		List<Parameter> table = List.of(typ("RDS_ON", 0.022, "Ohm", Map.of("VGS", 10.0, "ID", 5.0)),
				typ("RDS_ON", 0.035, "Ohm", Map.of("VGS", 4.5, "ID", 5.0)),
				typ("RDS_ON", 0.040, "Ohm", Map.of("VGS", 10.0, "ID", 5.0, "T", 125.0)));
		assertTrue(TableAgreement.warnings(p, table).isEmpty(), TableAgreement.warnings(p, table).toString());

		List<Parameter> swapped = List.of(typ("RDS_ON", 0.035, "Ohm", Map.of("VGS", 10.0, "ID", 5.0)));
		assertEquals(1, TableAgreement.warnings(p, swapped).size());
	}

	/** A forward voltage is read along the current axis, on a log current axis; out of the plotted range, not at all. */
	@Test
	void aValueOnTheHorizontalAxisIsReadAtItsConditionOnTheVerticalOne() {
		Plot.Axis x = new Plot.Axis("VF", "V", Plot.Scale.LINEAR, 0, 2);
		Plot.Axis y = new Plot.Axis("IF", "A", Plot.Scale.LOG, 0.01, 100);
		Plot p = new Plot(2, BOX, null, Plot.Kind.IF_VF, Plot.DrawnAs.VECTOR, x, y,
				List.of(series(null, Map.of(), null, 0.6, 0.01, 0.8, 1, 1.0, 100)), List.of(), null);
		assertTrue(TableAgreement.warnings(p, List.of(typ("VF", 0.9, "V", Map.of("IF", 10.0)))).isEmpty());
		assertEquals(1, TableAgreement.warnings(p, List.of(typ("VF", 1.3, "V", Map.of("IF", 10.0)))).size());
		assertTrue(TableAgreement.warnings(p, List.of(typ("VF", 1.3, "V", Map.of("IF", 500.0)))).isEmpty());
	}

	/**
	 * A saturation curve drawn at IC/IB = 10 holds the table's VCE(sat) at IC = 100 mA, IB = 10 mA, not the one at
	 * IB = 5 mA (a ratio of 20, on no curve of the plot), nor one that states no base current.
	 */
	@Test
	void aSaturationCurveHoldsTheValuesAtItsForcedRatio() {
		Plot.Axis x = new Plot.Axis("IC", "A", Plot.Scale.LOG, 0.001, 1);
		Plot.Axis y = new Plot.Axis("other", "V", Plot.Scale.LINEAR, 0, 1);
		Plot p = new Plot(3, BOX, null, Plot.Kind.OTHER, Plot.DrawnAs.VECTOR, x, y,
				List.of(series("VCE(sat) @ IC/IB = 10", Map.of("IC/IB", 10.0), "VCE_SAT", 0.001, 0.05, 1, 0.25),
						series("VBE(sat) @ IC/IB = 10", Map.of("IC/IB", 10.0), "VBE_SAT", 0.001, 0.6, 1, 0.9)),
				List.of(), null);
		assertTrue(TableAgreement.warnings(p, List.of(typ("VCE_SAT", 0.6, "V", Map.of("IC", 0.1, "IB", 0.005)),
				typ("VCE_SAT", 0.6, "V", Map.of("IC", 0.1)))).isEmpty());
		assertEquals(1, TableAgreement.warnings(p, List.of(typ("VCE_SAT", 0.5, "V", Map.of("IC", 0.1, "IB", 0.01))))
				.size(), "read on the curve named VCE(sat): 0.18 V");
		assertTrue(TableAgreement.warnings(p, List.of(typ("VBE_SAT", 0.8, "V", Map.of("IC", 0.1, "IB", 0.01))))
				.isEmpty());
	}
}
