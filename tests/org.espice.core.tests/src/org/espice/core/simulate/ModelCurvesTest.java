package org.espice.core.simulate;

import static org.espice.core.fit.Rows.device;
import static org.espice.core.fit.Rows.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.Parameter;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.fit.ModelBuilder;
import org.espice.core.simulate.ModelCurves.Bound;
import org.espice.core.simulate.ModelCurves.Curve;
import org.espice.core.simulate.ModelCurves.DatasheetPoint;
import org.espice.core.simulate.ModelCurves.Series;
import org.espice.core.spice.FittedModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Characteristic curves of the hand-built models of {@link NgspiceVerificationTest} simulated in ngspice: the right
 * curves per kind, physically monotone where they must be, and passing through (typ within 15 %) or on the allowed
 * side of (limits) every datasheet point the verifier says the model meets. The splitting of decks that do not
 * converge is checked against a stand-in ngspice script. Real-ngspice tests are skipped when it is not on the PATH.
 */
class ModelCurvesTest {

	/** Curves are interpolated between simulated points, so a typ point gets a little more than the verifier's 10 %. */
	private static final double TYP_TOLERANCE = 0.15;
	private static final double LIMIT_SLACK = 0.03;

	private static NgspiceRunner ngspice() {
		return Ngspice.required();
	}

	private static Device handBuilt(String part) {
		return NgspiceVerificationTest.handBuilt().stream().filter(d -> d.part().equals(part)).findFirst().orElseThrow();
	}

	private static FittedModel fit(Device d) throws ProcessingException {
		return new ModelBuilder().fit(d, null, TaskMonitor.NONE);
	}

	private static List<Curve> curves(Device d) throws ProcessingException {
		return new ModelCurves(ngspice()).simulate(fit(d));
	}

	private static List<String> titles(List<Curve> curves) {
		return curves.stream().map(Curve::title).toList();
	}

	private static Series only(Curve c) {
		assertEquals(1, c.simulated().size(), c.title() + ": series");
		return c.simulated().get(0);
	}

	/** y rises strictly with x along the series (x first sorted as simulated). */
	private static void rising(Curve c, Series s) {
		for (int i = 1; i < s.x().length; i++) {
			assertTrue(s.x()[i] > s.x()[i - 1] && s.y()[i] > s.y()[i - 1], c.title() + " " + s.label()
					+ " not rising at point " + i + ": (" + s.x()[i - 1] + ", " + s.y()[i - 1] + ") -> (" + s.x()[i]
					+ ", " + s.y()[i] + ")");
		}
	}

	/**
	 * The simulated value on the point's value axis at the point's test condition, interpolated along a series (in
	 * log space on log axes); NaN when the series does not reach the condition.
	 */
	static double simulatedAt(Curve c, Series s, DatasheetPoint p) {
		boolean onX = p.valueOnX();
		double[] cond = onX ? s.y() : s.x();
		double[] val = onX ? s.x() : s.y();
		boolean condLog = onX ? c.yLog() : c.xLog();
		boolean valLog = onX ? c.xLog() : c.yLog();
		double at = axis(onX ? p.y() : p.x(), condLog);
		for (int i = 0; i + 1 < cond.length; i++) {
			double a = axis(cond[i], condLog);
			double b = axis(cond[i + 1], condLog);
			if (a != b && (at - a) * (at - b) <= 0) {
				double t = (at - a) / (b - a);
				double v = axis(val[i], valLog) + t * (axis(val[i + 1], valLog) - axis(val[i], valLog));
				return valLog ? Math.exp(v) : v;
			}
		}
		return Double.NaN;
	}

	private static double axis(double v, boolean log) {
		return log ? Math.log(v) : v;
	}

	/**
	 * Why the curve misses a point (no series of its name reaches its test condition, typ further than 15 %, a
	 * limit crossed by more than 3 %), or null when it meets it.
	 */
	static String miss(Curve c, DatasheetPoint p) {
		double value = p.valueOnX() ? p.x() : p.y();
		Series own = c.simulated().stream().filter(s -> s.label().equals(p.series())).findFirst().orElse(null);
		double sim = own == null ? Double.NaN : simulatedAt(c, own, p);
		boolean met = switch (p.bound()) {
		case TYP -> Math.abs(sim - value) <= TYP_TOLERANCE * Math.abs(value);
		case MIN -> sim >= value - LIMIT_SLACK * Math.abs(value);
		case MAX -> sim <= value + LIMIT_SLACK * Math.abs(value);
		};
		return met ? null : c.title() + ": " + p.label() + " (" + p.bound() + ") has the model at " + sim + " on "
				+ (own == null ? "no series named " + p.series() : own.label());
	}

	/** Every point of every curve the model meets in {@link ModelVerifier} lies on (or on the right side of) its curve. */
	private static void meetsTheVerifiedPoints(Device d) throws ProcessingException {
		FittedModel m = fit(d);
		Set<String> missedByFit = new HashSet<>();
		new ModelVerifier(ngspice()).verify(m).points().stream().filter(p -> !p.pass())
				.forEach(p -> missedByFit.add(p.name()));
		List<String> misses = new ArrayList<>();
		for (Curve c : new ModelCurves(ngspice()).simulate(m)) {
			for (DatasheetPoint p : c.points()) {
				String miss = missedByFit.contains(p.name()) ? null : miss(c, p);
				if (miss != null) {
					misses.add(miss);
				}
			}
		}
		assertTrue(misses.isEmpty(), d.part() + ": " + misses);
	}

	@Test
	void diodeForwardCurveRisesThroughItsVfPoints() throws ProcessingException {
		List<Curve> curves = curves(handBuilt("HB_SCH"));
		assertEquals(List.of("Forward characteristic"), titles(curves));
		Curve fwd = curves.get(0);
		assertEquals("VF", fwd.xLabel());
		assertEquals("IF", fwd.yLabel());
		assertTrue(fwd.yLog() && !fwd.xLog());
		Series s = only(fwd);
		rising(fwd, s);
		assertEquals(ModelCurves.POINTS, s.x().length, "every point converges");
		// from a tenth of the lowest to three times the highest test current (0.1..3 A)
		assertEquals(0.01, s.y()[0], 1e-12);
		assertEquals(9, s.y()[s.y().length - 1], 1e-9);
		assertEquals(3, fwd.points().size());
		DatasheetPoint p = fwd.points().get(1);
		assertEquals(0.45, p.x(), 1e-12);
		assertEquals(1, p.y(), 1e-12);
		assertEquals(Bound.TYP, p.bound());
		assertTrue(p.valueOnX());
		assertEquals(2, p.page());
		assertEquals("VF typ 450 mV @ IF=1 A, p.2", p.label());
		for (DatasheetPoint q : fwd.points()) {
			assertEquals(null, miss(fwd, q));
		}
	}

	@Test
	void limitsAreMarkersOnTheAllowedSide() throws ProcessingException {
		Curve fwd = curves(handBuilt("HB_SIG")).get(0);
		assertEquals(4, fwd.points().size());
		assertTrue(fwd.points().stream().allMatch(p -> p.bound() == Bound.MAX));
		assertEquals("VF max 715 mV @ IF=1 mA, p.2", fwd.points().get(0).label());
		meetsTheVerifiedPoints(handBuilt("HB_SIG"));
		// the check itself can fail: a VF limit below the curve is reported
		DatasheetPoint tooLow = new DatasheetPoint("VF", 0.5, 0.01, Bound.MAX, true, "model", 2, "VF max 0.5 V");
		assertTrue(miss(fwd, tooLow) != null);
	}

	@Test
	void zenerHasReverseThenForwardCurve() throws ProcessingException {
		List<Curve> curves = curves(handBuilt("HB_ZEN"));
		assertEquals(List.of("Zener characteristic (reverse)", "Forward characteristic"), titles(curves));
		Curve rev = curves.get(0);
		rising(rev, only(rev));
		// VZ 5.89..6.51 V at IZ = 41 mA: a marker for each limit
		assertEquals(List.of(Bound.MIN, Bound.MAX), rev.points().stream().map(DatasheetPoint::bound).toList());
		meetsTheVerifiedPoints(handBuilt("HB_ZEN"));
	}

	@Test
	void nChannelMosfetHasTransferOutputAndBodyDiodeCurves() throws ProcessingException {
		List<Curve> curves = curves(handBuilt("HB_NMOS"));
		assertEquals(List.of("Transfer characteristic", "Output characteristic", "Body diode forward characteristic"),
				titles(curves));
		Curve transfer = curves.get(0);
		assertTrue(transfer.yLog());
		assertEquals("VDS = 10 V", only(transfer).label());
		rising(transfer, only(transfer));
		assertTrue(only(transfer).y()[0] < 250e-6, "the transfer curve starts below the VGS(th) current");
		Curve output = curves.get(1);
		assertEquals("VGS = 10 V", only(output).label());
		DatasheetPoint ron = output.points().get(0);
		assertEquals(16 * 0.033, ron.x(), 1e-9, "RDS(on) drawn at ID x RDS(on)");
		assertEquals(16, ron.y(), 1e-9);
		Series out = only(output);
		for (int i = 1; i < out.x().length; i++) {
			assertTrue(out.y()[i] >= out.y()[i - 1], "ID never falls as VDS rises");
		}
		rising(curves.get(2), only(curves.get(2)));
		meetsTheVerifiedPoints(handBuilt("HB_NMOS"));
	}

	@Test
	void pChannelMosfetIsPlottedAsMagnitudesWithOneSeriesPerGateVoltage() throws ProcessingException {
		List<Curve> curves = curves(handBuilt("HB_PMOS"));
		Curve output = curves.get(1);
		assertEquals("|VDS|", output.xLabel());
		assertEquals("|ID|", output.yLabel());
		assertEquals(List.of("VGS = -10 V", "VGS = -2.5 V"), output.simulated().stream().map(Series::label).toList());
		assertEquals(List.of("VGS = -10 V", "VGS = -2.5 V"), output.points().stream().map(DatasheetPoint::series).toList(),
				"each RDS(on) point belongs to the series of its own VGS");
		for (Curve c : curves) {
			for (Series s : c.simulated()) {
				for (int i = 0; i < s.x().length; i++) {
					assertTrue(s.x()[i] >= 0 && s.y()[i] >= 0, c.title() + " " + s.label() + " has a negative value");
				}
			}
			assertTrue(c.points().stream().allMatch(p -> p.x() >= 0 && p.y() >= 0));
		}
		// the harder-driven gate carries more current at every VDS
		Series hard = output.simulated().get(0);
		Series soft = output.simulated().get(1);
		assertTrue(hard.y()[20] > soft.y()[20]);
		meetsTheVerifiedPoints(handBuilt("HB_PMOS"));
	}

	@Test
	void bjtsHaveGainAndSaturationCurves() throws ProcessingException {
		List<Curve> npn = curves(handBuilt("HB_NPN"));
		assertEquals(List.of("DC current gain", "Collector-emitter saturation voltage"), titles(npn));
		Curve gain = npn.get(0);
		assertTrue(gain.xLog() && !gain.yLog());
		assertEquals("VCE = 10 V", only(gain).label());
		assertEquals(5, gain.points().size(), "hFE min 35, 75, 100..300, 40: one marker per printed limit");
		Series g = only(gain);
		double peak = 0;
		for (double h : g.y()) {
			peak = Math.max(peak, h);
		}
		// the gain rises from low current, peaks and falls at high injection
		assertTrue(g.y()[0] < peak && g.y()[g.y().length - 1] < peak);
		Curve sat = npn.get(1);
		assertEquals("IC/IB = 10", only(sat).label());
		rising(sat, only(sat));
		meetsTheVerifiedPoints(handBuilt("HB_NPN"));

		// a gain row at a low VCE: sweeping past what the transistor carries at 1 V must neither stall nor garble
		List<Parameter> rows = new ArrayList<>(handBuilt("HB_NPN").parameters());
		rows.add(range("HFE", 50.0, null, "IC", 0.15, "VCE", 1));
		Device lowVce = new Device("HB_NPN_1V", DeviceKind.BJT_NPN, rows);
		long t = System.nanoTime();
		Curve twoVce = curves(lowVce).get(0);
		assertTrue(System.nanoTime() - t < 10_000_000_000L, "gain curves at VCE = 1 V took too long");
		assertEquals(List.of("VCE = 1 V", "VCE = 10 V"), twoVce.simulated().stream().map(Series::label).toList());
		assertEquals("VCE = 1 V", twoVce.points().get(twoVce.points().size() - 1).series());
		meetsTheVerifiedPoints(lowVce);

		List<Curve> pnp = curves(handBuilt("HB_PNP"));
		assertEquals("|IC|", pnp.get(0).xLabel());
		assertEquals("VCE = -1 V", only(pnp.get(0)).label());
		meetsTheVerifiedPoints(handBuilt("HB_PNP"));
	}

	@Test
	void jfetTransferCurveSpansPinchOffToIdss() throws ProcessingException {
		Curve n = curves(handBuilt("HB_JFET")).get(0);
		assertEquals("Transfer characteristic", n.title());
		assertTrue(n.yLog());
		Series s = only(n);
		assertTrue(s.x()[0] < -0.5 && Math.abs(s.x()[s.x().length - 1]) < 1e-9, "n-channel: VGS from pinch-off to 0");
		for (int i = 1; i < s.x().length; i++) {
			assertTrue(s.y()[i] >= s.y()[i - 1], "ID rises towards VGS = 0");
		}
		// VGS(off) -1..-5 V: |VGS(off)| >= 1 V puts the model left of -1 V (MAX on the plotted axis)
		assertEquals(List.of(Bound.MIN, Bound.MAX, Bound.MIN), n.points().stream().map(DatasheetPoint::bound).toList());
		meetsTheVerifiedPoints(handBuilt("HB_JFET"));

		Device pjf = device("HB_PJF", DeviceKind.JFET_P, range("VGS_OFF", 0.5, 3.0, "VDS", -15, "ID", -1e-9),
				range("IDSS", -2e-3, -10e-3, "VDS", -15));
		Curve p = curves(pjf).get(0);
		Series ps = only(p);
		assertEquals("|ID|", p.yLabel());
		assertTrue(ps.x()[0] > 0.3 && Math.abs(ps.x()[ps.x().length - 1]) < 1e-9, "p-channel: VGS from pinch-off down to 0");
		meetsTheVerifiedPoints(pjf);
	}

	/**
	 * A JFET's output family, at VGS = 0 and a quarter, a half and three quarters of the way to VTO (the family its
	 * datasheet draws a sample unit's curves as): the current falls with the gate voltage and rises with VDS, and the
	 * RDS(on) row sits on the VGS = 0 curve near VDS = 0.
	 */
	@Test
	void jfetHasAnOutputFamily() throws ProcessingException {
		List<Curve> curves = curves(handBuilt("HB_JFET"));
		assertEquals(List.of("Transfer characteristic", "Output characteristic"), titles(curves));
		Curve out = curves.get(1);
		assertEquals(4, out.simulated().size());
		assertEquals("VGS = 0 V", out.simulated().get(0).label());
		double last = Double.POSITIVE_INFINITY;
		for (Series s : out.simulated()) {
			double end = s.y()[s.y().length - 1];
			assertTrue(end < last, s.label() + " carries less than the gate voltage above it");
			last = end;
			for (int i = 1; i < s.y().length; i++) {
				assertTrue(s.y()[i] >= s.y()[i - 1] - 1e-12, s.label() + ": ID rises with VDS");
			}
		}
		assertEquals(List.of("VGS = 0 V"), out.points().stream().map(DatasheetPoint::series).distinct().toList());
	}

	/**
	 * An IGBT's transfer characteristic (its VGE(th) row prints no VCE: drawn at 10 V) rises through the threshold row
	 * on a log axis up to the VCE(sat) test's 15 V of gate; its output curve reaches past the VCE(sat) test current.
	 */
	@Test
	void igbtHasTransferOutputAndDiodeCurves() throws ProcessingException {
		List<Curve> curves = curves(handBuilt("HB_IGBT"));
		assertEquals(List.of("Transfer characteristic", "Output characteristic", "Diode forward characteristic"),
				titles(curves));
		Curve transfer = curves.get(0);
		assertEquals("VGE", transfer.xLabel());
		assertEquals("IC", transfer.yLabel());
		assertTrue(transfer.yLog() && !transfer.xLog());
		Series t = only(transfer);
		assertEquals("VCE = 10 V", t.label());
		rising(transfer, t);
		assertEquals(15, t.x()[t.x().length - 1], 1e-9);
		assertTrue(t.y()[0] < 1.4e-3 && t.y()[t.y().length - 1] > 1.4e-3, "through the threshold row's 1.4 mA");
		Curve out = curves.get(1);
		assertEquals("VGE = 15 V", only(out).label());
		Series s = only(out);
		assertTrue(s.y()[s.y().length - 1] > 48, "the output curve reaches past the VCE(sat) test current");
		meetsTheVerifiedPoints(handBuilt("HB_IGBT"));
	}

	@Test
	void everyHandBuiltModelMeetsItsPointsOnItsCurvesInOneFastRun() throws ProcessingException {
		NgspiceRunner runner = ngspice();
		long slowest = 0;
		for (Device d : NgspiceVerificationTest.handBuilt()) {
			FittedModel m = fit(d);
			long t = System.nanoTime();
			List<Curve> curves = new ModelCurves(runner).simulate(m);
			long ms = (System.nanoTime() - t) / 1_000_000;
			slowest = Math.max(slowest, ms);
			System.out.printf("%-8s %d curves, %d points, %d ms%n", d.part(), curves.size(),
					curves.stream().mapToInt(c -> c.points().size()).sum(), ms);
			assertFalse(curves.isEmpty(), d.part());
			for (Curve c : curves) {
				assertFalse(c.points().isEmpty(), d.part() + " " + c.title() + " has no datasheet point");
				assertFalse(c.simulated().isEmpty(), d.part() + " " + c.title() + " has no simulated series");
			}
			meetsTheVerifiedPoints(d);
		}
		assertTrue(slowest < 10_000, "simulating a model's curves took " + slowest + " ms");
	}

	/**
	 * A stand-in for ngspice: counts its runs, fails the operating point of any deck holding the current source
	 * {@code I7} (as a non-converging point would), and otherwise prints 1 for every measured value.
	 */
	private static NgspiceRunner standIn(Path dir, String failing) throws IOException {
		assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
		Path script = dir.resolve("ngspice");
		Files.writeString(script, "#!/bin/sh\necho run >> '" + dir.resolve("runs") + "'\n"
				+ "if grep -q '" + failing + "' \"$2\"; then echo 'Error: iteration limit reached'; exit 0; fi\n"
				+ "sed -n 's/^let \\(p[0-9]*\\) = .*/\\1 = 1.0e+00/p' \"$2\"\n");
		assertTrue(script.toFile().setExecutable(true));
		return new NgspiceRunner(script, Duration.ofSeconds(10));
	}

	private static int runs(Path dir) throws IOException {
		return Files.readAllLines(dir.resolve("runs")).size();
	}

	@Test
	void aModelTakesOneNgspiceRun(@TempDir Path dir) throws IOException, ProcessingException {
		List<Curve> curves = new ModelCurves(standIn(dir, "^NEVER")).simulate(fit(handBuilt("HB_NMOS")));
		assertEquals(3, curves.size());
		assertEquals(1, runs(dir));
	}

	@Test
	void pointsThatDoNotConvergeAreLeftOut(@TempDir Path dir) throws IOException, ProcessingException {
		Curve fwd = new ModelCurves(standIn(dir, "^I7 ")).simulate(fit(handBuilt("HB_SCH"))).get(0);
		Series s = only(fwd);
		assertEquals(ModelCurves.POINTS - 1, s.x().length, "only the failing point is missing");
		double[] currents = CurvePlanner.logspace(0.01, 9, ModelCurves.POINTS);
		assertTrue(s.y()[6] == currents[6] && s.y()[7] == currents[8], "point 7 is the one left out");
		assertTrue(runs(dir) <= 2 * 6 + 1, "isolated by halving: " + runs(dir) + " runs");
	}

	@Test
	void aModelNgspiceCannotRunIsReportedWithItsError(@TempDir Path dir) throws IOException, ProcessingException {
		FittedModel m = fit(handBuilt("HB_SCH"));
		ProcessingException e = assertThrows(ProcessingException.class,
				() -> new ModelCurves(standIn(dir, "model")).simulate(m));
		assertTrue(e.getMessage().contains("HB_SCH") && e.getMessage().contains("iteration limit"), e.getMessage());
		assertTrue(runs(dir) <= ModelCurves.MAX_RUNS);
	}

	@Test
	void valuesAreLabelledInEngineeringNotation() {
		assertEquals("250 \u00b5A", CurveMarkers.eng(250e-6, "A"));
		assertEquals("1.1 V", CurveMarkers.eng(1.1, "V"));
		assertEquals("-10 V", CurveMarkers.eng(-10, "V"));
		assertEquals("33 m\u03a9", CurveMarkers.eng(0.033, "\u03a9"));
		assertEquals("10", CurveMarkers.eng(10, ""));
		assertEquals("0 V", CurveMarkers.eng(0, "V"));
	}
}
