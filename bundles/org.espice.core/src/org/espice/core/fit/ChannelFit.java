package org.espice.core.fit;

import static org.espice.core.fit.ChannelPoint.MAX_KSUB;
import static org.espice.core.fit.ChannelPoint.MIN_KSUB;
import static org.espice.core.fit.ChannelPoint.floored;
import static org.espice.core.fit.ChannelPoint.lawAt;
import static org.espice.core.fit.ChannelPoint.minKsub;
import static org.espice.core.fit.ChannelPoint.tablesLaw;
import static org.espice.core.fit.ChannelPoint.withLambda;
import static org.espice.core.fit.ChannelPoint.withShare;
import static org.espice.core.fit.ChannelPoint.withSlope;
import static org.espice.core.fit.ChannelPoint.withTriode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

import org.espice.core.Device;
import org.espice.core.Parameter;
import org.espice.core.TaskMonitor;
import org.espice.core.spice.Check;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;

/**
 * A VDMOS channel's square law by least squares: on the table rows (VGS(th), RDS(on), gfs at half weight) with
 * ngspice's weak-inversion slope held, and then with the room transfer curve ({@link TransferCurves}) and KSUBTHRES
 * fitted too, MTRIODE where the rows give the on-resistance at two gate voltages ({@link #ohmicRows}), and LAMBDA
 * where saturated output curves lie beside the transfer curve at other drain voltages ({@link DrainSlope}). The
 * curve's law is kept unless the square law cannot follow the curve, follows it only through the
 * source resistance (also when fitted again with the source drop held under the channel's overdrive), or breaks a
 * table value the tables-only law met, also with the source's share of the external resistance fitted (and with
 * both); the card then says why it was left out. VTO may rise above its bound from the threshold row up to the curve's
 * first gate voltage. Every third curve point is held out of a first fit and the card gives the error on them.
 * Where no transfer curve is followed, the Miller plateau of the gate-charge curve is the point of it the datasheet
 * draws, and joins the rows ({@link PlateauFit}).
 */
final class ChannelFit {

	/**
	 * The fitted law.
	 *
	 * @param rms          the fit's rms log error
	 * @param curveFigures "; transfer curve at 25 degC p.3 (12 points ...)" when a curve was used, else empty
	 * @param slopeFrom    what set the weak-inversion slope besides the threshold row ("transfer curve at 25 degC
	 *                     p.3"), or null when ngspice's default is held
	 * @param lambdaFrom   the card's account of a fitted LAMBDA, or null where the law's saturation is flat
	 */
	record Result(SquareLaw law, double rms, String curveFigures, String slopeFrom, String lambdaFrom) {
	}

	/**
	 * The transfer curve is fitted up to this multiple of the continuous current rating: the gate-charge test runs at
	 * about the rating, and far above it the drawn (pulsed) current bends away from the square law.
	 */
	static final double RATED_REACH = 2;
	/**
	 * A fit whose source drop at the curve's top current exceeds this multiple of the channel's overdrive has bent a
	 * straight curve with the source resistance instead of describing the channel, and is left out.
	 */
	static final double MAX_SOURCE_SHARE = 2;
	/** A transfer curve the square law misses by more than this (rms of the gate voltage) is left out. */
	static final double MAX_TRANSFER_RMS = 0.10;

	/** How the card says a fit followed the curve only through the source resistance. */
	private static final String SOURCE_REFUSAL = "the square law follows it only through its source resistance";
	/**
	 * The least share of the external resistance the fits may put in the source; the most is the default
	 * {@link VdmosFitter#RS_SHARE}, where the fits start and which stands wherever it meets the data. The source drop
	 * degenerates gfs and lifts the gate voltage at high current, so a gfs the default share cannot reach, a high
	 * plateau beside a printed gfs, or a transfer curve no law with the default share follows says the drift region
	 * takes more of the resistance.
	 */
	static final double MIN_RS_SHARE = 0.01;
	/** Weight of the whole transfer curve against one table row. */
	static final double TRANSFER_WEIGHT = 1;

	private ChannelFit() {
	}

	/**
	 * The law on {@code checks} (and gfs) from {@code start} = (VTO, ln KP, ln external resistance) within
	 * {@code lo}..{@code hi}, with the transfer curve where it holds.
	 */
	static Result fit(ModelCard card, Device d, List<Check> checks, Parameter gfs, DeviceCurves curves, double[] start,
			double[] lo, double[] hi, TaskMonitor monitor) {
		LeastSquares.Result plain = tablesOnly(checks, gfs, start, lo, hi, monitor);
		SquareLaw law = tablesLaw(plain.point());
		TransferCurves.Curve drawn = TransferCurves.find(curves, RATED_REACH * ratedCurrent(d));
		TransferCurves.Curve transfer = drawn != null ? drawn
				: TransferCurves.fromOutput(curves, RATED_REACH * ratedCurrent(d));
		if (transfer == null) {
			return PlateauFit.fit(card, d, checks, gfs, curves, null, start, lo, hi, plain, monitor);
		}
		// the fit with the curve on the curve points use selects, the source drop held or not, the source's share of
		// the external resistance at the default or fitted
		boolean ohmic = ohmicRows(checks);
		DrainSlope slope = DrainSlope.find(d, curves, drawn, RATED_REACH * ratedCurrent(d));
		boolean sloped = slope != null;
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
			return floored(s, l, h, minKsub(d), x -> {
				SquareLaw q = lawAt(x, ohmic, sloped);
				double[] r = residuals(checks, gfs, transfer, use, q);
				if (sloped) {
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
			SquareLaw fitted = lawAt(all.point(), ohmic, sloped);
			String why = refusal(transfer, fitted, law, checks, gfs);
			if (why == null) {
				SquareLaw train = lawAt(withCurve.apply(k -> k % 3 != 2, r.held, r.free).point(), ohmic, sloped);
				int n = transfer.current().length;
				String heldOut = n < 3 ? "" : Fits.fmt(", every third held out: %.1f %%",
						100 * transferRms(transfer, train, k -> k % 3 == 2));
				String figures = Fits.fmt("; %s (%d points up to %s A, gate voltage rms %.1f %%%s)",
						transfer.describe(), n, Target.fmt(transfer.current()[n - 1]),
						100 * transferRms(transfer, train, k -> k % 3 != 2), heldOut);
				String lambdaFrom = fitted.lambda() > 0 ? slope.describe(fitted) : null;
				return new Result(fitted, all.rms(), figures, transfer.describe(), lambdaFrom);
			}
			refused = refused == null ? why : refused;
		}
		card.note(transfer.describe() + " left out of the channel fit: " + refused);
		return PlateauFit.fit(card, d, checks, gfs, curves, transfer, start, lo, hi, plain, monitor);
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
	 * The law on the tables alone: nothing tells the weak-inversion slope, ngspice's default is held, and so is the
	 * source's default share of the external resistance where the law meets the tables with it. Where it does not, or
	 * meets them only with KP at the search's ceiling (a gfs that the default source's degeneration keeps out of
	 * reach), the share is fitted too, down to {@link #MIN_RS_SHARE}, and kept where it fits better or meets the
	 * tables below the ceiling.
	 */
	private static LeastSquares.Result tablesOnly(List<Check> checks, Parameter gfs, double[] start, double[] lo,
			double[] hi, TaskMonitor monitor) {
		LeastSquares.Result fit = LeastSquares.fit(start, lo, hi,
				x -> residuals(checks, gfs, null, k -> true, tablesLaw(withShare(x, VdmosFitter.RS_SHARE))), monitor);
		LeastSquares.Result held = new LeastSquares.Result(withShare(fit.point(), VdmosFitter.RS_SHARE), fit.rms(),
				fit.iterations());
		// a KP at the search's ceiling is no channel: it stands in for a source drop that keeps gfs out of reach
		boolean kpCeiling = held.point()[1] >= hi[1] - KP_CEILING;
		if (!kpCeiling && metAll(tablesLaw(held.point()), checks, gfs)) {
			return held;
		}
		LeastSquares.Result free = LeastSquares.fit(withShare(start, VdmosFitter.RS_SHARE), withShare(lo, MIN_RS_SHARE),
				withShare(hi, VdmosFitter.RS_SHARE), x -> residuals(checks, gfs, null, k -> true, tablesLaw(x)), monitor);
		if (kpCeiling && free.point()[1] < hi[1] - KP_CEILING && metAll(tablesLaw(free.point()), checks, gfs)) {
			return free;
		}
		return free.rms() < held.rms() ? free : held;
	}

	/** A fitted ln KP this close to its upper bound is at the ceiling. */
	private static final double KP_CEILING = 0.01;

	/** Whether {@code law} meets every table check and gfs. */
	private static boolean metAll(SquareLaw law, List<Check> checks, Parameter gfs) {
		for (Check c : checks) {
			if (!c.target().accepts(VdmosFitter.predict(c, law))) {
				return false;
			}
		}
		return gfs == null || Target.of(gfs).accepts(gfsOf(law, gfs));
	}

	/**
	 * Whether the rows give the on-resistance at two gate voltages or more: the channel's conduction in the ohmic
	 * region is then measured apart from its saturation, which the transfer curve draws, and MTRIODE may join the fit
	 * (the on-resistance's fall from one gate voltage to the next sets KP times MTRIODE, the curve KP).
	 */
	static boolean ohmicRows(List<Check> checks) {
		return checks.stream().filter(c -> c.probe() == Probe.RDS_ON)
				.map(c -> c.condition("VGS", 10)).distinct().count() >= 2;
	}

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

	/**
	 * "breaks RDS_ON typ ..." when the law {@code curved} misses a table value (or gfs) that the tables-only law
	 * {@code plain} met, else null.
	 */
	static String broken(SquareLaw curved, SquareLaw plain, List<Check> checks,
			Parameter gfs) {
		for (Check c : checks) {
			if (c.target().accepts(VdmosFitter.predict(c, plain)) && !c.target().accepts(VdmosFitter.predict(c, curved))) {
				return "breaks " + Fits.from(c.parameter(), c.target());
			}
		}
		if (gfs != null) {
			Target t = Target.of(gfs);
			boolean metPlain = t.accepts(gfsOf(plain, gfs));
			if (metPlain && !t.accepts(gfsOf(curved, gfs))) {
				return "breaks " + Fits.from(gfs, t);
			}
		}
		return null;
	}

	/** The law's transconductance at the gfs row's current and drain voltage (10 V where none is printed, as verified). */
	static double gfsOf(SquareLaw law, Parameter gfs) {
		return law.gfs(Check.condition(gfs, "ID", 1), Check.condition(gfs, "VDS", GFS_VDS));
	}

	/** The drain voltage of a gfs test that prints none: the verifier's. */
	static final double GFS_VDS = 10;

	/** The continuous drain current rating at 25 degC (or with no temperature), NaN when none is printed. */
	static double ratedCurrent(Device d) {
		for (Parameter p : d.all("ID")) {
			Double t = p.condition("T");
			if (Fits.room(t) && p.nominal() != null) {
				return Math.abs(p.nominal());
			}
		}
		return Double.NaN;
	}

	/**
	 * The channel fit's residuals for {@code law}: the table checks, gfs at half weight, and the transfer curve's
	 * points where {@code use} holds, each the relative error of the gate voltage at its current, the curve weighing
	 * {@link #TRANSFER_WEIGHT} table rows in all.
	 */
	static double[] residuals(List<Check> checks, Parameter gfs, TransferCurves.Curve transfer,
			IntPredicate use, SquareLaw law) {
		List<Double> res = new ArrayList<>();
		for (Check c : checks) {
			res.add(c.target().residual(VdmosFitter.predict(c, law)));
		}
		if (gfs != null) {
			res.add(0.5 * Target.of(gfs).residual(gfsOf(law, gfs)));
		}
		if (transfer != null) {
			double w = TRANSFER_WEIGHT / Math.sqrt(transfer.current().length);
			for (int k = 0; k < transfer.current().length; k++) {
				if (use.test(k)) {
					res.add(w * transferError(transfer, k, law));
				}
			}
		}
		return res.stream().mapToDouble(Double::doubleValue).toArray();
	}

	/** The relative error of the model's gate voltage at the transfer curve's k-th current (and its drain voltage). */
	private static double transferError(TransferCurves.Curve c, int k, SquareLaw law) {
		return law.gateFor(c.current()[k], c.vds()) / c.vgs()[k] - 1;
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
