package org.espice.core.simulate;

import static org.espice.core.fit.Rows.device;
import static org.espice.core.fit.Rows.typ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.Plot;
import org.espice.core.ProcessingException;
import org.espice.core.fit.CurveChecks;
import org.espice.core.spice.Dialect;
import org.espice.core.spice.ModelCard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A model simulated at the points of the datasheet's curves as well as at its table values ({@code espice verify}):
 * a known diode against CT and forward curves drawn from its own laws lands on them, a vendor card with twice its
 * capacitance lands twice as high, and the curves' figures stay apart from the table values'. Skipped when ngspice
 * is not on the PATH.
 */
class CurveVerificationNgspiceTest {

	private static final double CJO = 100e-12, VJ = 0.7, M = 0.4, IS = 1e-9, N = 1.8, RS = 0.05;
	private static final double[] VR = { 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 30, 50, 80, 100 };
	private static final double[] IF = { 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10 };

	private static ModelVerifier verifier;

	@BeforeAll
	static void ngspice() {
		verifier = new ModelVerifier(Ngspice.required());
	}

	private static ModelCard diode(String name, double cjo) {
		return new ModelCard("K", DeviceKind.RECTIFIER, name, "D").set("IS", IS, "").set("N", N, "").set("RS", RS, "")
				.set("CJO", cjo, "").set("VJ", VJ, "").set("M", M, "");
	}

	/** CT against VR and IF against VF at 25 degC, drawn from the known diode's laws, on page 4. */
	private static List<Plot> curves() {
		List<Plot.Point> ct = new ArrayList<>();
		for (double v : VR) {
			ct.add(new Plot.Point(v, CJO / Math.pow(1 + v / VJ, M)));
		}
		List<Plot.Point> fwd = new ArrayList<>();
		double vt = 8.617333e-5 * 300.15;
		for (double i : IF) {
			fwd.add(new Plot.Point(N * vt * Math.log(i / IS + 1) + i * RS, i));
		}
		Plot.Box box = new Plot.Box(50, 50, 250, 200);
		return List.of(
				new Plot(4, box, "Fig. 3 Typical junction capacitance", Plot.Kind.CT_VR, Plot.DrawnAs.VECTOR,
						new Plot.Axis("VR", "V", Plot.Scale.LOG, 0.1, 100),
						new Plot.Axis("C", "F", Plot.Scale.LOG, 1e-12, 1e-9), null,
						List.of(new Plot.Series(null, Map.of(), null, ct)), List.of(), null, List.of()),
				new Plot(4, box, "Fig. 1 Typical forward characteristics", Plot.Kind.IF_VF, Plot.DrawnAs.VECTOR,
						new Plot.Axis("VF", "V", Plot.Scale.LINEAR, 0, 2),
						new Plot.Axis("IF", "A", Plot.Scale.LOG, 0.01, 10), null,
						List.of(new Plot.Series(null, Map.of("T", 25.0), null, fwd)), List.of(), null, List.of()));
	}

	private static Device part() {
		return device("K", DeviceKind.RECTIFIER, typ("VF", 0.9, "IF", 1), typ("CT", 40e-12, "VR", 4));
	}

	private static DatasheetVerification.Quantity quantity(DatasheetVerification v, String name) {
		return v.quantities().stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void aModelOnItsCurvesLandsOnTheirPoints() throws ProcessingException {
		Device d = part();
		ModelCard ours = diode("KNOWN_D", CJO);
		DatasheetVerification tables = verifier.verifyDatasheet(d, ours);
		DatasheetVerification v = verifier.verifyDatasheet(d, curves(), ours);
		assertTrue(v.loaded(), v.errors().toString());
		// the table values are the same points with the same figures
		assertEquals(tables.points().size(), v.tablePoints().size());
		assertEquals(tables.passed(), v.passed());
		assertEquals(tables.quantities().get(0).median(), quantity(v, "VF").median(), 1e-12);
		// every third point of the CT curve (4 of 12), and points along the room forward curve
		List<DatasheetVerification.Point> ct = v.curvePoints().stream().filter(p -> p.row().name().equals("CT"))
				.toList();
		assertEquals(4, ct.size());
		assertEquals(4, quantity(v, "CT").curve());
		assertTrue(quantity(v, "VF").curve() >= 8, "forward curve points: " + quantity(v, "VF").curve());
		for (DatasheetVerification.Point p : v.curvePoints()) {
			assertEquals(4, p.row().source().page());
			assertFalse(p.fitted());
			assertTrue(Math.abs(p.error()) < 0.02, p.row() + ": " + p.value());
		}
		assertTrue(quantity(v, "CT").curveP90() < 0.02);
		String table = v.table();
		assertTrue(table.contains("curve median"), table);
		assertTrue(table.lines().anyMatch(l -> l.trim().startsWith("CT") && l.contains(" curve ")), table);
		Map<String, Object> json = v.toMap();
		assertTrue(DatasheetVerification.json(json).contains("\"median_error_curve\""));
	}

	@Test
	void aVendorModelOffTheCurveShowsByHowMuch() throws ProcessingException {
		Device d = part();
		ModelCard ours = diode("KNOWN_D", CJO);
		String lib = diode("VEND", 2 * CJO).render(Dialect.NGSPICE);
		DatasheetVerification o = verifier.verifyDatasheetOther(VendorModel.parse(lib, false), "VEND", d, curves(),
				ours, List.of());
		assertTrue(o.loaded(), o.errors().toString());
		DatasheetVerification.Quantity ct = quantity(o, "CT");
		assertEquals(4, ct.curve());
		assertEquals(1.0, ct.curveMedian(), 0.03);
		// its forward law is ours: the forward curve still holds
		assertTrue(quantity(o, "VF").curveMedian() < 0.02);
	}

	@Test
	void aPartWithoutUsableCurvesHasNoCurvePoints() {
		assertTrue(CurveChecks.of(part(), List.of()).isEmpty());
		Device jfet = device("J", DeviceKind.JFET_N, typ("IDSS", 0.01, "VDS", 10));
		assertTrue(CurveChecks.of(jfet, curves()).isEmpty());
	}
}
