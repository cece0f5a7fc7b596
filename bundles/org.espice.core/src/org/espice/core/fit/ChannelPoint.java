package org.espice.core.fit;

import java.util.Arrays;
import java.util.function.Function;

import org.espice.core.Device;
import org.espice.core.Parameter;
import org.espice.core.TaskMonitor;

/**
 * How a VDMOS channel's square law sits in the point of a least-squares fit ({@link ChannelFit}, {@link PlateauFit}):
 * VTO, ln KP and ln of the external resistance, then, as a fit frees them, ln KSUBTHRES, ln of the source's share of
 * the external resistance, ln MTRIODE, LAMBDA and THETA; with the bounds of the weak-inversion slope.
 */
final class ChannelPoint {

	/** The weak-inversion slope a transfer curve may set lies between these. */
	static final double MIN_KSUB = 0.02, MAX_KSUB = 0.5;
	/** Where a fit's point holds ln KSUBTHRES: after VTO, ln KP and ln of the external resistance. */
	static final int SLOPE = 3;
	/**
	 * ngspice's VDMOS takes exp((VGS - VTO)/KSUBTHRES) in its weak-inversion overdrive; past an argument of about 709
	 * the double overflows and the model's current turns NaN (ngspice 39: a transient stops with "timestep too small",
	 * a DC sweep prints nan). The slope is kept large enough that this lies beyond the gate's reach.
	 */
	static final double EXP_REACH = 700;
	/**
	 * The least gate voltage a model must stay finite at (the common VGSS rating; a part rated lower is still driven
	 * so in circuits, and a slope this sets, 34 mV, is about the thermal limit n kT/q with n 1.3 anyway), and the margin
	 * over the gate's reach.
	 */
	static final double DEFAULT_VGSS = 20, GATE_MARGIN = 1.2;

	private ChannelPoint() {
	}

	/**
	 * The least weak-inversion slope the model may have: {@link #MIN_KSUB}, or more where a sharper slope would make
	 * ngspice's VDMOS overflow ({@link #EXP_REACH}) within {@link #GATE_MARGIN} of the gate's reach, the largest of
	 * {@link #DEFAULT_VGSS}, its VGSS rating and any test's VGS.
	 */
	static double minKsub(Device d) {
		Parameter vgss = Fits.row(d, "VGSS");
		double reach = DEFAULT_VGSS;
		if (vgss != null && vgss.nominal() != null && Double.isFinite(vgss.nominal())) {
			reach = Math.max(reach, Math.abs(vgss.nominal()));
		}
		for (Parameter p : d.parameters()) {
			Double v = p.condition("VGS");
			if (v != null && Double.isFinite(v)) {
				reach = Math.max(reach, Math.abs(v));
			}
		}
		return Math.max(MIN_KSUB, GATE_MARGIN * reach / EXP_REACH);
	}

	/**
	 * A fit with the weak-inversion slope (index {@link #SLOPE}, in its log) free down to {@link #MIN_KSUB}; where it
	 * lands under {@code least}, fitted again from there with the slope held at {@code least} or above, so that a fit
	 * the floor does not bind stays as it was.
	 */
	static LeastSquares.Result floored(double[] start, double[] lo, double[] hi, double least,
			Function<double[], double[]> residuals, TaskMonitor monitor) {
		LeastSquares.Result r = LeastSquares.fit(start, lo, hi, residuals, monitor);
		if (Math.exp(r.point()[SLOPE]) >= least * (1 - 1e-9)) {
			return r;
		}
		double[] from = r.point().clone();
		double[] floor = lo.clone();
		from[SLOPE] = Math.log(least);
		floor[SLOPE] = Math.log(least);
		return LeastSquares.fit(from, floor, hi, residuals, monitor);
	}

	/**
	 * The tables-only law at a fit's point (VTO, ln KP, ln external resistance, ln of the source's share), with
	 * ngspice's default weak-inversion slope.
	 */
	static SquareLaw tablesLaw(double[] x) {
		return new SquareLaw(x[0], Math.exp(x[1]), Math.exp(x[2]), VdmosFitter.KSUBTHRES, Math.exp(x[3]));
	}

	/** {@code x} with ln of the source's share {@code share} of the external resistance appended. */
	static double[] withShare(double[] x, double share) {
		return appended(x, Math.log(share));
	}

	/** {@code x} with ln MTRIODE {@code mtr} appended. */
	static double[] withTriode(double[] x, double mtr) {
		return appended(x, Math.log(mtr));
	}

	/** {@code x} with LAMBDA {@code lambda} appended (linear: it may sit at 0). */
	static double[] withLambda(double[] x, double lambda) {
		return appended(x, lambda);
	}

	/** {@code x} with THETA {@code theta} appended (linear: it may sit at 0). */
	static double[] withMobility(double[] x, double theta) {
		return appended(x, theta);
	}

	/**
	 * The law at a transfer fit's point ({@link SquareLaw#of}), with ln MTRIODE after it where {@code ohmic}, then
	 * LAMBDA where {@code sloped} and THETA last where {@code mobile}.
	 */
	static SquareLaw lawAt(double[] x, boolean ohmic, boolean sloped, boolean mobile) {
		int n = x.length;
		double theta = mobile ? x[--n] : 0;
		double lambda = sloped ? x[--n] : 0;
		double mtr = ohmic ? Math.exp(x[--n]) : 1;
		return SquareLaw.of(Arrays.copyOf(x, n)).triode(mtr).sloped(lambda).mobility(theta);
	}

	/** {@code x} with ln of the weak-inversion slope {@code ksub} appended. */
	static double[] withSlope(double[] x, double ksub) {
		return appended(x, Math.log(ksub));
	}

	private static double[] appended(double[] x, double value) {
		double[] out = Arrays.copyOf(x, x.length + 1);
		out[x.length] = value;
		return out;
	}
}
