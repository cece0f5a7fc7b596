package org.espice.core.fit;

import org.espice.core.spice.Check;

/**
 * The law of ngspice's NJF (level 1 with its default B = 1, the Shichman-Hodges square law), in the n-channel's signs:
 * the channel between RS and RD, each half of {@code rext}; {@code vto} is the pinch-off voltage's magnitude.
 */
record JfetLaw(double vto, double beta, double rext, double lambda) {

	/** The intrinsic channel's current at gate-source {@code vgs} and drain-source {@code vds}. */
	double channel(double vgs, double vds) {
		double ov = vgs + vto;
		if (ov <= 0 || vds <= 0) {
			return 0;
		}
		double shape = vds >= ov ? ov * ov : vds * (2 * ov - vds);
		return beta * shape * (1 + lambda * vds);
	}

	/** The terminal current, with the drop across RS and RD, by bisection (the channel's current falls as it grows). */
	double id(double vgs, double vds) {
		double lo = 0;
		double hi = channel(vgs, vds);
		for (int k = 0; k < 60 && hi - lo > 1e-12 * hi; k++) {
			double mid = (lo + hi) / 2;
			if (channel(vgs - mid * rext / 2, vds - mid * rext) > mid) {
				lo = mid;
			} else {
				hi = mid;
			}
		}
		return (lo + hi) / 2;
	}

	/** The law's value at a table row's test: IDSS, VGS(off) at its current, RDS(on) at its small VDS. */
	double predict(Check c) {
		double vds = c.condition("VDS", 15);
		switch (c.probe()) {
		case JFET_IDSS:
			return beta * vto * vto * (1 + lambda * vds);
		case JFET_VGS_OFF:
			double id = c.condition("ID", 1e-9);
			return Math.max(1e-3, vto - Math.sqrt(id / (beta * (1 + lambda * vds))));
		case RDS_ON: {
			// the triode at the test's small VDS: ID = BETA (2 VTO - VDS) VDS (1 + LAMBDA VDS), not its VDS -> 0 limit,
			// which understates a low-VTO part's resistance by VDS / 2 VTO (8 % at VTO 0.6 V, VDS 0.1 V)
			double v = Math.min(c.condition("VDS", 0.1), vto);
			return 1 / (beta * (2 * vto - v) * (1 + lambda * v)) + rext;
		}
		default:
			throw new IllegalArgumentException(c.probe().name());
		}
	}
}
