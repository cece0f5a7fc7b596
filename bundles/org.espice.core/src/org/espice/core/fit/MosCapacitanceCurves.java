package org.espice.core.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;

import org.espice.core.Device;
import org.espice.core.Parameter;
import org.espice.core.Plot;
import org.espice.core.spice.CapacitanceKnee;
import org.espice.core.spice.Check;
import org.espice.core.spice.KneeElement;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;

/**
 * A MOS-gated device's capacitances from its Ciss, Coss and Crss curves against VDS (VCE for an IGBT): the shape of
 * Cgd from the Crss curve, of the output junction Cds = Coss - Cgd from the Coss curve, and CGS = Ciss - Cgd. The
 * table's typical value at its test voltage stays the anchor (a limit is checked, not aimed at): a fitted shape is
 * scaled to meet it, and a curve that disagrees with it by more than {@link DeviceCurves#TABLE_AGREEMENT} (a misread
 * or misattributed curve) is not used. A shape the model follows only roughly (held-out error above
 * {@link #MAX_SHAPE_ERROR}) is used only when it at least halves the error of the table's own shape; else, and for
 * a good fit no better than the table's shape, the fit falls back to the table values alone, as it does without
 * curves.
 */
final class MosCapacitanceCurves {

	/** Held-out relative rms error above which a fitted shape is not trusted over the table's single point. */
	static final double MAX_SHAPE_ERROR = 0.35;
	/** A curve's voltages stretch at most by this factor either way to meet a table value. */
	static final double STRETCH = 2;

	private MosCapacitanceCurves() {
	}

	/**
	 * Sets CGDMIN, CGDMAX and A from the Crss curve, scaled to the table's Crss when printed (and checks it).
	 *
	 * @return Cgd against VDS, or null when no usable Crss curve was found (nothing set)
	 */
	static DoubleUnaryOperator cgd(ModelCard card, Device d, VdmosCapacitances.Rows rows, DeviceCurves curves) {
		List<DeviceCurves.Curve> found = curves.find(Plot.Kind.CAPACITANCE, Set.of(rows.bias()), rows.crss());
		if (found.isEmpty()) {
			return null;
		}
		DeviceCurves.Curve crss = found.get(0);
		Parameter pr = Fits.row(d, rows.crss());
		// a row printing no voltage is met at the default the fit scales the curve to: it must agree there too
		double assumed = pr == null ? 25 : Check.condition(pr, rows.bias(), 25);
		if (!crss.agreesWith(pr, rows.bias(), assumed)) {
			card.note(crss.describe() + " disagrees with " + Fits.from(pr, Target.of(pr))
					+ Fits.fmt(" by more than %.0f %%", 100 * DeviceCurves.TABLE_AGREEMENT)
					+ (pr.condition(rows.bias()) == null ? " (taken at " + Target.fmt(assumed) + " V)" : "")
					+ ": capacitances from the tables alone");
			return null;
		}
		// the knee is written beside a MOSFET's VDMOS card; an IGBT's subcircuit carries the VDMOS law alone
		CgdFit.Result fit = CgdFit.fit(crss, rows == VdmosCapacitances.Rows.MOSFET);
		boolean rough = !(fit.heldOut() <= MAX_SHAPE_ERROR);
		if (rough && (pr == null || pr.typ() == null)) {
			card.note(crss.describe() + ": ngspice's Cgd shape does not follow it (" + fit.figures()
					+ "); Cgd from the table alone");
			return null;
		}
		String origin = "fitted to " + crss.describe() + " (" + fit.figures() + ")";
		if (pr != null) {
			Target tr = Target.of(pr);
			if (pr.typ() != null) {
				double[][] pts = JunctionFit.samples(crss);
				double k = tr.value() / fit.at(assumed);
				CgdFit.Result scaled = fit.scaled(k);
				double s = stretch(fit::at, tr.value(), assumed);
				CgdFit.Result stretched = Double.isNaN(s) ? null : fit.stretched(s);
				if (stretched != null && JunctionFit.Figures.logRms(pts, stretched::at) < JunctionFit.Figures
						.logRms(pts, scaled::at)) {
					fit = stretched;
					origin += Fits.fmt(", its voltages stretched by %.3f to meet ", s) + Fits.from(pr, tr);
				} else {
					fit = scaled;
					origin += Fits.fmt(", scaled by %.3f to meet ", k) + Fits.from(pr, tr);
				}
				// on the fit's own yardstick, the log error: a relative error lets an overshoot at the tail outweigh
				// an undershoot of the same ratio
				double rmsFit = JunctionFit.Figures.logRms(pts, fit::at);
				double rmsTable = JunctionFit.Figures.logRms(pts, VdmosCapacitances.TableCgd.of(d, rows, pr)::at);
				if (!followsBetter(rough, rmsFit, rmsTable)) {
					card.note(crss.describe() + (rough ? ": ngspice's Cgd shape does not follow it (" + fit.figures()
							+ ")" : " is followed as well by the table's Cgd shape")
							+ Fits.fmt(" (rms log error %.3f fitted against %.3f for the table's shape): Cgd from the "
									+ "table alone", rmsFit, rmsTable));
					return null;
				}
				if (rough) {
					card.note(crss.describe() + ": ngspice's Cgd shape follows it only roughly (" + fit.figures()
							+ Fits.fmt("), yet far closer than the table's shape (rms log error %.3f against its %.3f)",
									rmsFit, rmsTable));
				}
			}
			card.check(new Check(pr, Probe.CRSS, tr), fit.at(assumed));
			if (pr.typ() != null && rows == VdmosCapacitances.Rows.MOSFET) {
				// the gate charge holds CGDMAX with the curve: the Miller charge flows where no Crss point is printed
				VdmosCapacitances.TableCgd moved = GateChargeFit.balanced(card, d,
						new VdmosCapacitances.TableCgd(fit.cgdMin(), fit.cgdMax(), fit.a(), fit.knee(), assumed,
								origin),
						JunctionFit.samples(crss));
				card.set("CGDMAX", moved.max(), moved.maxOrigin());
				card.set("CGDMIN", moved.min(), "same fit as CGDMAX");
				card.set("A", moved.a(),
						"same fit as CGDMAX" + (moved.a() == fit.a() ? "" : ", solved again through Crss"));
				KneeElement.GATE_DRAIN.set(card, moved.knee(), knee(origin));
				return moved::at;
			}
		}
		card.set("CGDMAX", fit.cgdMax(), origin);
		card.set("CGDMIN", fit.cgdMin(), "same fit as CGDMAX");
		card.set("A", fit.a(), "same fit as CGDMAX");
		KneeElement.GATE_DRAIN.set(card, fit.knee(), knee(origin));
		return fit::at;
	}

	/**
	 * The factor {@code s} by which a falling capacitance's voltages stretch so that it meets {@code value} at
	 * {@code at} (C(at / s) = value), or NaN when it meets it nowhere within {@link #STRETCH} of {@code at}. Where a
	 * curve falls steeply at the table's test voltage (a Crss collapsing over a few volts), a table value a fifth over
	 * the curve is the knee a few volts further on, not a capacitance a fifth larger at every voltage.
	 */
	static double stretch(DoubleUnaryOperator c, double value, double at) {
		double lo = at / STRETCH;
		double hi = at * STRETCH;
		if (!(c.applyAsDouble(lo) >= value && c.applyAsDouble(hi) <= value)) {
			return Double.NaN;
		}
		for (int i = 0; i < 60; i++) {
			double mid = Math.sqrt(lo * hi);
			if (c.applyAsDouble(mid) >= value) {
				lo = mid;
			} else {
				hi = mid;
			}
		}
		return at / Math.sqrt(lo * hi);
	}

	private static String knee(String origin) {
		return "the part of Cgd that collapses at VGDK, beside ngspice's Cgd law: " + origin;
	}

	/**
	 * Sets CGS as the median of Ciss - Cgd over the Ciss curve, for a datasheet that prints no Ciss value.
	 *
	 * @return whether a usable Ciss curve was found
	 */
	static boolean cgs(ModelCard card, Device d, VdmosCapacitances.Rows rows, DeviceCurves curves,
			DoubleUnaryOperator cgdAt) {
		List<DeviceCurves.Curve> found = curves.find(Plot.Kind.CAPACITANCE, Set.of(rows.bias()), rows.ciss());
		if (found.isEmpty()) {
			return false;
		}
		double[][] pts = JunctionFit.samples(found.get(0));
		double[] cgs = new double[pts[0].length];
		for (int i = 0; i < cgs.length; i++) {
			cgs[i] = pts[1][i] - cgdAt.applyAsDouble(pts[0][i]);
		}
		Arrays.sort(cgs);
		double median = cgs[cgs.length / 2];
		if (!(median > 0)) {
			return false;
		}
		card.set("CGS", median, "median of Ciss - Cgd over the " + found.get(0).describe());
		return true;
	}

	/**
	 * Sets CJO, VJ and M from the Coss curve less Cgd, with the table's typical Coss values (one or several drain
	 * voltages, {@link OutputJunction#held}) holding it: each weighs as much as the whole curve, and CJO is scaled to
	 * meet them.
	 *
	 * @param coss the table's Coss rows as points of Cds
	 * @return whether the curve was used; when not, nothing was set
	 */
	static boolean cds(ModelCard card, VdmosCapacitances.Rows rows, DeviceCurves curves, DoubleUnaryOperator cgdAt,
			List<OutputJunction.Point> coss) {
		List<DeviceCurves.Curve> found = curves.find(Plot.Kind.CAPACITANCE, Set.of(rows.bias()), rows.coss());
		if (found.isEmpty()) {
			return false;
		}
		DeviceCurves.Curve curve = found.get(0);
		Parameter po = coss.isEmpty() ? null : coss.get(0).row();
		if (!curve.agreesWith(po, rows.bias())) {
			card.note(curve.describe() + " disagrees with " + Fits.from(po, Target.of(po))
					+ Fits.fmt(" by more than %.0f %%: Cds from the table alone", 100 * DeviceCurves.TABLE_AGREEMENT));
			return false;
		}
		double[][] pts = outputJunction(JunctionFit.samples(curve), cgdAt);
		if (pts[0].length < 6) {
			return false;
		}
		List<OutputJunction.Point> held = OutputJunction.held(card, coss);
		List<OutputJunction.Point> anchors = held.stream().filter(OutputJunction.Point::anchors).toList();
		double[][] table = anchors.size() >= 2 ? OutputJunction.arrays(anchors) : new double[2][0];
		JunctionFit.Result fit = JunctionFit.fit(pts, table, pts[0].length, OutputJunction.VJ_LO,
				OutputJunction.VJ_HI, OutputJunction.M_LO, OutputJunction.M_HI);
		JunctionKnee.Result shape = new JunctionKnee.Result(fit, CapacitanceKnee.NONE, fit.rms(), fit.heldOut(),
				fit.points());
		if (!(fit.heldOut() <= MAX_SHAPE_ERROR) && rows == VdmosCapacitances.Rows.MOSFET
				&& curve.x().length >= KneeFit.POINTS) {
			JunctionKnee.Result knee = JunctionKnee.fit(pts, OutputJunction.VJ_LO, OutputJunction.VJ_HI,
					OutputJunction.M_LO, OutputJunction.M_HI);
			if (knee.heldOut() <= KneeFit.GAIN * fit.heldOut()) {
				shape = knee;
			}
		}
		return cds(card, curve, shape, pts, anchors, held, coss);
	}

	/**
	 * Sets CJO, VJ and M from a Cds shape fitted to the Coss curve less Cgd: the junction law, or where the law follows
	 * the curve only roughly and a collapsing capacitance beside it at least halves its held-out error, the two
	 * together ({@link JunctionKnee}, CDSK). The shape is scaled to meet the table's typical values (or, meeting one
	 * on a steep fall, stretched in voltage where that keeps closer to the curve and to the table's other values) and
	 * used where it follows the curve better than the table's law would ({@link #followsBetter}).
	 *
	 * @param all every Coss row of the table, as Cds points
	 * @return whether the shape was used
	 */
	private static boolean cds(ModelCard card, DeviceCurves.Curve curve, JunctionKnee.Result shape, double[][] pts,
			List<OutputJunction.Point> anchors, List<OutputJunction.Point> held, List<OutputJunction.Point> all) {
		boolean knee = !shape.knee().isNone();
		String law = knee ? "the junction law with CDSK" : "the junction law";
		boolean rough = !(shape.heldOut() <= MAX_SHAPE_ERROR);
		if (rough && anchors.isEmpty()) {
			card.note(curve.describe() + ": " + law + " does not follow Coss - Cgd (" + shape.figures()
					+ "); Cds from the table alone");
			return false;
		}
		String origin = (knee ? "fitted with CDSK to " : "fitted to ") + curve.describe() + " less Cgd ("
				+ shape.figures() + ")";
		if (!anchors.isEmpty()) {
			double k = OutputJunction.scale(shape::at, anchors);
			JunctionKnee.Result scaled = shape.scaled(k);
			JunctionKnee.Result stretched = anchors.size() == 1 ? stretched(shape, anchors.get(0)) : null;
			if (stretched != null
					&& JunctionFit.Figures.logRms(pts, stretched::at) < JunctionFit.Figures.logRms(pts, scaled::at)
					&& offTable(all, stretched::at) <= offTable(all, scaled::at) + 1e-6) {
				origin += Fits.fmt(", its voltages stretched by %.3f to meet ",
						stretched.junction().vj() / shape.junction().vj()) + OutputJunction.describe(anchors);
				shape = stretched;
			} else {
				shape = scaled;
				origin += Fits.fmt(", scaled by %.3f to meet ", k) + OutputJunction.describe(anchors);
			}
			JunctionFit.Result table = OutputJunction.law(anchors);
			double rmsFit = JunctionFit.Figures.rms(pts, shape::at, i -> true);
			double rmsLaw = JunctionFit.Figures.rms(pts, table::at, i -> true);
			if (!followsBetter(rough, rmsFit, rmsLaw)) {
				card.note(knee
						? curve.describe() + Fits.fmt(" less Cgd: the junction law with CDSK (rms %.1f %%) does not "
								+ "beat the table's law (rms %.1f %%) by enough: Cds from the table alone",
								100 * rmsFit, 100 * rmsLaw)
						: curve.describe() + (rough ? ": the junction law does not follow Coss - Cgd ("
								+ shape.figures() + ")" : " less Cgd is followed as well by the table's law")
								+ Fits.fmt(" (VJ %.2f V, M %.2f; rms %.1f %% fitted against %.1f %% for the table's "
										+ "law): Cds from the table alone", table.vj(), table.m(), 100 * rmsFit,
										100 * rmsLaw));
				return false;
			}
			if (rough) {
				card.note(curve.describe() + ": " + law + " follows Coss - Cgd only roughly (" + shape.figures()
						+ Fits.fmt("), yet far closer than the table's law (rms %.1f %%)", 100 * rmsLaw));
			}
		}
		OutputJunction.check(card, shape::at, held);
		OutputJunction.set(card, shape.junction(), origin);
		KneeElement.DRAIN_SOURCE.set(card, shape.knee(), "the part of Cds that collapses at VDSK, beside the body "
				+ "diode's junction: same fit as CJO");
		return true;
	}

	/** The sum of the squared log errors of a Cds shape over the table's typical points. */
	private static double offTable(List<OutputJunction.Point> points, DoubleUnaryOperator cds) {
		double sum = 0;
		for (OutputJunction.Point p : points) {
			if (p.anchors()) {
				double e = Math.log(cds.applyAsDouble(p.v()) / p.cds());
				sum += e * e;
			}
		}
		return sum;
	}

	/** The Cds shape stretched in voltage to meet one table point, or null where no stretch within bounds does. */
	private static JunctionKnee.Result stretched(JunctionKnee.Result shape, OutputJunction.Point anchor) {
		double s = stretch(shape::at, anchor.cds(), anchor.v());
		double vj = shape.junction().vj() * s;
		return vj >= OutputJunction.VJ_LO && vj <= OutputJunction.VJ_HI ? shape.stretched(s) : null;
	}

	/**
	 * Whether a shape fitted to a curve is worth more than the table's single point: a good fit whenever it follows
	 * the curve better than the table's shape does; a rough one (held-out error above {@link #MAX_SHAPE_ERROR}, a
	 * superjunction's Crss falling a hundredfold in a few tens of volts) only where it at least halves the table's
	 * error. For Cgd both are the rms log error over the curve ({@link JunctionFit.Figures#logRms}), its fit's own
	 * yardstick; for Cds the relative rms error (compared on the log error, a superjunction's Coss less Cgd took the
	 * curve's law and missed the Coss curve by 534 % median, where the table's law misses it by 131 %).
	 */
	static boolean followsBetter(boolean rough, double rmsFit, double rmsTable) {
		return rough ? rmsFit <= ROUGH_GAIN * rmsTable : rmsFit < rmsTable;
	}

	/** The share of the table shape's error a rough fit must stay under to be used. */
	static final double ROUGH_GAIN = 0.5;

	/** The Coss samples less Cgd, where the difference is a meaningful share of Coss. */
	private static double[][] outputJunction(double[][] coss, DoubleUnaryOperator cgdAt) {
		List<double[]> keep = new ArrayList<>();
		for (int i = 0; i < coss[0].length; i++) {
			double cds = coss[1][i] - cgdAt.applyAsDouble(coss[0][i]);
			if (cds > OutputJunction.MIN_CDS_SHARE * coss[1][i]) {
				keep.add(new double[] { coss[0][i], cds });
			}
		}
		double[][] out = new double[2][keep.size()];
		for (int i = 0; i < keep.size(); i++) {
			out[0][i] = keep.get(i)[0];
			out[1][i] = keep.get(i)[1];
		}
		return out;
	}
}
