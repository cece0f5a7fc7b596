package org.espice.core.fit;

import java.util.List;

import org.espice.core.Parameter;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Target;

/**
 * A junction capacitance (a diode's CT, a transistor's Cobo or Cibo) from its curve against reverse voltage: the
 * shape CJO, VJ, M from the curve ({@link JunctionFit}), CJO scaled so the table's typical values are met (by the
 * geometric mean of their ratios when there are several); a limit (max only) is checked, not aimed at. A curve that
 * disagrees with a table value by more than {@link DeviceCurves#TABLE_AGREEMENT}, or whose shape the junction law
 * cannot follow, is not used.
 */
final class JunctionCurves {

	/** Built-in potential and grading coefficient bounds for silicon junctions, abrupt to linearly graded and past. */
	static final double VJ_LO = 0.2, VJ_HI = 1.5, M_LO = 0.1, M_HI = 0.95;

	/**
	 * @param fit    the junction law, scaled to the table
	 * @param origin where it came from, for the card
	 */
	record Anchored(JunctionFit.Result fit, String origin) {
	}

	private JunctionCurves() {
	}

	/** The law with CJO scaled to meet the typical values (the geometric mean of their ratios). */
	private static JunctionFit.Result anchored(JunctionFit.Result law, List<Parameter> typical, String vKey) {
		double logRatio = 0;
		for (Parameter p : typical) {
			logRatio += Math.log(Math.abs(p.typ()) / law.at(Math.abs(p.condition(vKey))));
		}
		return law.scaled(Math.exp(logRatio / typical.size()));
	}

	/**
	 * @param card where a reason is noted when the curve is not used
	 * @param curves the candidate curves (one is used; none or several: none)
	 * @param table  the table's rows of the same quantity, may be empty
	 * @param vKey   their reverse-voltage condition key
	 * @param law    the VJ and M the table-only fit would hold: a curve the law follows as well (both meeting the
	 *               table's typical values) adds nothing and is not used
	 * @return the fit, or null when the curve is not used
	 */
	static Anchored fit(ModelCard card, List<DeviceCurves.Curve> curves, List<Parameter> table, String vKey,
			double[] law) {
		if (curves.size() != 1) {
			return null;
		}
		DeviceCurves.Curve curve = curves.get(0);
		for (Parameter p : table) {
			if (!curve.agreesWith(p, vKey)) {
				card.note(curve.describe() + " disagrees with " + Fits.from(p, Target.of(p)) + Fits.fmt(
						" by more than %.0f %%: fitted to the table alone", 100 * DeviceCurves.TABLE_AGREEMENT));
				return null;
			}
		}
		JunctionFit.Result fit = JunctionFit.fit(curve, VJ_LO, VJ_HI, M_LO, M_HI);
		if (!(fit.heldOut() <= MosCapacitanceCurves.MAX_SHAPE_ERROR)) {
			card.note(curve.describe() + ": the junction law does not follow it (" + fit.figures()
					+ "); fitted to the table alone");
			return null;
		}
		String origin = "fitted to " + curve.describe() + " (" + fit.figures() + ")";
		List<Parameter> typical = table.stream().filter(p -> p.typ() != null && p.condition(vKey) != null).toList();
		if (!typical.isEmpty()) {
			double unscaled = fit.cjo();
			fit = anchored(fit, typical, vKey);
			double[][] pts = JunctionFit.samples(curve);
			JunctionFit.Result held = anchored(new JunctionFit.Result(1, law[0], law[1], 0, 0, 0), typical, vKey);
			double rmsFit = JunctionFit.Figures.rms(pts, fit::at, i -> true);
			double rmsHeld = JunctionFit.Figures.rms(pts, held::at, i -> true);
			if (rmsHeld <= rmsFit) {
				card.note(curve.describe() + Fits.fmt(" is followed as well with VJ %s V, M %s held (rms %.1f %% "
						+ "against %.1f %% fitted): fitted to the table alone", law[0], law[1], 100 * rmsHeld,
						100 * rmsFit));
				return null;
			}
			origin += Fits.fmt(", scaled by %.3f to meet ", fit.cjo() / unscaled) + String.join("; ",
					typical.stream().map(p -> Fits.from(p, Target.of(p))).toList());
		}
		return new Anchored(fit, origin);
	}
}
