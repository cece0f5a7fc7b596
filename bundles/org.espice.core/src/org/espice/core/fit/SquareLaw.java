package org.espice.core.fit;

import java.util.function.DoubleUnaryOperator;

/**
 * The channel's square law with its weak-inversion slope, as ngspice's VDMOS computes it (n-channel magnitudes).
 *
 * @param rext    the external (drain plus source) resistance
 * @param ksub    KSUBTHRES: the overdrive is ksub ln(1 + exp(vgst / ksub))
 * @param rsShare the share of {@code rext} in the source ({@link VdmosFitter#RS_SHARE} unless fitted)
 * @param mtr     MTRIODE: ngspice's VDMOS scales the drain voltage by it in the ohmic region, where the channel
 *                then conducts mtr times as well; saturation is left as it is (1 unless fitted, {@link OutputFit})
 * @param lambda  LAMBDA: ngspice's VDMOS takes KP x (1 + LAMBDA VDS) in both regions, so {@code kp} is the channel's
 *                at VDS = 0 (0 unless fitted, {@link ChannelFit}: the card's default is then nearly flat)
 * @param theta   THETA: ngspice's VDMOS divides KP by (1 + THETA VGS) in both regions, VGS the channel's own gate
 *                voltage (inside RS), so that the current grows more slowly than the square law at a high gate
 *                voltage (0 unless fitted, {@link ChannelFit})
 */
record SquareLaw(double vto, double kp, double rext, double ksub, double rsShare, double mtr, double lambda,
		double theta) {

	/** The law with the default source share. */
	SquareLaw(double vto, double kp, double rext, double ksub) {
		this(vto, kp, rext, ksub, VdmosFitter.RS_SHARE);
	}

	/** The law with ngspice's default ohmic region (MTRIODE 1). */
	SquareLaw(double vto, double kp, double rext, double ksub, double rsShare) {
		this(vto, kp, rext, ksub, rsShare, 1);
	}

	/** The law with a flat saturation (LAMBDA 0). */
	SquareLaw(double vto, double kp, double rext, double ksub, double rsShare, double mtr) {
		this(vto, kp, rext, ksub, rsShare, mtr, 0);
	}

	/** The law with KP not falling with the gate voltage (THETA 0). */
	SquareLaw(double vto, double kp, double rext, double ksub, double rsShare, double mtr, double lambda) {
		this(vto, kp, rext, ksub, rsShare, mtr, lambda, 0);
	}

	/** The same law with MTRIODE {@code newMtr}. */
	SquareLaw triode(double newMtr) {
		return new SquareLaw(vto, kp, rext, ksub, rsShare, newMtr, lambda, theta);
	}

	/** The same law with LAMBDA {@code newLambda}. */
	SquareLaw sloped(double newLambda) {
		return new SquareLaw(vto, kp, rext, ksub, rsShare, mtr, newLambda, theta);
	}

	/** The same law with THETA {@code newTheta}. */
	SquareLaw mobility(double newTheta) {
		return new SquareLaw(vto, kp, rext, ksub, rsShare, mtr, lambda, newTheta);
	}

	/** The same saturation with another ohmic region: MTRIODE and the external resistance, the source's held. */
	SquareLaw ohmic(double newMtr, double newRext) {
		return new SquareLaw(vto, kp, newRext, ksub, rs() / newRext, newMtr, lambda, theta);
	}

	/**
	 * The law at a fit's point (VTO, ln KP, ln rext and, when fitted, ln KSUBTHRES and then ln of the source's
	 * share).
	 */
	static SquareLaw of(double[] x) {
		return new SquareLaw(x[0], Math.exp(x[1]), Math.exp(x[2]), x.length > 3 ? Math.exp(x[3]) : VdmosFitter.KSUBTHRES,
				x.length > 4 ? Math.exp(x[4]) : VdmosFitter.RS_SHARE);
	}

	/** The source resistance. */
	double rs() {
		return rext * rsShare;
	}

	/** KP at the drain voltage {@code vds} (a drain voltage not known counts as 0), before THETA. */
	double kpAt(double vds) {
		return Double.isFinite(vds) ? kp * (1 + lambda * vds) : kp;
	}

	/** KP at the drain voltage {@code vds} and the channel's own gate voltage {@code vgs} (inside RS). */
	double kpAt(double vds, double vgs) {
		return kpAt(vds) / (1 + theta * vgs);
	}

	/** The gate voltage at which the channel carries {@code id} in saturation near VDS = 0, source drop included. */
	double gateFor(double id) {
		return gateFor(id, 0);
	}

	/** The gate voltage at which the channel carries {@code id} in saturation at {@code vds}, source drop included. */
	double gateFor(double id, double vds) {
		return vto + overdrive(id, vds) + id * rs();
	}

	/** The channel's overdrive (its own gate voltage less VTO) at which it carries {@code id} in saturation. */
	double overdrive(double id, double vds) {
		double beta = kpAt(vds);
		return overdrive(vto, theta, beta, b -> VdmosFitter.overdriveFor(Math.sqrt(2 * id / b), ksub));
	}

	/**
	 * The overdrive {@code at} gives at KP {@code beta / (1 + theta (vto + overdrive))}: with THETA, KP depends on the
	 * gate voltage the overdrive sets, so it is solved by iteration. Each step moves the overdrive by less than half
	 * its last move (KP falls more slowly than the overdrive rises), so it converges from THETA 0's overdrive.
	 */
	static double overdrive(double vto, double theta, double beta, DoubleUnaryOperator at) {
		double v = at.applyAsDouble(beta);
		for (int k = 0; theta != 0 && k < MOBILITY_STEPS; k++) {
			double next = at.applyAsDouble(beta / (1 + theta * (vto + v)));
			if (Math.abs(next - v) <= 1e-12 * (1 + Math.abs(next))) {
				return next;
			}
			v = next;
		}
		return v;
	}

	/** The most steps {@link #overdrive(double, double, double, DoubleUnaryOperator)} takes. */
	private static final int MOBILITY_STEPS = 100;

	/**
	 * The saturation current at gate voltage {@code vgs} and drain voltage {@code vds}, source drop included: the
	 * inverse of {@link #gateFor(double, double)}, by bisection in ln ID.
	 */
	double currentAt(double vgs, double vds) {
		double lo = Math.log(MIN_CURRENT);
		double hi = Math.log(MAX_CURRENT);
		if (!(gateFor(MIN_CURRENT, vds) < vgs)) {
			return MIN_CURRENT;
		}
		for (int k = 0; k < BISECTIONS; k++) {
			double mid = 0.5 * (lo + hi);
			if (gateFor(Math.exp(mid), vds) < vgs) {
				lo = mid;
			} else {
				hi = mid;
			}
		}
		return Math.exp(0.5 * (lo + hi));
	}

	/** The range and steps of {@link #currentAt}'s search. */
	private static final double MIN_CURRENT = 1e-15, MAX_CURRENT = 1e6;
	private static final int BISECTIONS = 50;

	/**
	 * The gate voltage of the threshold test at {@code id}: gate and drain tied, so the drain sits at the gate voltage.
	 */
	double thresholdFor(double id) {
		double v = gateFor(id, 0);
		return lambda == 0 ? v : gateFor(id, gateFor(id, v));
	}

	/**
	 * The transconductance at the terminals in saturation at {@code id} and {@code vds}, as ngspice measures it: the
	 * channel's sqrt(2 KP ID) times the slope of the weak-inversion overdrive there (near 1 well above the threshold),
	 * degenerated by the source resistance.
	 */
	double gfs(double id, double vds) {
		double vgst = overdrive(id, vds);
		double k = kpAt(vds, vto + vgst);
		double eff = Math.sqrt(2 * id / k);
		// d ID / d VGS of KP/(1 + THETA VGS) x eff^2/2: the overdrive's part, less the mobility's
		double gm = k * eff / (1 + Math.exp(-vgst / ksub)) - theta * id / (1 + theta * (vto + vgst));
		return gm / (1 + gm * rs());
	}
}
