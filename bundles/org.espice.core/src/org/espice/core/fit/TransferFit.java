package org.espice.core.fit;

import static org.espice.core.fit.ChannelFit.MIN_RS_SHARE;
import static org.espice.core.fit.ChannelFit.broken;
import static org.espice.core.fit.ChannelFit.residuals;
import static org.espice.core.fit.ChannelFit.transferError;
import static org.espice.core.fit.ChannelPoint.MAX_KSUB;
import static org.espice.core.fit.ChannelPoint.MIN_KSUB;
import static org.espice.core.fit.ChannelPoint.floored;
import static org.espice.core.fit.ChannelPoint.lawAt;
import static org.espice.core.fit.ChannelPoint.minKsub;
import static org.espice.core.fit.ChannelPoint.withLambda;
import static org.espice.core.fit.ChannelPoint.withMobility;
import static org.espice.core.fit.ChannelPoint.withShare;
import static org.espice.core.fit.ChannelPoint.withSlope;
import static org.espice.core.fit.ChannelPoint.withTriode;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

import org.espice.core.Device;
import org.espice.core.Parameter;
import org.espice.core.TaskMonitor;
import org.espice.core.spice.Check;
import org.espice.core.spice.Target;

/**
 * The channel law fitted with a MOSFET's transfer curve ({@link ChannelFit}): KSUBTHRES free, MTRIODE where the rows
 * give the on-resistance at two gate voltages, the saturated output points of a {@link DrainSlope} (with LAMBDA where
 * they lie apart from the curve's drain voltage), THETA where the curve is followed past twice the rating, tried with
 * the source drop held and the source's share free as {@link Retry} orders, each refused where the square law cannot
 * follow the curve, follows it only through the source resistance, or breaks a table value the tables-only law met.
 * VTO may rise above its bound from the threshold row up to the curve's first gate voltage.
 */
final class TransferFit {

	/**
	 * A fit whose source drop at the curve's top current exceeds this multiple of the channel's overdrive has bent a
	 * straight curve with the source resistance instead of describing the channel, and is left out.
	 */
	static final double MAX_SOURCE_SHARE = 2;
	/** A transfer curve the square law misses by more than this (rms of the gate voltage) is left out. */
	static final double MAX_TRANSFER_RMS = 0.10;
	/**
	 * The largest THETA a fit may give: KP then halves by a gate voltage of 1 V, about the least threshold of the
	 * parts drawn, and falls tenfold by 9 V.
	 */
	static final double MAX_THETA = 1;

	/** How the card says a fit followed the curve only through the source resistance. */
	private static final String SOURCE_REFUSAL = "the square law follows it only through its source resistance";

	private TransferFit() {
	}

	/** The fit with the transfer curve, or why it was refused. */
	record Outcome(ChannelFit.Result result, String refused) {
	}

	/**
	 * The law on the rows and the transfer curve (with LAMBDA on the saturated output points of {@code slope}, where
	 * not null, and THETA up to {@link #MAX_THETA} where {@code mobile}), tried as {@link Retry} orders, or the first
	 * refusal.
	 */
	static Outcome fit(Device d, List<Check> checks, Parameter gfs, TransferCurves.Curve transfer,
			SquareLaw law, boolean ohmic, DrainSlope slope, boolean mobile, double[] start, double[] lo, double[] hi,
			TaskMonitor monitor) {
		// the fit with the curve on the curve points use selects, the source drop held or not, the source's share of
		// the external resistance at the default or fitted; LAMBDA joins it only where the saturated points lie apart
		// from the transfer curve's drain voltage
		boolean sloped = slope != null && slope.max() > 0;
		CurveFit withCurve = (use, held, free) -> {
			double[] s = withSlope(start, VdmosFitter.KSUBTHRES);
			double[] l = withSlope(lo, MIN_KSUB);
			double[] h = withSlope(hi, MAX_KSUB);
			// the channel conducts at every gate voltage the curve draws: its threshold lies under the first one, however
			// far above the threshold row's weak-inversion gate voltage a soft weak-inversion slope puts it
			h[0] = Math.max(h[0], transfer.vgs()[0]);
			if (free) {
				s = withShare(s, VdmosFitter.RS_SHARE);
				l = withShare(l, MIN_RS_SHARE);
				h = withShare(h, VdmosFitter.RS_SHARE);
			}
			if (ohmic) {
				s = withTriode(s, 1);
				l = withTriode(l, OutputFit.MIN_MTR);
				h = withTriode(h, OutputFit.MAX_MTR);
			}
			if (sloped) {
				s = withLambda(s, 0);
				l = withLambda(l, 0);
				h = withLambda(h, slope.max());
			}
			if (mobile) {
				s = withMobility(s, 0);
				l = withMobility(l, 0);
				h = withMobility(h, MAX_THETA);
			}
			return floored(s, l, h, minKsub(d), x -> {
				SquareLaw q = lawAt(x, ohmic, sloped, mobile);
				double[] r = residuals(checks, gfs, transfer, use, q);
				if (slope != null) {
					r = concat(r, slope.residuals(q));
				}
				return held ? sourceHeld(r, transfer, q) : r;
			}, monitor);
		};
		// the curve's fit with the default share; where refused, fitted again with the source drop held under the
		// channel's overdrive (where the source resistance bent a straight curve, the channel may describe it after
		// all), then with the share free (no law with the default share follows it: the drift region may take more),
		// then with both
		String refused = null;
		for (Retry r : Retry.values()) {
			if (r.held && !refused.startsWith(SOURCE_REFUSAL)) {
				continue;
			}
			LeastSquares.Result all = withCurve.apply(k -> true, r.held, r.free);
			SquareLaw fitted = lawAt(all.point(), ohmic, sloped, mobile);
			String why = refusal(transfer, fitted, law, checks, gfs);
			if (why == null) {
				SquareLaw train = lawAt(withCurve.apply(k -> k % 3 != 2, r.held, r.free).point(), ohmic, sloped,
						mobile);
				int n = transfer.current().length;
				String heldOut = n < 3 ? "" : Fits.fmt(", every third held out: %.1f %%",
						100 * transferRms(transfer, train, k -> k % 3 == 2));
				String figures = Fits.fmt("; %s (%d points up to %s A, gate voltage rms %.1f %%%s)",
						transfer.describe(), n, Target.fmt(transfer.current()[n - 1]),
						100 * transferRms(transfer, train, k -> k % 3 != 2), heldOut);
				String lambdaFrom = fitted.lambda() > 0 ? slope.describe(fitted) : null;
				String thetaFrom = fitted.theta() > 0 ? Fits.fmt("same fit as VTO: KP falls with the gate voltage "
						+ "as the %s bends up to %s A%s", transfer.describe(), Target.fmt(transfer.current()[n - 1]),
						fitted.theta() >= MAX_THETA * (1 - 1e-9) ? Fits.fmt(" (held at its most, %.3g /V)", MAX_THETA)
								: "") : null;
				return new Outcome(new ChannelFit.Result(fitted, all.rms(), figures, transfer.describe(), lambdaFrom,
						thetaFrom), null);
			}
			refused = refused == null ? why : refused;
		}
		return new Outcome(null, refused);
	}

	/** The fits of a transfer curve in the order they are tried, each only where those before it were refused. */
	private enum Retry {
		/** With the default source share. */
		DEFAULT(false, false),
		/** With the source drop held under the channel's overdrive, only after a refusal for the source drop. */
		SOURCE_HELD(true, false),
		/** With the source's share of the external resistance fitted. */
		SHARE_FREE(false, true),
		/**
		 * Both, only after a refusal for the source drop: held, the fit may still break gfs through a source
		 * resistance the drift region does not leave it.
		 */
		SHARE_FREE_SOURCE_HELD(true, true);

		final boolean held;
		final boolean free;

		Retry(boolean held, boolean free) {
			this.held = held;
			this.free = free;
		}
	}

	/** A fit with the transfer curve on the points {@code use} selects. */
	private interface CurveFit {
		/**
		 * @param held whether the source drop is held under the channel's overdrive ({@link #sourceHeld})
		 * @param free whether the source's share of the external resistance is fitted too
		 */
		LeastSquares.Result apply(IntPredicate use, boolean held, boolean free);
	}

	/**
	 * The residuals with one more that holds the source drop at the curve's top current to half the share
	 * {@link #MAX_SOURCE_SHARE} of the channel's overdrive allows: the source resistance and a high KP straighten a
	 * curve alike, and only the channel describes it.
	 */
	private static double[] sourceHeld(double[] residuals, TransferCurves.Curve transfer, SquareLaw law) {
		double top = transfer.current()[transfer.current().length - 1];
		double share = top * law.rs() / (MAX_SOURCE_SHARE * Math.sqrt(2 * top / law.kp()));
		double[] out = Arrays.copyOf(residuals, residuals.length + 1);
		out[residuals.length] = SOURCE_PENALTY * Math.max(0, share - SOURCE_HELD);
		return out;
	}

	/** The sourceHeld residual's weight, and the share of the limit where it starts. */
	private static final double SOURCE_PENALTY = 10, SOURCE_HELD = 0.5;

	/**
	 * Why the fit {@code curved} that takes in the transfer curve is not used, or null when it is: the square law
	 * cannot follow the curve (likely misread, or drawn past where the law holds), follows it only through the source
	 * resistance, or following it breaks a table value the tables-only fit {@code plain} met.
	 */
	private static String refusal(TransferCurves.Curve transfer, SquareLaw curved,
			SquareLaw plain, List<Check> checks, Parameter gfs) {
		double rms = transferRms(transfer, curved, k -> true);
		if (rms > MAX_TRANSFER_RMS) {
			return Fits.fmt("the square law misses its gate voltages by %.1f %% rms", 100 * rms);
		}
		double top = transfer.current()[transfer.current().length - 1];
		double channel = Math.sqrt(2 * top / curved.kp());
		double source = top * curved.rs();
		if (source > MAX_SOURCE_SHARE * channel) {
			return Fits.fmt(SOURCE_REFUSAL + " (at %s A the source drop is"
					+ " %.2f V, the channel's overdrive %.2f V): a straight curve the law does not describe",
					Target.fmt(top), source, channel);
		}
		String broken = broken(curved, plain, checks, gfs);
		return broken == null ? null : "following it " + broken;
	}

	private static double[] concat(double[] a, double[] b) {
		double[] out = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, out, a.length, b.length);
		return out;
	}

	/** The rms relative error of the model's gate voltage over the curve's points where {@code use} holds. */
	static double transferRms(TransferCurves.Curve c, SquareLaw law, IntPredicate use) {
		double sum = 0;
		int n = 0;
		for (int k = 0; k < c.current().length; k++) {
			if (use.test(k)) {
				double e = transferError(c, k, law);
				sum += e * e;
				n++;
			}
		}
		return n == 0 ? 0 : Math.sqrt(sum / n);
	}
}
