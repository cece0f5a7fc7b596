package org.espice.core.fit;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

import org.espice.core.Device;
import org.espice.core.Parameter;
import org.espice.core.spice.Check;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;

/**
 * CGDMAX from the datasheet's gate-drain charge. Crss is printed at a drain voltage far above the gate's, where Cgd
 * is small; most of the Miller charge flows where the drain has come down to the gate and Cgd is many times larger,
 * which no capacitance row shows. Twice Crss there leaves QG and QGD a half to a tenth of the datasheet's. The
 * typical QGD at its test conditions (VGS, ID and VDS or VDD) sets it instead: CGDMAX is solved so that the gate-charge
 * test on the fitted channel ({@link GateCharge}, as the verifier's transient measures it) gives QGD, with CGDMIN
 * held and A solved again so that Cgd still meets Crss. A datasheet that prints QG without QGD has CGDMAX solved
 * from QG the same way. Where it prints QGS, the gate's capacitance to the channel is solved from QGS and QG in turn
 * ({@link GateChannelFit}); elsewhere QG and QGS stay held out and check the result.
 */
final class GateChargeFit {

	/** CGDMAX is searched between these multiples of Crss. */
	private static final double MIN_RATIO = 1.5;
	private static final double MAX_RATIO = 1e4;
	private static final int GRID = 80;

	private GateChargeFit() {
	}

	/** Rounds of CGDMAX and CGCH solved in turn; each moves the other little. */
	private static final int ROUNDS = 4;

	/**
	 * The datasheet's gate-charge test: its QGD row (else QG's), the channel, CGS and the gate's capacitance to the
	 * channel ({@link GateChannelFit}; 0 until it is solved).
	 */
	private record Test(GateCharge.Row row, GateCharge.Channel ch, double cgs, double cgch) {

		/** QG or QGD of the test with Cgd's shape {@code t} given CGDMAX {@code max}, or null without a plateau. */
		Double charge(VdmosCapacitances.TableCgd t, double max) {
			return row.charge(ch, cgs, cgch, t.withMax(max, "").shape());
		}

		double target() {
			return row.target().value();
		}

		Test withCgch(double c) {
			return new Test(row, ch, cgs, c);
		}

		String describe() {
			return "the gate-charge test (VGS " + Target.fmt(row.vgs()) + " V, ID " + Target.fmt(row.id()) + " A, VDS "
					+ Target.fmt(row.vds()) + " V) on the fitted channel and CGS" + (cgch > 0 ? " and CGCH" : "");
		}

		void check(ModelCard card, VdmosCapacitances.TableCgd t) {
			card.check(row.check(), charge(t, t.max()));
		}
	}

	/** The datasheet's typical gate-charge test for Cgd's shape {@code t}, or null when it gives no usable one. */
	private static Test test(ModelCard card, Device d, VdmosCapacitances.TableCgd t) {
		Parameter qgd = typical(d, "QGD");
		boolean total = qgd == null;
		if (total) {
			qgd = typical(d, "QG");
		}
		Parameter ciss = Fits.row(d, "CISS");
		if (qgd == null || ciss == null) {
			return null;
		}
		GateCharge.Channel ch = channel(card);
		if (ch == null) {
			return null;
		}
		double cgs = Target.of(ciss).value() - t.at(Check.condition(ciss, "VDS", t.crssV()));
		if (!(cgs > 0)) {
			return null;
		}
		return new Test(GateCharge.Row.of(qgd, total ? Probe.GATE_CHARGE : Probe.GATE_DRAIN_CHARGE), ch, cgs, 0);
	}

	/**
	 * The table's Cgd shape with CGDMAX solved from a typical QGD (else QG), or {@code t} unchanged when the datasheet
	 * gives no usable one, no Ciss to hold CGS, or a charge the shape cannot reach (noted on the card).
	 */
	static VdmosCapacitances.TableCgd cgdMax(ModelCard card, Device d, VdmosCapacitances.TableCgd t) {
		Test test = test(card, d, t);
		if (test == null) {
			return t;
		}
		VdmosCapacitances.TableCgd fitted = solveMax(test, t);
		if (fitted == null) {
			card.note(Fits.fmt("%s: ngspice's Cgd shape through Crss cannot give it on the fitted channel; CGDMAX "
					+ "from the capacitances alone", test.row().from()));
			return t;
		}
		return withChannel(card, d, test, fitted, x -> solveMax(x, t));
	}

	/** CGDMAX solved by bisection so that the test gives its charge, or null when the shape cannot reach it. */
	private static VdmosCapacitances.TableCgd solveMax(Test test, VdmosCapacitances.TableCgd t) {
		double crss = t.at(t.crssV());
		// from 1.5 Crss up: below about 1.3 Crss the shape through Crss needs a negative A (Cgd rising with VDS)
		double lo = Math.log(MIN_RATIO * crss);
		double hi = Math.log(crss * MAX_RATIO);
		Double below = null;
		Double above = null;
		for (int i = 0; i <= GRID && above == null; i++) {
			double x = lo + (hi - lo) * i / GRID;
			Double q = test.charge(t, Math.exp(x));
			if (q == null) {
				continue;
			}
			if (q < test.target()) {
				below = x;
			} else {
				above = x;
			}
		}
		if (below == null || above == null) {
			return null;
		}
		double max = Math.exp(Fits.bisect(x -> {
			Double q = test.charge(t, Math.exp(x));
			return q == null ? Double.POSITIVE_INFINITY : q - test.target();
		}, below, above));
		return t.withMax(max, "solved so that " + test.describe() + " gives " + test.row().from()
				+ "; Cgd still meets Crss");
	}

	/**
	 * Cgd's shape {@code fitted} (from {@code solver}, which fits CGDMAX for a test) with the gate's capacitance to the
	 * channel solved in turn from QGS and QG ({@link GateChannelFit}), set on the card with the checks of the charges
	 * it meets.
	 */
	private static VdmosCapacitances.TableCgd withChannel(ModelCard card, Device d, Test test,
			VdmosCapacitances.TableCgd fitted, Function<Test, VdmosCapacitances.TableCgd> solver) {
		List<GateCharge.Row> rows = GateChannelFit.rows(d);
		for (int i = 0; i < ROUNDS && !rows.isEmpty(); i++) {
			double c = GateChannelFit.solve(rows, test.ch(), test.cgs(), fitted);
			if (Math.abs(c - test.cgch()) <= 1e-3 * test.cgs()) {
				break;
			}
			VdmosCapacitances.TableCgd again = solver.apply(test.withCgch(c));
			if (again == null) {
				break;
			}
			test = test.withCgch(c);
			fitted = again;
		}
		GateChannelFit.set(card, rows, test.ch(), test.cgs(), test.cgch(), fitted);
		test.check(card, fitted);
		return fitted;
	}

	/**
	 * Cgd's shape fitted to a Crss curve ({@code pts}, VDS against Cgd) with CGDMAX moved so that the gate-charge test
	 * weighs as much as the whole curve: CGDMAX minimises the curve's squared rms error plus the charge's squared
	 * relative error, CGDMIN held and A solved again through Crss. {@code t} unchanged (and no check) when the
	 * datasheet gives no usable test.
	 */
	static VdmosCapacitances.TableCgd balanced(ModelCard card, Device d, VdmosCapacitances.TableCgd t, double[][] pts) {
		Test test = test(card, d, t);
		VdmosCapacitances.TableCgd fitted = test == null ? null : balance(test, t, pts);
		if (fitted == null) {
			return t;
		}
		return withChannel(card, d, test, fitted, x -> balance(x, t, pts));
	}

	/** CGDMAX weighing the test's charge against the curve, or null when no CGDMAX gives the test a plateau. */
	private static VdmosCapacitances.TableCgd balance(Test test, VdmosCapacitances.TableCgd t, double[][] pts) {
		double crss = t.at(t.crssV());
		DoubleUnaryOperator cost = x -> {
			Double q = test.charge(t, Math.exp(x));
			VdmosCapacitances.TableCgd s = t.withMax(Math.exp(x), "");
			if (q == null || !(s.a() > 0)) {
				return Double.POSITIVE_INFINITY;
			}
			double e = q / test.target() - 1;
			double r = JunctionFit.Figures.rms(pts, s::at, i -> true);
			return r * r + e * e;
		};
		double x = JunctionFit.Figures.minimise(cost, Math.log(MIN_RATIO * crss), Math.log(MAX_RATIO * crss), GRID);
		if (!Double.isFinite(cost.applyAsDouble(x))) {
			return null;
		}
		return t.withMax(Math.exp(x), t.maxOrigin() + "; moved so that " + test.describe() + " meets "
				+ test.row().from() + " with the curve (each weighs the same)");
	}

	/** The first typical gate-charge row of a name with its test's VGS, ID and drain supply, or null. */
	static Parameter typical(Device d, String name) {
		for (Parameter p : Fits.rows(d, name, "VGS", "ID")) {
			if (p.typ() != null && drainVoltage(p) > 0) {
				return p;
			}
		}
		return null;
	}

	/** The test's drain supply: VDS, or VDD where the datasheet names the supply. */
	static double drainVoltage(Parameter p) {
		Double v = p.condition("VDS");
		if (v == null) {
			v = p.condition("VDD");
		}
		return v == null ? Double.NaN : Math.abs(v);
	}

	/** The card's fitted channel, or null before it is fitted. */
	static GateCharge.Channel channel(ModelCard card) {
		Double vto = card.value("VTO");
		Double kp = card.value("KP");
		if (vto == null || kp == null) {
			return null;
		}
		Double ksub = card.value("KSUBTHRES");
		return new GateCharge.Channel(Math.abs(vto), kp, orZero(card.value("LAMBDA")), orZero(card.value("RS")),
				orZero(card.value("RD")), ksub == null ? VdmosFitter.KSUBTHRES : ksub,
				card.value("MTRIODE") == null ? 1 : card.value("MTRIODE"), orZero(card.value("THETA")));
	}

	private static double orZero(Double v) {
		return v == null ? 0 : v;
	}
}
