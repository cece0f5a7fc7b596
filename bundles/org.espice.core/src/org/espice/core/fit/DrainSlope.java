package org.espice.core.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.espice.core.Device;
import org.espice.core.Parameter;
import org.espice.core.spice.Target;

/**
 * LAMBDA from a MOSFET's saturated output curves beside its transfer curve ({@link ChannelFit}). ngspice's VDMOS
 * takes KP x (1 + LAMBDA VDS) in both regions; the transfer curve is drawn at one drain voltage, the output curves
 * saturate at others, and where their currents differ at the same gate voltage (low-voltage parts draw 30 to 60 %
 * more current at 15 V than at 1 V near their threshold) the difference is LAMBDA. Each saturated point
 * ({@link OutputSaturation}) is one more point of the transfer characteristic at its own drain voltage: its gate
 * voltage at its current, as the transfer curve's points are. LAMBDA is bounded so that the current at most doubles
 * across the rated V(BR)DSS ({@link #MAX_RISE}): the law is linear in VDS, a drawn output curve flattens, and a
 * larger LAMBDA would multiply the current at a gate-charge test's supply far past anything drawn. Points that only
 * spread about the transfer curve's drain voltage ({@link #SPREAD}) steer the law with LAMBDA held at 0.
 */
final class DrainSlope {

	/** Weight of all the saturated output points together against one table row, as the transfer curve weighs. */
	static final double WEIGHT = 1;
	/** The most the saturation current may rise from VDS = 0 to the rated V(BR)DSS. */
	static final double MAX_RISE = 2;
	/**
	 * The saturated points' median drain voltage must lie this factor or more away from the transfer curve's: drawn at
	 * about the same drain voltage, the two say nothing of LAMBDA.
	 */
	static final double APART = 1.5;
	/**
	 * Saturated points whose drain voltages span this factor join the fit wherever the transfer curve is drawn, as
	 * points of the transfer characteristic; LAMBDA is then held at 0 (fitted to them, 2SK3569's went to its bound,
	 * and its gate-charge test at 400 V then missed QGD by 90 %).
	 */
	static final double SPREAD = 3;

	/** One saturated point of an output curve (magnitudes). */
	record Point(double vgs, double vds, double id) {
	}

	private final List<Point> points;
	private final double max;
	private final String curves;
	private final double transferVds;

	private DrainSlope(List<Point> points, double max, String curves, double transferVds) {
		this.points = points;
		this.max = max;
		this.curves = curves;
		this.transferVds = transferVds;
	}

	/**
	 * The saturated output points of the part up to {@code reach} amperes beside the transfer curve {@code drawn}, or
	 * null where the datasheet draws no transfer curve, or no saturated output curve apart from it ({@link #APART})
	 * or spread in drain voltage ({@link #SPREAD}). LAMBDA is fitted only to points apart from a transfer curve drawn
	 * at a known drain voltage, where a V(BR)DSS is printed to bound it.
	 */
	static DrainSlope find(Device d, DeviceCurves curves, TransferCurves.Curve drawn, double reach) {
		Parameter vdss = Fits.row(d, "VDSS");
		Double rated = vdss == null ? null : vdss.min() != null ? vdss.min() : vdss.nominal();
		if (drawn == null) {
			return null;
		}
		boolean bounded = drawn.vds() > 0 && rated != null && Math.abs(rated) > 0;
		List<OutputSaturation.Saturated> sat = OutputSaturation.find(curves);
		List<Point> pts = new ArrayList<>();
		for (OutputSaturation.Saturated s : sat) {
			for (int k = 0; k < s.vds().length; k++) {
				if (!(s.id()[k] > reach)) {
					pts.add(new Point(s.vgs(), s.vds()[k], s.id()[k]));
				}
			}
		}
		if (pts.isEmpty()) {
			return null;
		}
		double[] v = pts.stream().mapToDouble(Point::vds).sorted().toArray();
		double median = v[v.length / 2];
		boolean beside = bounded && (median >= APART * drawn.vds() || drawn.vds() >= APART * median);
		if (!beside && v[v.length - 1] < SPREAD * v[0]) {
			return null;
		}
		String at = sat.stream().filter(s -> Arrays.stream(s.id()).anyMatch(i -> !(i > reach)))
				.map(s -> Target.fmt(s.vgs())).collect(Collectors.joining(", "));
		String what = "saturated output curves at VGS = " + at + " V p." + sat.get(0).page();
		return new DrainSlope(List.copyOf(pts), beside ? (MAX_RISE - 1) / Math.abs(rated) : 0, what, drawn.vds());
	}

	/**
	 * The largest LAMBDA allowed: 0 where the points only spread about the transfer curve's drain voltage, which they
	 * then steer the law at without a slope of their own.
	 */
	double max() {
		return max;
	}

	/** The residuals of {@code law}: the relative error of its gate voltage at each point's current and drain. */
	double[] residuals(SquareLaw law) {
		double w = WEIGHT / Math.sqrt(points.size());
		double[] out = new double[points.size()];
		for (int k = 0; k < out.length; k++) {
			out[k] = w * error(law, points.get(k));
		}
		return out;
	}

	/**
	 * How far {@code law}'s saturation current lies from the points' currents: the median of |ln(model / drawn)| at
	 * each point's gate and drain voltage, as the output curves are read and checked.
	 */
	double currentError(SquareLaw law) {
		double[] e = points.stream().mapToDouble(p -> Math.abs(Math.log(law.currentAt(p.vgs(), p.vds()) / p.id())))
				.sorted().toArray();
		return e[e.length / 2];
	}

	/** The card's account of LAMBDA fitted on these points with {@code law}. */
	String describe(SquareLaw law) {
		double sum = 0;
		for (Point p : points) {
			double e = error(law, p);
			sum += e * e;
		}
		double lo = points.stream().mapToDouble(Point::vds).min().orElse(0);
		double hi = points.stream().mapToDouble(Point::vds).max().orElse(0);
		return Fits.fmt("same fit as VTO: the %s (%d points at VDS %s to %s V, gate voltage rms %.1f %%) beside the "
				+ "transfer curve at VDS %s V; at most %.3g /V, so that the current at most doubles across V(BR)DSS",
				curves, points.size(), Target.fmt(lo), Target.fmt(hi), 100 * Math.sqrt(sum / points.size()),
				Target.fmt(transferVds), max);
	}

	private static double error(SquareLaw law, Point p) {
		return law.gateFor(p.id(), p.vds()) / p.vgs() - 1;
	}
}
