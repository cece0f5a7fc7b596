package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.List;

import org.espice.core.Plot;

/**
 * A log axis labelled in the old style: each decade printed in full ({@code 10⁻²}, {@code 0.1}, {@code 1}) and the
 * ticks between them by their mantissa alone ({@code 2 3 4 5 6 8}). Read as numbers the labels rise and fall, so no
 * progression fits them. Here a mantissa is a whole number from 2 to 9, in a run of rising ones; it stands log10(m)
 * of a decade past its run's decade. The decade's length is the median of what pairs in a run give, each run's decade
 * must fall a whole number of decades from the first, and the decades' values are the powers of ten that most decade
 * labels standing on them agree with. A decade label whose exponent was lost in print ({@code 10⁻¹} read as 10), or
 * run into a mantissa beside it ("8" and "10" read as 810), is outvoted or left out; a decade printed nowhere is
 * still placed by its run.
 */
final class MantissaTicks {

	/** How much less a decade label read as plain 10 counts: on these axes it is often 10^k with k lost. */
	private static final double LOST_EXPONENT = 0.1;
	/** Fewest mantissa labels that make the pattern. */
	private static final int MIN_MANTISSAS = 4;
	/** The decade lengths the mantissa pairs give must mostly lie within this share of their median. */
	private static final double LENGTH_SPREAD = 0.06;
	/** A decade label must stand within this share of a decade from a whole number of decades past the first. */
	private static final double DECADE_SNAP = 0.08;

	private MantissaTicks() {
	}

	/** The log calibration of ticks sorted along the axis, or null when they are not labelled this way. */
	static Calibration calibrate(List<Calibration.Tick> ticks) {
		// runs of rising mantissas; every other label may be a decade's
		List<List<Calibration.Tick>> runs = new ArrayList<>();
		List<Calibration.Tick> others = new ArrayList<>();
		List<Calibration.Tick> run = null;
		int mantissas = 0;
		for (Calibration.Tick t : ticks) {
			double v = t.value();
			boolean digit = v >= 2 && v <= 9 && Math.abs(v - Math.rint(v)) < 1e-9;
			if (!digit) {
				others.add(t);
				run = null;
				continue;
			}
			if (run == null || v <= run.get(run.size() - 1).value()) {
				run = new ArrayList<>();
				runs.add(run);
			}
			run.add(t);
			mantissas++;
		}
		if (mantissas < MIN_MANTISSAS || 2 * mantissas < ticks.size()) {
			return null;
		}
		// the decade length from pairs within a run: their distance over the difference of their log10
		List<Double> lengths = new ArrayList<>();
		for (List<Calibration.Tick> r : runs) {
			for (int i = 1; i < r.size(); i++) {
				lengths.add((r.get(i).pos() - r.get(0).pos())
						/ (Math.log10(r.get(i).value()) - Math.log10(r.get(0).value())));
			}
		}
		if (lengths.size() < MIN_MANTISSAS - 1) {
			return null;
		}
		double length = median(lengths);
		long kept = lengths.stream().filter(l -> Math.abs(l / length - 1) <= LENGTH_SPREAD).count();
		if (!(length > 0) || 2 * kept <= lengths.size()) {
			return null;
		}
		// each run's decade, where its first mantissa says; all a whole number of decades apart
		double origin = runs.get(0).get(0).pos() - Math.log10(runs.get(0).get(0).value()) * length;
		for (List<Calibration.Tick> r : runs) {
			double k = (r.get(0).pos() - Math.log10(r.get(0).value()) * length - origin) / length;
			if (Math.abs(k - Math.rint(k)) > DECADE_SNAP) {
				return null;
			}
		}
		Double exponent = votedExponent(others, origin, length);
		if (exponent == null) {
			return null;
		}
		double b = 1 / length;
		double a = exponent - origin * b;
		// the axis runs from its first decade to its last: the mantissas between are no printed values of their own
		double first = Math.pow(10, Math.ceil(a + b * ticks.get(0).pos() - DECADE_SNAP));
		double last = Math.pow(10, Math.floor(a + b * ticks.get(ticks.size() - 1).pos() + DECADE_SNAP));
		return new Calibration(Plot.Scale.LOG, a, b, first, last, 1);
	}

	/**
	 * The exponent of the decade at {@code origin} that the most decade labels printed as powers of ten agree with
	 * (a label read as plain 10 counting a little less, the earliest winning a tie); null when no label is a power of
	 * ten standing on a decade.
	 */
	private static Double votedExponent(List<Calibration.Tick> labels, double origin, double length) {
		List<double[]> placed = new ArrayList<>(); // {decades past the origin, log10 of the value}
		for (Calibration.Tick t : labels) {
			double k = (t.pos() - origin) / length;
			double v = t.value();
			if (v > 0 && Math.abs(k - Math.rint(k)) <= DECADE_SNAP
					&& Math.abs(Math.log10(v) - Math.rint(Math.log10(v))) < 1e-6) {
				placed.add(new double[] { Math.rint(k), Math.rint(Math.log10(v)) });
			}
		}
		Double best = null;
		double votes = 0;
		for (double[] p : placed) {
			double e = p[1] - p[0];
			double agree = 0;
			for (double[] q : placed) {
				// a label read as 10 is as likely 10 with its exponent lost: it counts a little less
				agree += q[1] - q[0] == e ? (q[1] == 1 ? 1 - LOST_EXPONENT : 1) : 0;
			}
			if (agree > votes) {
				votes = agree;
				best = e;
			}
		}
		return best;
	}

	private static double median(List<Double> v) {
		List<Double> s = new ArrayList<>(v);
		s.sort(Double::compare);
		int n = s.size();
		return n % 2 == 1 ? s.get(n / 2) : 0.5 * (s.get(n / 2 - 1) + s.get(n / 2));
	}
}
