package org.espice.core.simulate;

import static org.espice.core.fit.Rows.max;
import static org.espice.core.fit.Rows.range;
import static org.espice.core.fit.Rows.typ;
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
import org.espice.core.spice.Check;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An IGBT subcircuit that is off stays off in ngspice: its capacitances at VGE = 0 are those it was fitted to at
 * every collector voltage (the PNP it drives does not amplify them), and its collector leaks far less than any
 * datasheet's ICES, also in a deck beside the on-state measurements.
 */
class IgbtNgspiceTest {

	private static NgspiceRunner runner;

	@BeforeAll
	static void ngspice() {
		runner = Ngspice.required();
	}

	private static ModelCard igbt() throws ProcessingException {
		Device d = new Device("HB_IGBT", DeviceKind.IGBT, List.of(max("VCES", 600),
				range("VGE_TH", 4.0, 6.5, "IC", 1.4e-3), typ("VCE_SAT", 1.6, "IC", 48, "VGE", 15),
				typ("CIES", 3e-9, "VCE", 30), typ("COES", 2.45e-10, "VCE", 30), typ("CRES", 9e-11, "VCE", 30)));
		return (ModelCard) new ModelBuilder().fit(d, new ExtractionResult("hand-built", 1, null, null, List.of(d),
				null), TaskMonitor.NONE);
	}

	@Test
	void anIgbtThatIsOffKeepsItsCapacitancesAndHardlyLeaks() throws ProcessingException {
		ModelCard card = igbt();
		for (double v : new double[] { 10, 30, 100, 400 }) {
			Parameter row = typ("CRES", 1, "VCE", v, "VGE", 0, "f", 1e6);
			card.check(new Check(row, Probe.CRSS, Target.of(row)), 0);
		}
		Parameter ices = max("ICES", 1e-6, "VCE", 400, "VGE", 0);
		card.check(new Check(ices, Probe.CUTOFF_CURRENT, Target.of(ices)), 0);
		ModelVerifier.Verification v = new ModelVerifier(runner).verify(card);
		assertTrue(v.loaded(), v.errors().toString());
		StringBuilder report = new StringBuilder();
		double previous = Double.POSITIVE_INFINITY;
		double at30 = Double.NaN;
		double leak = Double.NaN;
		for (ModelVerifier.Point p : v.points()) {
			if (p.name().equals("ICES")) {
				leak = p.simulated();
			} else if (p.name().equals("CRES") && p.conditions().containsKey("VGE")) {
				double c = p.simulated();
				report.append(String.format("Cres@%sV %.3g F ", p.conditions().get("VCE"), c));
				// Cgd only falls as the collector voltage rises
				assertTrue(c <= previous * 1.001, report.toString());
				previous = c;
				at30 = p.conditions().get("VCE") == 30 ? c : at30;
			}
		}
		System.out.println("IGBT off: " + report + "; ICES@400V " + leak + " A");
		assertTrue(Math.abs(at30 / 9e-11 - 1) < 0.03, report.toString());
		assertTrue(Math.abs(leak) < 1e-6, "ICES " + leak);
	}

	@Test
	void aDiodeForwardVoltagePrintedOnlyHotStillGivesTheCoPackagedDiode() throws ProcessingException {
		Device d = new Device("HB_IGBT2", DeviceKind.IGBT, List.of(max("VCES", 600),
				range("VGE_TH", 4.0, 6.5, "IC", 1.4e-3), typ("VCE_SAT", 1.6, "IC", 48, "VGE", 15),
				typ("VF", 1.4), typ("VF", 1.3, "IF", 25, "T", 100)));
		ModelCard card = (ModelCard) new ModelBuilder().fit(d, new ExtractionResult("hand-built", 1, null, null,
				List.of(d), null), TaskMonitor.NONE);
		assertTrue(card.render(org.espice.core.spice.Dialect.NGSPICE).contains("D1 E C"), card.params().toString());
		// the datasheet verification runs each value at its own temperature
		DatasheetVerification v = new ModelVerifier(runner).verifyDatasheet(d, card);
		assertTrue(v.loaded(), v.errors().toString());
		DatasheetVerification.Point vf = v.points().stream().filter(p -> p.row().name().equals("VF")).findFirst()
				.orElseThrow();
		System.out.println("co-packaged diode, VF at 100 degC: " + vf.value() + " V");
		assertTrue(Math.abs(vf.value() / 1.3 - 1) < 0.02, "VF " + vf.value());
	}

	/**
	 * A co-packaged diode whose forward curve bends as softly as one junction of emission coefficient 5 (IS 0.5 mA)
	 * would: fitted freely, its IS leaks half a milliampere in reverse at any collector voltage. The IGBT's ICES
	 * (150 uA max at 600 V) bounds it, and ngspice's IGBT, off at 600 V, leaks under it while the diode keeps its VF.
	 */
	@Test
	void theCollectorLeakageBoundsTheCoPackagedDiode() throws ProcessingException {
		double n = 5;
		double is = 5e-4;
		double rs = 0.008;
		List<Plot.Point> pts = new ArrayList<>();
		for (double i = 1; i <= 100; i *= 1.35) {
			pts.add(new Plot.Point(n * 0.025852 * Math.log1p(i / is) + rs * i, i));
		}
		double vf48 = n * 0.025852 * Math.log1p(48 / is) + rs * 48;
		Plot curve = new Plot(4, new Plot.Box(50, 50, 250, 200), "Fig. 8 Typical Diode Forward Characteristics",
				Plot.Kind.IF_VF, Plot.DrawnAs.VECTOR, new Plot.Axis("VF", "V", Plot.Scale.LINEAR, 0, 3),
				new Plot.Axis("IF", "A", Plot.Scale.LOG, 1, 100),
				List.of(new Plot.Series("TJ = 25 C", Map.of("T", 25.0), null, pts)), List.of(), null);
		Device d = new Device("HB_IGBT3", DeviceKind.IGBT, List.of(max("VCES", 600),
				range("VGE_TH", 4.0, 6.5, "IC", 1.4e-3), typ("VCE_SAT", 1.6, "IC", 48, "VGE", 15),
				typ("VF", vf48, "IF", 48), max("ICES", 1.5e-4, "VCE", 600, "VGE", 0)));
		ModelCard card = (ModelCard) new ModelBuilder().fit(d, new ExtractionResult("hand-built", 4, null, null,
				List.of(d), null).withCurves(List.of(curve)), TaskMonitor.NONE);
		DatasheetVerification v = new ModelVerifier(runner).verifyDatasheet(d, List.of(curve), card);
		assertTrue(v.loaded(), v.errors().toString());
		DatasheetVerification.Point ices = v.points().stream().filter(p -> p.row().name().equals("ICES")).findFirst()
				.orElseThrow();
		DatasheetVerification.Point vf = v.points().stream().filter(p -> p.row().name().equals("VF") && !p.curve())
				.findFirst().orElseThrow();
		System.out.printf("co-packaged diode bounded by ICES: leakage at 600 V %.3g A, VF at 48 A %.3f V (%.3f drawn)%n",
				ices.value(), vf.value(), vf48);
		assertTrue(Math.abs(ices.value()) <= 1.5e-4, "ICES " + ices.value());
		assertTrue(Math.abs(vf.value() / vf48 - 1) < 0.03, "VF " + vf.value());
	}

	/**
	 * A VCE(sat) printed hot as well (20 % over its 25 degC value at 150 degC, 24 % at 175 degC), beside output curves
	 * that split the on-state voltage between channel and drift region: the drift region's temperature law is solved
	 * through the hottest row, and ngspice meets it at its temperature and the cooler hot row it was not fitted to.
	 */
	@Test
	void aHotVceSatRowSetsTheDriftRegionsTemperatureLaw() throws ProcessingException {
		double room = org.espice.core.fit.IgbtCurvesTest.vce(48, 15);
		Device d = new Device("G1", DeviceKind.IGBT, List.of(max("VCES", 600), range("VGE_TH", 4.0, 6.5, "IC", 1e-3),
				typ("VCE_SAT", room, "IC", 48, "VGE", 15, "T", 25), typ("VCE_SAT", 1.2 * room, "IC", 48, "VGE", 15,
						"T", 150), typ("VCE_SAT", 1.24 * room, "IC", 48, "VGE", 15, "T", 175)));
		ModelCard card = (ModelCard) new ModelBuilder().fit(d, new ExtractionResult("x.pdf", 3, null, null, List.of(d),
				null).withCurves(List.of(org.espice.core.fit.IgbtCurvesTest.output())), TaskMonitor.NONE);
		assertTrue(card.render(org.espice.core.spice.Dialect.NGSPICE).contains("TRD1="), "TRD1 on the channel");
		DatasheetVerification v = new ModelVerifier(runner).verifyDatasheet(d, card);
		assertTrue(v.loaded(), v.errors().toString());
		StringBuilder report = new StringBuilder();
		for (DatasheetVerification.Point p : v.points()) {
			if (p.row().name().equals("VCE_SAT")) {
				report.append(String.format("%s degC %.3f V (%+.1f %%%s) ", p.row().condition("T"), p.value(),
						100 * p.error(), p.fitted() ? ", fitted" : ", held out"));
			}
		}
		System.out.println("IGBT VCE(sat) against temperature: " + report);
		for (DatasheetVerification.Point p : v.points()) {
			if (p.row().name().equals("VCE_SAT")) {
				assertTrue(Math.abs(p.error()) < 0.05, report.toString());
			}
		}
	}
}
