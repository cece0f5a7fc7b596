package org.espice.core.fit;

import java.util.Arrays;
import java.util.List;

import org.espice.core.Device;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.spice.Check;

/**
 * A JFET's law fitted to the unit its datasheet draws ({@link JfetCurves}): VTO, BETA and RD+RS by least squares on
 * the relative error of each drawn current, and LAMBDA where the curves run on past saturation as far again as the
 * largest gate overdrive (else its default: the first volts past the knee show the knee's softness, not the channel's
 * shortening). The unit is the part's only where the law keeps the table's rows ({@link DeviceCurves#agrees}); a
 * unit that breaks one is a unit of another grade of the family.
 */
final class JfetUnitFit {

	/** LAMBDA's upper bound on a unit's curves, /V. */
	static final double MAX_LAMBDA = 0.1;
	/** How far past the largest gate overdrive the curves must run for LAMBDA to be fitted, as a multiple of it. */
	static final double SATURATION_REACH = 2;
	/** The pinch-off voltages (magnitudes) the fit starts from, V. */
	private static final double[] VTO_STARTS = { 0.5, 1, 2, 4, 8 };

	/**
	 * @param law     the fitted law
	 * @param rms     the rms relative error of the drawn currents
	 * @param lambda  whether LAMBDA was fitted (else it is {@link JfetFitter#LAMBDA})
	 * @param broken  the table row the law breaks, or null when it is the part's unit
	 */
	record Result(JfetCurves.Unit unit, JfetLaw law, double rms, boolean lambda, String broken) {
	}

	private JfetUnitFit() {
	}

	/** The law of the unit drawn for the device, checked against its table rows; null when no unit is drawn. */
	static Result of(Device d, DeviceCurves curves, List<Check> table, TaskMonitor monitor) throws ProcessingException {
		JfetCurves.Unit unit = JfetCurves.find(d, curves);
		if (unit == null) {
			return null;
		}
		LeastSquares.Result held = fit(unit, false, monitor);
		JfetLaw law = law(held.point());
		double overdrive = law.vto() + unit.points().stream().mapToDouble(JfetCurves.Point::vgs).max().orElse(0);
		double reach = unit.points().stream().mapToDouble(JfetCurves.Point::vds).max().orElse(0);
		LeastSquares.Result r = reach >= SATURATION_REACH * overdrive ? fit(unit, true, monitor) : held;
		JfetLaw fitted = law(r.point());
		String broken = null;
		for (Check c : table) {
			if (broken == null && !DeviceCurves.agrees(fitted.predict(c), c.parameter())) {
				broken = Fits.from(c.parameter(), c.target());
			}
		}
		return new Result(unit, fitted, r.rms(), r != held, broken);
	}

	/**
	 * VTO, ln BETA, ln RD+RS and LAMBDA (held at its default unless {@code lambda}) on the unit's points, from each of
	 * {@link #VTO_STARTS} with BETA putting the largest current drawn at that pinch-off; the best fit is kept.
	 */
	private static LeastSquares.Result fit(JfetCurves.Unit unit, boolean lambda, TaskMonitor monitor)
			throws ProcessingException {
		List<JfetCurves.Point> pts = unit.points();
		double idMax = pts.stream().mapToDouble(JfetCurves.Point::id).max().orElse(1e-3);
		int n = lambda ? 4 : 3;
		double[] lo = Arrays.copyOf(new double[] { 0.05, Math.log(1e-7), Math.log(1e-3), 0 }, n);
		double[] hi = Arrays.copyOf(new double[] { 50, Math.log(10), Math.log(1e4), MAX_LAMBDA }, n);
		LeastSquares.Result best = null;
		for (double vto0 : VTO_STARTS) {
			double[] start = Arrays.copyOf(new double[] { vto0, Math.log(idMax / (vto0 * vto0)), 0, JfetFitter.LAMBDA },
					n);
			LeastSquares.Result r = LeastSquares.fit(start, lo, hi, x -> {
				JfetLaw j = law(x);
				double[] res = new double[pts.size() + 1];
				for (int i = 0; i < pts.size(); i++) {
					JfetCurves.Point q = pts.get(i);
					res[i] = j.id(q.vgs(), q.vds()) / q.id() - 1;
				}
				res[pts.size()] = 0.02 * x[2]; // RD+RS drawn to 1 Ohm where the curves do not tell it
				return res;
			}, monitor);
			if (best == null || r.rms() < best.rms()) {
				best = r;
			}
		}
		return best;
	}

	private static JfetLaw law(double[] x) {
		return new JfetLaw(x[0], Math.exp(x[1]), Math.exp(x[2]), x.length > 3 ? x[3] : JfetFitter.LAMBDA);
	}
}
