package org.espice.core.simulate;

import static org.espice.core.fit.Rows.max;
import static org.espice.core.fit.Rows.range;
import static org.espice.core.fit.Rows.typ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.espice.core.spice.Dialect;
import org.espice.core.spice.ModelCard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A MOSFET's typical RDS(on) at a hot junction sets the temperature law of its drain and source resistances: ngspice
 * meets the hottest row at its temperature, the card's own verification runs that check at it, and a cooler hot row
 * stays held out. Without a hot row the RDS(on)-temperature curve sets it, and ngspice follows the curve's other
 * points, the cold ones too (the resistances stay positive at -55 degC). The LTspice card leaves out what LTspice's
 * VDMOS does not know, and says so.
 */
class HotOnResistanceNgspiceTest {

	private static NgspiceRunner runner;

	@BeforeAll
	static void ngspice() {
		runner = Ngspice.required();
	}

	/** An 800 V part whose on-resistance triples from 25 to 150 degC, most of it in the drift region. */
	private static Device device() {
		return new Device("HB_MOS800", DeviceKind.MOSFET_N, List.of(max("VDSS", 800),
				range("VGS_TH", 2.1, 3.9, "ID", 1e-3), typ("RDS_ON", 0.25, "VGS", 10, "ID", 11),
				typ("RDS_ON", 0.78, "VGS", 10, "ID", 11, "T", 150), typ("RDS_ON", 0.5, "VGS", 10, "ID", 11, "T", 100),
				typ("CISS", 2.3e-9, "VDS", 100, "VGS", 0, "f", 1e6)));
	}

	private static ModelCard fit(Device d) throws ProcessingException {
		return (ModelCard) new ModelBuilder().fit(d, new ExtractionResult("hand-built", 1, null, null, List.of(d), null),
				TaskMonitor.NONE);
	}

	@Test
	void theHottestRowIsMetAtItsTemperatureAndACoolerOneIsHeldOut() throws ProcessingException {
		Device d = device();
		ModelCard card = fit(d);
		assertTrue(card.value("TRD1") > 0 && card.value("TRD2") != null, card.params().toString());
		DatasheetVerification v = new ModelVerifier(runner).verifyDatasheet(d, card);
		assertTrue(v.loaded(), v.errors().toString());
		DatasheetVerification.Point at150 = point(v, 150);
		DatasheetVerification.Point at100 = point(v, 100);
		System.out.printf("hot RDS(on): 150 degC %+.1f %% (fitted), 100 degC %+.1f %% (held out), TRD1 %.4g /K%n",
				100 * at150.error(), 100 * at100.error(), card.value("TRD1"));
		assertTrue(at150.fitted());
		assertFalse(at100.fitted());
		assertEquals(0, at150.error(), 0.01);
		// the power law through 25 and 150 degC lands near the datasheet at 100 degC
		assertEquals(0, at100.error(), 0.15);
	}

	@Test
	void theCardsOwnVerificationRunsTheHotCheckAtItsTemperature() throws ProcessingException {
		ModelVerifier.Verification v = new ModelVerifier(runner).verify(fit(device()));
		assertTrue(v.loaded(), v.errors().toString());
		assertTrue(v.points().stream().allMatch(ModelVerifier.Point::pass), v.table());
	}

	@Test
	void theLtspiceCardLeavesOutNgspicesTemperatureCoefficients() throws ProcessingException {
		ModelCard card = fit(device());
		assertTrue(card.render(Dialect.NGSPICE).contains("TRD1="));
		String lt = card.render(Dialect.LTSPICE);
		assertFalse(lt.contains("TRD1="), lt);
		assertTrue(lt.contains("are not written in this dialect"), lt);
	}

	/** An RDS(on)-temperature curve normalised to 25 degC: silicon's (T/298 K)^2.3. */
	private static Plot curve() {
		List<Plot.Point> pts = new ArrayList<>();
		for (double t = -55; t <= 150; t += 5) {
			pts.add(new Plot.Point(t, Math.pow((t + 273.15) / 298.15, 2.3)));
		}
		return new Plot(5, new Plot.Box(50, 50, 250, 200), "Normalized on-resistance vs temperature", Plot.Kind.RDSON_T,
				Plot.DrawnAs.VECTOR, new Plot.Axis("T", "degC", Plot.Scale.LINEAR, -60, 160),
				new Plot.Axis("RDS_ON_NORM", "", Plot.Scale.LINEAR, 0, 2.5), null,
				List.of(new Plot.Series(null, Map.of(), null, pts)), List.of(), null, List.of());
	}

	@Test
	void withoutAHotRowTheCurveSetsTheLawAndItsColdEndHolds() throws ProcessingException {
		Device d = new Device("HB_MOS200C", DeviceKind.MOSFET_N, List.of(max("VDSS", 200),
				range("VGS_TH", 2.0, 4.0, "ID", 250e-6), typ("RDS_ON", 0.15, "VGS", 10, "ID", 10)));
		ExtractionResult r = new ExtractionResult("x.pdf", 5, null, "ACME", List.of(d), null).withCurves(List.of(curve()));
		ModelCard card = (ModelCard) new ModelBuilder().fit(d, r, TaskMonitor.NONE);
		assertTrue(card.params().stream().anyMatch(p -> p.name().equals("TRD1") && p.origin().contains("curve p.5")),
				card.render(Dialect.NGSPICE));
		// simulate the curve's temperatures as held-out rows: each the curve's ratio times RDS(on) at 25 degC
		List<Parameter> rows = new ArrayList<>(d.parameters());
		double[] temps = { -55, 0, 75, 100, 125 };
		for (double t : temps) {
			rows.add(typ("RDS_ON", 0.15 * Math.pow((t + 273.15) / 298.15, 2.3), "VGS", 10, "ID", 10, "T", t));
		}
		Device withRows = new Device(d.part(), d.kind(), rows);
		DatasheetVerification v = new ModelVerifier(runner).verifyDatasheet(withRows, card);
		assertTrue(v.loaded(), v.errors().toString());
		StringBuilder report = new StringBuilder();
		for (double t : temps) {
			DatasheetVerification.Point p = point(v, t);
			report.append(String.format(java.util.Locale.ROOT, " %.0f degC %+.1f %%", t, 100 * p.error()));
			assertEquals(0, p.error(), 0.10, "at " + t + " degC");
		}
		System.out.println("RDS(on) against the curve, held out:" + report);
	}

	@Test
	void theThresholdCurveSetsItsFallWithTemperature() throws ProcessingException {
		Device d = new Device("HB_MOS200T", DeviceKind.MOSFET_N, List.of(max("VDSS", 200),
				typ("VGS_TH", 3.0, "ID", 250e-6), typ("RDS_ON", 0.15, "VGS", 10, "ID", 10)));
		// a threshold falling 7 mV/K from 3 V, drawn normalised to 25 degC
		List<Plot.Point> pts = new ArrayList<>();
		for (double t = -50; t <= 150; t += 10) {
			pts.add(new Plot.Point(t, 1 - 0.007 * (t - 25) / 3.0));
		}
		Plot vth = new Plot(5, new Plot.Box(50, 50, 250, 200), "Normalized threshold voltage vs temperature",
				Plot.Kind.VTH_T, Plot.DrawnAs.VECTOR, new Plot.Axis("T", "degC", Plot.Scale.LINEAR, -60, 160),
				new Plot.Axis("VGS_NORM", "", Plot.Scale.LINEAR, 0.4, 1.4), null,
				List.of(new Plot.Series(null, Map.of("ID", 250e-6), null, pts)), List.of(), null, List.of());
		ExtractionResult r = new ExtractionResult("x.pdf", 5, null, "ACME", List.of(d), null).withCurves(List.of(vth));
		ModelCard card = (ModelCard) new ModelBuilder().fit(d, r, TaskMonitor.NONE);
		assertEquals(0.007, card.value("TCVTH"), 0.0015, card.render(Dialect.NGSPICE));
		List<Parameter> rows = new ArrayList<>(d.parameters());
		double[] temps = { -50, 75, 125 };
		for (double t : temps) {
			rows.add(typ("VGS_TH", 3.0 - 0.007 * (t - 25), "ID", 250e-6, "T", t));
		}
		DatasheetVerification v = new ModelVerifier(runner).verifyDatasheet(new Device(d.part(), d.kind(), rows), card);
		assertTrue(v.loaded(), v.errors().toString());
		for (double t : temps) {
			DatasheetVerification.Point p = v.points().stream().filter(q -> q.row().name().equals("VGS_TH")
					&& Double.valueOf(t).equals(q.row().condition("T"))).findFirst().orElseThrow();
			assertEquals(0, p.error(), 0.05, "VGS(th) at " + t + " degC");
		}
	}

	private static DatasheetVerification.Point point(DatasheetVerification v, double t) {
		return v.points().stream().filter(p -> p.row().name().equals("RDS_ON") && Double.valueOf(t).equals(
				p.row().condition("T"))).findFirst().orElseThrow();
	}
}
