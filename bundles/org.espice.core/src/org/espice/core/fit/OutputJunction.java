package org.espice.core.fit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;

import org.espice.core.Device;
import org.espice.core.Parameter;
import org.espice.core.spice.Check;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;

/**
 * The output junction of a VDMOS card (CJO, VJ, M of Cds = Coss - Cgd) from the table's Coss rows. Many datasheets
 * print Coss at one drain voltage; some print it at several (1 V, 25 V and most of the rating). Each typical value is
 * a point of Cds; the junction law goes through them all:
 * <ul>
 * <li>one voltage: VJ 0.8 V and M 0.5 held, CJO de-embedded to 0 V;</li>
 * <li>two: VJ held, M solved;</li>
 * <li>three or more: VJ and M solved (least squares on the log of Cds).</li>
 * </ul>
 * A Coss curve, where one is used, shapes the law between the points ({@link MosCapacitanceCurves}).
 */
final class OutputJunction {

	/** The built-in potential held when the table cannot tell it, V. */
	static final double DEFAULT_VJ = 0.8;
	/** The grading coefficient held when the table cannot tell it. */
	static final double DEFAULT_M = 0.5;
	/** Built-in potential and grading coefficient bounds of the fits. */
	static final double VJ_LO = 0.2, VJ_HI = 3.0, M_LO = 0.2, M_HI = 0.95;
	/** Cds below this share of Coss is dominated by the error of Cgd: the floor it is held at. */
	static final double MIN_CDS_SHARE = 0.05;
	/** How closely the law through several Coss points must meet each for them all to hold it. */
	static final double THROUGH_ALL = 0.10;

	/**
	 * One typical Coss value as a point of Cds.
	 *
	 * @param row the Coss row
	 * @param v   its drain voltage (magnitude)
	 * @param cds Coss less Cgd there
	 * @param cgd Cgd there
	 * @param floored whether Coss less Cgd fell below {@link #MIN_CDS_SHARE} of Coss and Cds is held at that floor
	 */
	record Point(Parameter row, double v, double cds, double cgd, boolean floored) {

		/** A typical value whose Cds is not dominated by the error of Cgd: one the law may be anchored to. */
		boolean anchors() {
			return row.typ() != null && !floored;
		}
	}

	private OutputJunction() {
	}

	/**
	 * The typical Coss values as points of Cds, one per drain voltage (the first row printed at it), in table order; a
	 * row without its voltage stands at {@code defaultV}. Without a typical value, the first row's limit is the one
	 * point; without a Coss row, none.
	 */
	static List<Point> points(Device d, VdmosCapacitances.Rows rows, DoubleUnaryOperator cgdAt, double defaultV) {
		List<Parameter> all = Fits.rows(d, rows.coss());
		List<Parameter> typical = all.stream().filter(p -> p.typ() != null).toList();
		List<Point> out = new ArrayList<>();
		Set<Double> seen = new HashSet<>();
		for (Parameter p : typical.isEmpty() ? all.stream().limit(1).toList() : typical) {
			double v = Math.abs(Check.condition(p, rows.bias(), defaultV));
			if (seen.add(v)) {
				double coss = Target.of(p).value();
				double cgd = cgdAt.applyAsDouble(v);
				double floor = MIN_CDS_SHARE * coss;
				out.add(new Point(p, v, Math.max(coss - cgd, floor), cgd, coss - cgd <= floor));
			}
		}
		return out;
	}

	/** The points as {voltages, Cds values}. */
	static double[][] arrays(List<Point> points) {
		double[][] a = new double[2][points.size()];
		for (int i = 0; i < points.size(); i++) {
			a[0][i] = points.get(i).v();
			a[1][i] = points.get(i).cds();
		}
		return a;
	}

	/** The law through the points alone (see the class comment); at least one point. */
	static JunctionFit.Result law(List<Point> points) {
		if (points.size() == 1) {
			Point p = points.get(0);
			double cjo = p.cds() * Math.pow(1 + p.v() / DEFAULT_VJ, DEFAULT_M);
			return new JunctionFit.Result(cjo, DEFAULT_VJ, DEFAULT_M, 0, 0, 1);
		}
		boolean vjFree = points.size() >= 3;
		return JunctionFit.fit(arrays(points), vjFree ? VJ_LO : DEFAULT_VJ, vjFree ? VJ_HI : DEFAULT_VJ, M_LO, M_HI);
	}

	/**
	 * The points the law is held to: all typical ones when the law through them meets each within
	 * {@link #THROUGH_ALL}; else the first alone (the table's headline value), the others left to check the model. A
	 * superjunction's Coss falls by a decade within the first volts and then flattens, which no junction law follows.
	 */
	static List<Point> held(List<Point> points) {
		List<Point> typical = points.stream().filter(Point::anchors).toList();
		if (typical.size() < 2) {
			return typical.isEmpty() && !points.isEmpty() ? List.of(points.get(0)) : typical;
		}
		JunctionFit.Result law = law(typical);
		for (Point p : typical) {
			if (Math.abs(law.at(p.v()) / p.cds() - 1) > THROUGH_ALL) {
				return List.of(typical.get(0));
			}
		}
		return typical;
	}

	/** {@link #held(List)}, with a note on the card when typical values are left to check the model. */
	static List<Point> held(ModelCard card, List<Point> points) {
		List<Point> held = held(points);
		long typical = points.stream().filter(Point::anchors).count();
		if (typical > held.size()) {
			card.note(Fits.fmt("Coss at %d voltages: no junction law meets them all within %.0f %%; Cds held to ",
					typical, 100 * THROUGH_ALL) + describe(held) + ", the others check it");
		}
		return held;
	}

	/** The factor a Cds shape is scaled by to meet the points: the geometric mean of their ratios. */
	static double scale(DoubleUnaryOperator cds, List<Point> points) {
		double logRatio = 0;
		for (Point p : points) {
			logRatio += Math.log(p.cds() / cds.applyAsDouble(p.v()));
		}
		return Math.exp(logRatio / points.size());
	}

	/** "COSS typ 1.07e-09 F @ VDS=25 (p.2); COSS typ ..." */
	static String describe(List<Point> points) {
		return String.join("; ", points.stream().map(p -> Fits.from(p.row(), Target.of(p.row()))).toList());
	}

	/** Sets CJO, VJ and M from the table's points alone and checks every Coss row against Cds + Cgd. */
	static void fromTable(ModelCard card, List<Point> all) {
		List<Point> points = held(card, all);
		JunctionFit.Result law = law(points);
		String from = describe(points);
		switch (points.size()) {
		case 1 -> {
			card.set("CJO", law.cjo(), "(Coss - Cgd) de-embedded to 0 V with VJ 0.8 V, M 0.5, from " + from);
			card.set("VJ", law.vj(), "default 0.8 V");
			card.set("M", law.m(), "default 0.5");
		}
		case 2 -> {
			card.set("CJO", law.cjo(), "Coss - Cgd at two voltages, VJ 0.8 V held, from " + from);
			card.set("VJ", law.vj(), "default 0.8 V, held: two Coss voltages cannot tell it");
			card.set("M", law.m(), "same fit as CJO");
		}
		default -> set(card, law, "least squares on Coss - Cgd at " + points.size() + " voltages, from " + from);
		}
		check(card, law::at, points);
	}

	/** Checks every Coss row against the model's Cds plus Cgd at its voltage. */
	static void check(ModelCard card, DoubleUnaryOperator cds, List<Point> points) {
		for (Point p : points) {
			card.check(new Check(p.row(), Probe.COSS, Target.of(p.row())), cds.applyAsDouble(p.v()) + p.cgd());
		}
	}

	/** Sets CJO, VJ and M from a fitted law, CJO with its origin. */
	static void set(ModelCard card, JunctionFit.Result law, String origin) {
		card.set("CJO", law.cjo(), origin);
		card.set("VJ", law.vj(), "same fit as CJO");
		card.set("M", law.m(), "same fit as CJO");
	}
}
