package org.espice.core.simulate;

import static org.espice.core.fit.Rows.typ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.ExtractionResult;
import org.espice.core.Parameter;
import org.espice.core.Plot;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.fit.ModelBuilder;
import org.espice.core.spice.KneeElement;
import org.espice.core.spice.Check;
import org.espice.core.spice.Dialect;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A MOSFET whose Ciss, Coss and Crss curves were simulated by ngspice from a known VDMOS model: the model fitted to
 * those curves (and to the table values at 25 V) must reproduce in ngspice the known model's capacitances at drain
 * voltages it was not fitted to, across three decades. The same for a known model whose Crss collapses at a knee
 * (a collapsing gate-drain capacitance beside VDMOS's Cgd law), which the law alone misses by half.
 */
class CapacitanceCurvesNgspiceTest {

	private static final double[] CURVE_VDS = { 0.1, 0.3, 1, 3, 10, 30, 100 };
	private static final double[] HELD_OUT_VDS = { 0.2, 2, 15, 60 };
	private static final List<Probe> PROBES = List.of(Probe.CISS, Probe.COSS, Probe.CRSS);

	private static NgspiceRunner runner;

	@BeforeAll
	static void ngspice() {
		runner = Ngspice.required();
	}

	private static ModelCard known() {
		return new ModelCard("K", DeviceKind.MOSFET_N, "KNOWN_M", "VDMOS").flag("nchan").set("VTO", 3, "")
				.set("KP", 5, "").set("RD", 0.05, "").set("RS", 0.01, "").set("CGS", 1.2e-9, "")
				.set("CGDMIN", 1.5e-11, "").set("CGDMAX", 6e-10, "").set("A", 0.25, "").set("CJO", 1.5e-9, "")
				.set("VJ", 0.8, "").set("M", 0.5, "");
	}

	/** {Ciss, Coss, Crss} of a card at each drain voltage, as ngspice simulates them. */
	private static double[][] simulate(ModelCard card, double[] vds) throws ProcessingException {
		for (double v : vds) {
			for (Probe p : PROBES) {
				Parameter row = typ(p.name(), 1, "VDS", v, "VGS", 0, "f", 1e6);
				card.check(new Check(row, p, Target.of(row)), 0);
			}
		}
		ModelVerifier.Verification ver = new ModelVerifier(runner).verify(card);
		assertTrue(ver.loaded(), "model did not run: " + ver.errors());
		int first = ver.points().size() - 3 * vds.length;
		double[][] out = new double[3][vds.length];
		for (int i = 0; i < vds.length; i++) {
			for (int k = 0; k < 3; k++) {
				out[k][i] = ver.points().get(first + 3 * i + k).simulated();
			}
		}
		return out;
	}

	@Test
	void fittedCapacitancesFollowTheCurvesInNgspice() throws ProcessingException {
		ModelCard fitted = fitToCurves(known(), CURVE_VDS);
		assertTrue(fitted.value("CGDK") == null, "the law alone follows the law: " + fitted.params());
		assertTrue(heldOutError(known(), fitted, HELD_OUT_VDS) < 0.08);
	}

	@Test
	void aCrssThatCollapsesAtAKneeIsFollowedWithTheKneeBesideTheLaw() throws ProcessingException {
		ModelCard known = known().set("CGDMAX", 2e-10, "").set("CGDMIN", 1e-11, "").set("CGDK", 1e-9, "")
				.set("VGDK", 6, "").set("WGDK", 1.5, "");
		double[] vds = new double[13];
		for (int i = 0; i < vds.length; i++) {
			vds[i] = 0.1 * Math.pow(1000, i / 12.0);
		}
		ModelCard fitted = fitToCurves(known, vds);
		assertTrue(fitted.value("CGDK") != null, fitted.params().toString());
		assertTrue(heldOutError(known, fitted, new double[] { 0.5, 4, 7, 12, 40 }) < 0.10);
		ModelCard lawAlone = new ModelCard("M1", DeviceKind.MOSFET_N, "LAW_M", "VDMOS").flag("nchan");
		fitted.params().stream().filter(p -> !KneeElement.names(p.name()))
				.forEach(p -> lawAlone.set(p.name(), p.value(), p.origin()));
		assertTrue(heldOutError(known, lawAlone, new double[] { 4, 7, 12 }) > 0.3, "the knee carries the step");
		// the LTspice card's charge mirror gives the same gate-drain charge and Crss in ngspice's LTspice mode
		String lt = fitted.render(Dialect.LTSPICE);
		assertTrue(lt.contains("FGDK D G VGDKQ 1"), lt);
		Device test = new Device("M1", DeviceKind.MOSFET_N, List.of(typ("QGD", 1e-8, "VDD", 20, "ID", 5, "VGS", 10),
				typ("CRSS", 1e-10, "VDS", 7, "VGS", 0, "f", 1e6)));
		ModelVerifier verifier = new ModelVerifier(runner);
		DatasheetVerification ng = verifier.verifyDatasheet(test, fitted);
		DatasheetVerification v = verifier.verifyDatasheetOther(VendorModel.parse(lt, true), fitted.modelName(), test,
				fitted, List.of("set ngbehavior=lt"));
		assertTrue(ng.loaded() && v.loaded(), ng.errors() + " " + v.errors());
		for (int i = 0; i < 2; i++) {
			double want = ng.points().get(i).value();
			assertEquals(want, v.points().get(i).value(), 0.01 * want,
					ng.points().get(i).row().name() + ", LTspice card against the ngspice card");
		}
	}

	@Test
	void aCossThatCollapsesIsFollowedWithTheKneeBesideTheJunction() throws ProcessingException {
		ModelCard known = known().set("CJO", 2e-11, "").set("CDSK", 2e-9, "").set("VDSK", 6, "").set("WDSK", 1.5, "");
		double[] vds = new double[25];
		for (int i = 0; i < vds.length; i++) {
			vds[i] = 0.1 * Math.pow(1000, i / 24.0);
		}
		ModelCard fitted = fitToCurves(known, vds);
		assertTrue(fitted.value("CDSK") != null, fitted.notes() + " " + fitted.params());
		assertTrue(heldOutError(known, fitted, new double[] { 0.5, 4, 7, 12, 40 }) < 0.10);
		// the LTspice card's charge mirror gives the same Coss in ngspice's LTspice mode
		Device test = new Device("M1", DeviceKind.MOSFET_N, List.of(typ("COSS", 1e-9, "VDS", 7, "VGS", 0, "f", 1e6)));
		ModelVerifier verifier = new ModelVerifier(runner);
		DatasheetVerification ng = verifier.verifyDatasheet(test, fitted);
		DatasheetVerification lt = verifier.verifyDatasheetOther(
				VendorModel.parse(fitted.render(Dialect.LTSPICE), true), fitted.modelName(), test, fitted,
				List.of("set ngbehavior=lt"));
		assertTrue(ng.loaded() && lt.loaded(), ng.errors() + " " + lt.errors());
		double want = ng.points().get(0).value();
		assertEquals(want, lt.points().get(0).value(), 0.01 * want, "Coss at 7 V, LTspice card against ngspice's");
	}

	/** A p-channel card with both knees gives in ngspice the capacitances of its n-channel mirror. */
	@Test
	void aPChannelCardsKneesSitFromGateAndSourceToDrain() throws ProcessingException {
		ModelCard n = known().set("CGDK", 1e-9, "").set("VGDK", 6, "").set("WGDK", 1.5, "").set("CDSK", 2e-9, "")
				.set("VDSK", 10, "").set("WDSK", 2, "");
		ModelCard p = new ModelCard("K", DeviceKind.MOSFET_P, "KNOWN_P", "VDMOS").flag("pchan");
		n.params().forEach(q -> p.set(q.name(), q.name().equals("VTO") ? -q.value() : q.value(), ""));
		ModelVerifier verifier = new ModelVerifier(runner);
		for (double v : new double[] { 3, 8, 12 }) {
			List<Parameter> rows = new ArrayList<>();
			for (Probe probe : PROBES) {
				rows.add(typ(probe.name(), 1e-10, "VDS", v, "VGS", 0, "f", 1e6));
			}
			List<Parameter> mirrored = rows.stream().map(r -> typ(r.name(), 1e-10, "VDS", -v, "VGS", 0, "f", 1e6))
					.toList();
			DatasheetVerification vn = verifier.verifyDatasheet(new Device("N", DeviceKind.MOSFET_N, rows), n);
			DatasheetVerification vp = verifier.verifyDatasheet(new Device("P", DeviceKind.MOSFET_P, mirrored), p);
			assertTrue(vn.loaded() && vp.loaded(), vn.errors() + " " + vp.errors());
			for (int i = 0; i < PROBES.size(); i++) {
				double want = vn.points().get(i).value();
				assertEquals(want, vp.points().get(i).value(), 0.01 * want, PROBES.get(i) + " at " + v + " V");
			}
		}
	}

	/** The model fitted to a known card's Ciss, Coss and Crss curves at {@code vds} and its values at 25 V. */
	private static ModelCard fitToCurves(ModelCard known, double[] vds) throws ProcessingException {
		double[][] curves = simulate(known, vds);
		double[][] at25 = simulate(known, new double[] { 25 });
		List<Plot.Series> series = new ArrayList<>();
		for (int k = 0; k < 3; k++) {
			List<Plot.Point> pts = new ArrayList<>();
			for (int i = 0; i < vds.length; i++) {
				pts.add(new Plot.Point(vds[i], curves[k][i]));
			}
			series.add(new Plot.Series(null, Map.of(), PROBES.get(k).name(), pts));
		}
		Plot plot = new Plot(5, new Plot.Box(50, 50, 250, 200), "Capacitance", Plot.Kind.CAPACITANCE,
				Plot.DrawnAs.VECTOR, new Plot.Axis("VDS", "V", Plot.Scale.LOG, 0.1, 100),
				new Plot.Axis("C", "F", Plot.Scale.LOG, 1e-11, 1e-8), null, series, List.of(), null, List.of());
		Device d = new Device("M1", DeviceKind.MOSFET_N, List.of(typ("VGS_TH", 3.2, "ID", 250e-6),
				typ("RDS_ON", 0.1, "VGS", 10, "ID", 5), typ("CISS", at25[0][0], "VDS", 25, "VGS", 0, "f", 1e6),
				typ("COSS", at25[1][0], "VDS", 25, "VGS", 0, "f", 1e6),
				typ("CRSS", at25[2][0], "VDS", 25, "VGS", 0, "f", 1e6)));
		ExtractionResult source = new ExtractionResult("x.pdf", 5, null, "ACME", List.of(d), null)
				.withCurves(List.of(plot));
		ModelCard fitted = (ModelCard) new ModelBuilder().fit(d, source, TaskMonitor.NONE);
		assertTrue(fitted.params().stream().anyMatch(p -> p.origin().contains("CRSS curve p.5")),
				fitted.params().toString());
		return fitted;
	}

	/** The largest relative error of the fitted card's Ciss, Coss and Crss against the known card's, printed. */
	private static double heldOutError(ModelCard known, ModelCard fitted, double[] vds) throws ProcessingException {
		double[][] want = simulate(known, vds);
		double[][] got = simulate(fitted, vds);
		StringBuilder worst = new StringBuilder();
		double max = 0;
		for (int k = 0; k < 3; k++) {
			for (int i = 0; i < vds.length; i++) {
				double err = Math.abs(got[k][i] / want[k][i] - 1);
				worst.append(String.format("%s@%gV %+.1f%% ", PROBES.get(k), vds[i], 100 * err));
				max = Math.max(max, err);
			}
		}
		System.out.println("held-out capacitances, fitted vs known model: " + worst);
		return max;
	}
}
