package org.espice.core.fit;

import static org.espice.core.fit.ChannelPoint.tablesLaw;
import static org.espice.core.fit.ChannelPoint.withShare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
 * fitted too ({@link TransferFit}), MTRIODE where the rows give the on-resistance at two gate voltages
 * ({@link #ohmicRows}), and the saturated output points beside the transfer curve ({@link DrainSlope}). The law with
 * those points is kept only where its saturation currents lie nearer theirs than the law fitted without them, or where
 * that one is refused: the fits weigh gate voltages, which near the threshold hide large errors of current. Where the
 * curve is drawn on past the {@link #RATED_REACH} and the law fitted below misses it there, the whole curve is fitted
 * with THETA, KP falling with the gate voltage ({@link #bends}). The
 * curve's law is kept unless the square law cannot follow the curve, follows it only through the source resistance,
 * or breaks a table value the tables-only law met; the card then says why it was left out. Every third curve point is
 * held out of a first fit and the card gives the error on them. Where no transfer curve is followed, the Miller
 * plateau of the gate-charge curve is the point of it the datasheet draws, and joins the rows ({@link PlateauFit}).
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
	 * @param thetaFrom    the card's account of a fitted THETA, or null where KP does not fall with the gate voltage
	 */
	record Result(SquareLaw law, double rms, String curveFigures, String slopeFrom, String lambdaFrom,
			String thetaFrom) {
	}

	/**
	 * The transfer curve is fitted up to this multiple of the continuous current rating: the gate-charge test runs at
	 * about the rating, and far above it the drawn (pulsed) current bends away from the square law.
	 */
	static final double RATED_REACH = 2;
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
		boolean ohmic = ohmicRows(checks);
		double reach = RATED_REACH * ratedCurrent(d);
		TransferFit.Outcome out = nearer(DrainSlope.find(d, curves, drawn, reach),
				slope -> TransferFit.fit(d, checks, gfs, transfer, law, ohmic, slope, false, start, lo, hi, monitor));
		// drawn on past the reach, the whole curve with KP falling with the gate voltage, where the law follows it
		TransferCurves.Curve drawnOn = drawn == null ? null : TransferCurves.find(curves, Double.POSITIVE_INFINITY);
		TransferCurves.Curve whole = drawn != null ? drawnOn
				: TransferCurves.fromOutput(curves, Double.POSITIVE_INFINITY);
		if (whole != null && top(whole) > top(transfer) * (1 + DeviceCurves.END)) {
			TransferFit.Outcome bent = nearer(DrainSlope.find(d, curves, drawnOn, Double.POSITIVE_INFINITY),
					slope -> TransferFit.fit(d, checks, gfs, whole, law, ohmic, slope, true, start, lo, hi, monitor));
			if (bent.result() != null && bent.result().law().theta() > 0
					&& (out.result() == null || bends(whole, top(transfer), out.result().law(), bent.result().law()))) {
				out = bent;
			}
		}
		if (out.result() != null) {
			return out.result();
		}
		String refused = out.refused();
		card.note(transfer.describe() + " left out of the channel fit: " + refused);
		return PlateauFit.fit(card, d, checks, gfs, curves, transfer, start, lo, hi, plain, monitor);
	}

	/**
	 * The fit {@code fit} gives with the saturated output points of {@code slope}, or without them where its
	 * saturation currents lie nearer theirs, or the fit with them is refused: the fits weigh gate voltages, which near
	 * the threshold hide large errors of current.
	 */
	private static TransferFit.Outcome nearer(DrainSlope slope, Function<DrainSlope, TransferFit.Outcome> fit) {
		TransferFit.Outcome out = fit.apply(slope);
		if (slope != null) {
			TransferFit.Outcome flat = fit.apply(null);
			if (flat.result() != null && (out.result() == null
					|| slope.currentError(flat.result().law()) <= slope.currentError(out.result().law()))) {
				out = flat;
			}
		}
		return out;
	}

	/**
	 * Whether the law {@code straight} fitted up to {@code reach} amperes misses the curve drawn past it by more than
	 * {@link #PAST_MISS} (rms of the gate voltage), and the law {@code bent} fitted to all of it follows it there within
	 * that: a bend THETA does not describe (a curve's end misread, a self-heated top) leaves the law as it was.
	 */
	private static boolean bends(TransferCurves.Curve whole, double reach, SquareLaw straight, SquareLaw bent) {
		IntPredicate past = k -> whole.current()[k] > reach * (1 + DeviceCurves.END);
		return TransferFit.transferRms(whole, straight, past) > PAST_MISS
				&& TransferFit.transferRms(whole, bent, past) <= PAST_MISS;
	}

	/**
	 * How far (rms of the gate voltage) a law may miss the transfer curve drawn past the reach: well above the
	 * threshold, 3 % of the gate voltage is some 20 % of current.
	 */
	static final double PAST_MISS = 0.03;

	/** The curve's highest current. */
	private static double top(TransferCurves.Curve c) {
		return c.current()[c.current().length - 1];
	}

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
	static double transferError(TransferCurves.Curve c, int k, SquareLaw law) {
		return law.gateFor(c.current()[k], c.vds()) / c.vgs()[k] - 1;
	}
}
