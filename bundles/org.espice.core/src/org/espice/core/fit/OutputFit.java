package org.espice.core.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import org.espice.core.Parameter;
import org.espice.core.spice.Check;
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;

/**
 * MTRIODE from a MOSFET's output curves in their ohmic part ({@link OutputCurves}). The channel fit meets the table's
 * RDS(on) at its gate voltage and the transfer curve in saturation; the square law then sets the on-resistance at
 * every other gate voltage through KP alone, and datasheets often draw the ohmic region conducting up to several
 * times better than the saturation's KP gives. ngspice's VDMOS multiplies the drain voltage by MTRIODE in the ohmic
 * region and leaves saturation as it is, so the transfer curve, gfs and the Miller plateau stay as fitted. MTRIODE is chosen on the curves' points with the drain resistance solved so that the table's RDS(on) stays
 * as the channel fit modelled it (the source resistance held); it is kept only where it follows the curves
 * {@link #GAIN} times better than MTRIODE 1 (and by a point of rms) on all their points or on every third held out of
 * its choice, and no worse on the other, and breaks no table value the channel fit met.
 */
final class OutputFit {

	/**
	 * How much better than MTRIODE 1 the fitted one must follow the curves to be kept: this many times, and by at
	 * least {@link #LEAST_GAIN} of rms (under it the gain is the reading's own noise).
	 */
	static final double GAIN = 1.25, LEAST_GAIN = 0.01;
	/**
	 * The range searched. Under 1 the ohmic region would reach past the saturation voltage, into the drain voltages
	 * of the threshold, gfs and gate-charge tests; over 5 ngspice 39 was seen to lose the operating point of a drain
	 * fed by a current source (a 0.2 A RDS(on) test at MTRIODE 7, 8 and 10, not at 5.5 or under).
	 */
	static final double MIN_MTR = 1, MAX_MTR = 5;
	/** The largest log error one point counts with (a factor of 3). */
	static final double CAP = Math.log(3);
	/** Grid steps over ln MTRIODE before the golden-section refinement. */
	private static final int GRID = 40;

	/**
	 * @param law    the channel with its fitted MTRIODE and drain resistance
	 * @param origin the card's account of MTRIODE
	 * @param rd     the card's account of the drain resistance solved with it
	 */
	record Result(SquareLaw law, String origin, String rd) {
	}

	/**
	 * One ohmic point: its on-resistance read off the curve, as the RDS(on) check at its gate voltage and current
	 * (magnitudes), and its index there.
	 */
	private record Point(Check check, double ron, int index) {

		static Point of(double vgs, double id, double ron, int index) {
			Map<String, Double> c = new LinkedHashMap<>();
			c.put("VGS", vgs);
			c.put("ID", id);
			Parameter row = new Parameter("RDS_ON", null, ron, null, "Ohm", c, null);
			return new Point(new Check(row, Probe.RDS_ON, Target.of(row)), ron, index);
		}
	}

	private OutputFit() {
	}

	/**
	 * The channel {@code law} with MTRIODE fitted to the output curves' ohmic parts ({@link OutputCurves#find}) and RD
	 * solved with it, or null where none is drawn or the fit does not earn its place (see {@link OutputFit}).
	 * {@code checks} are the channel fit's table rows (the threshold first, then RDS(on)), {@code gfs} its
	 * transconductance row or null.
	 */
	static Result fit(SquareLaw law, List<Check> checks, Parameter gfs, List<OutputCurves.Ohmic> ohmic) {
		Check ron = checks.stream().filter(c -> c.probe() == Probe.RDS_ON).findFirst().orElse(null);
		if (ohmic.isEmpty() || ron == null) {
			return null;
		}
		List<Point> pts = new ArrayList<>();
		for (OutputCurves.Ohmic o : ohmic) {
			for (int k = 0; k < o.id().length; k++) {
				pts.add(Point.of(o.vgs(), o.id()[k], o.ron(k), o.index()[k]));
			}
		}
		IntPredicate all = k -> true;
		IntPredicate train = k -> k % 3 != 2;
		IntPredicate heldOut = k -> k % 3 == 2;
		double top = feasible(law, ron, checks, gfs);
		double best = choose(law, ron, pts, all, top);
		double trained = choose(law, ron, pts, train, top);
		SquareLaw fitted = at(law, ron, best);
		SquareLaw one = at(law, ron, 1);
		if (fitted == null || one == null) {
			return null;
		}
		double rmsFit = rms(fitted, pts, all);
		double rmsOne = rms(one, pts, all);
		SquareLaw fromTrain = at(law, ron, trained);
		double heldFit = fromTrain == null ? Double.POSITIVE_INFINITY : rms(fromTrain, pts, heldOut);
		double heldOne = rms(one, pts, heldOut);
		boolean earns = rmsFit <= rmsOne && heldFit <= heldOne && rmsOne - rmsFit >= LEAST_GAIN
				&& (GAIN * rmsFit <= rmsOne || GAIN * heldFit <= heldOne);
		if (!earns || ChannelFit.broken(fitted, law, checks, gfs) != null) {
			return null;
		}
		String on = OutputCurves.describe(ohmic);
		String origin = Fits.fmt("fitted to %s (%d ohmic points: on-resistance rms %.1f %% against %.1f %% with "
				+ "MTRIODE 1; every third held out: %.1f %% against %.1f %%); saturation as the channel fit left it",
				on, pts.size(), 100 * rmsFit, 100 * rmsOne, 100 * heldFit, 100 * heldOne);
		String rd = "the external resistance less RS, " + Target.fmt(fitted.rext()) + " Ohm, solved with MTRIODE so "
				+ "that " + Fits.from(ron.parameter(), ron.target()) + " stays as the channel fit modelled it";
		return new Result(fitted, origin, rd);
	}

	/**
	 * The MTRIODE from {@link #MIN_MTR} up to e^{@code top} that follows the points {@code use} selects best, the drain
	 * resistance solved with each.
	 */
	private static double choose(SquareLaw law, Check ron, List<Point> pts, IntPredicate use,
			double top) {
		double from = Math.log(MIN_MTR);
		if (top - from < 1e-9) {
			return MIN_MTR;
		}
		double x = JunctionFit.Figures.minimise(lnM -> {
			SquareLaw l = at(law, ron, Math.exp(lnM));
			return l == null ? Double.POSITIVE_INFINITY : rms(l, pts, use);
		}, from, top, GRID);
		return Math.exp(x);
	}

	/**
	 * The largest ln MTRIODE up to which the law breaks no table value the channel fit met (its other RDS(on) rows move
	 * with MTRIODE): stepped up from {@link #MIN_MTR} on twice the search's grid step.
	 */
	private static double feasible(SquareLaw law, Check ron, List<Check> checks, Parameter gfs) {
		double from = Math.log(MIN_MTR);
		double step = (Math.log(MAX_MTR) - from) / GRID * 2;
		double top = from;
		for (int i = 1; i <= GRID / 2; i++) {
			SquareLaw l = at(law, ron, Math.exp(from + i * step));
			if (l == null || ChannelFit.broken(l, law, checks, gfs) != null) {
				break;
			}
			top = from + i * step;
		}
		return top;
	}

	/**
	 * The law with MTRIODE {@code mtr} and the external resistance that keeps the modelled RDS(on) of {@code ron}: the
	 * channel's drop there scales by 1/MTRIODE and the drain resistance takes up the difference. Null where the drain
	 * resistance would have to fall below nothing.
	 */
	static SquareLaw at(SquareLaw law, Check ron, double mtr) {
		double r = VdmosFitter.predict(ron, law);
		double channel = (r - law.rext()) * law.mtr();
		double rext = r - channel / mtr;
		return rext > law.rs() ? law.ohmic(mtr, rext) : null;
	}

	/** The rms log error of the law's on-resistance over the points {@code use} selects by their index on a curve. */
	private static double rms(SquareLaw law, List<Point> pts, IntPredicate use) {
		double sum = 0;
		int n = 0;
		for (Point p : pts) {
			if (use.test(p.index())) {
				// a point the channel cannot carry at all is the saturation's miss, not the ohmic region's: capped
				double e = Math.min(CAP, Math.abs(Math.log(VdmosFitter.predict(p.check(), law) / p.ron())));
				sum += e * e;
				n++;
			}
		}
		return n == 0 ? 0 : Math.sqrt(sum / n);
	}
}
