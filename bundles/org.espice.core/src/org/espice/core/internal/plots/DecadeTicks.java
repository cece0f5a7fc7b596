package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A log axis labelled in decades ({@code 10^-5 10^-4 10^-3 ...}) read when some labels lost their exponent: drawn
 * as outlines too small to read, the text layer keeps the "10" and drops the raised digits. The exponents that
 * were read, at their places along the axis, give every decade its exponent: the decades are evenly spaced, one
 * decade per label step, so a bare "10" standing where 10⁻³ belongs is 10⁻³. Single digits 2 .. 9 printed between
 * the decades (the minor ticks' multipliers) are left out: the decades make the scale. Read only when at least
 * three decades are printed, two of them with their exponent, and every decade falls on the line the exponents
 * give; otherwise the ticks stay as printed.
 */
final class DecadeTicks {

	private static final Pattern DECADE = Pattern.compile("10(?:\\^([-\u2212\u2013]?\\d{1,2}))?");
	private static final Pattern MINOR = Pattern.compile("[2-9]");
	/** Fewest decade labels that make the axis. */
	private static final int MIN_DECADES = 3;
	/** How far (in decades) a decade label may stand from the place the others give it. */
	private static final double PLACE = 0.15;

	private DecadeTicks() {
	}

	/**
	 * The tick row with the decades set on their own baseline under it: where the row nearest the edge holds only
	 * the minor ticks' multipliers (2 .. 9), the decades ("10" and an exponent, set larger) are the next row
	 * under it.
	 *
	 * @param row        the row nearest the edge
	 * @param candidates the numbers under the edge, nearest first
	 */
	static List<Label> withDecadesUnder(List<Label> row, List<Label> candidates) {
		if (row.size() < 2 || !row.stream().allMatch(w -> MINOR.matcher(w.text()).matches())) {
			return row;
		}
		double base = row.stream().mapToDouble(Label::y0).min().getAsDouble();
		double size = row.stream().mapToDouble(Label::size).max().getAsDouble();
		List<Label> under = candidates.stream()
				.filter(w -> w.y0() < base - 1 && w.y0() > base - 2 * size - 2 && DECADE.matcher(w.text()).matches())
				.toList();
		if (under.size() < MIN_DECADES) {
			return row;
		}
		double top = under.stream().mapToDouble(Label::y0).max().getAsDouble();
		List<Label> out = new ArrayList<>(row);
		under.stream().filter(w -> top - w.y0() < 2.5).forEach(out::add);
		out.sort(java.util.Comparator.comparingDouble(Label::anchor));
		return out;
	}

	/**
	 * The axis's calibration: on the decades with their exponents made whole when some are bare, else on the ticks
	 * as printed; where those fall on no scale, on the decades without the minor multipliers printed among them.
	 */
	static Calibration.Outcome fit(List<Label> labels, List<Calibration.Tick> ticks, String axis, List<Double> grid) {
		List<Calibration.Tick> decades = of(labels, ticks, false);
		if (decades != null) {
			Calibration.Outcome o = Calibration.fit(decades, axis, grid);
			if (o.calibration() != null) {
				return o;
			}
		}
		Calibration.Outcome printed = Calibration.fit(ticks, axis, grid);
		decades = printed.calibration() == null ? of(labels, ticks, true) : null;
		if (decades != null) {
			Calibration.Outcome o = Calibration.fit(decades, axis, grid);
			if (o.calibration() != null) {
				return o;
			}
		}
		decades = printed.calibration() == null ? byGrid(labels, ticks, grid) : null;
		Calibration counted = decades == null ? null : Calibration.line(decades, true);
		return counted != null ? new Calibration.Outcome(counted, null) : printed;
	}

	/**
	 * The ticks of too few decade labels to place the bare ones by their exponents (10⁻² and a "10" that lost its
	 * exponent), placed by the grid: on a log grid, the decades the grid counts from the decade printed whole to a bare
	 * "10" give every bare "10" its exponent. Null unless every decade so falls on a whole one and the labels are
	 * decades and minor multipliers only, with at least one exponent read and one lost.
	 */
	static List<Calibration.Tick> byGrid(List<Label> labels, List<Calibration.Tick> ticks, List<Double> grid) {
		Decades d = grid.isEmpty() ? null : decades(labels, ticks);
		if (d == null) {
			return null;
		}
		int known = -1;
		int bare = d.exponent().indexOf(null);
		for (int i = 0; i < d.pos().size() && known < 0; i++) {
			known = d.exponent().get(i) != null ? i : -1;
		}
		if (known < 0 || bare < 0) {
			return null;
		}
		double from = GridScale.onLine(new Calibration.Tick(d.pos().get(known), 0), grid).pos();
		double at = GridScale.onLine(new Calibration.Tick(d.pos().get(bare), 0), grid).pos();
		int count = GridScale.decadesTo(from, at, grid);
		if (count == 0) {
			return null;
		}
		double b = count / (at - from);
		return placed(d, new double[] { d.exponent().get(known) - b * from, b });
	}

	/**
	 * The ticks of the decade labels with their exponents made whole, or null when the labels are no row of
	 * decades with some exponents lost (or with minor multipliers among them, when {@code withMinors} is false).
	 *
	 * @param labels     the tick labels in order along the axis
	 * @param ticks      their ticks (position and value as printed), in the same order
	 * @param withMinors whether single-digit minor multipliers among the decades may be left out
	 */
	static List<Calibration.Tick> of(List<Label> labels, List<Calibration.Tick> ticks, boolean withMinors) {
		Decades d = decades(labels, ticks);
		if (d == null || d.pos().size() < MIN_DECADES || !d.exponent().contains(null) && !d.minors()
				|| d.minors() && !withMinors) {
			return null;
		}
		double[] line = line(d.pos(), d.exponent());
		return line == null ? null : placed(d, line);
	}

	/**
	 * The decade labels of an axis: their places along it, their exponents (null where lost), and whether minor
	 * multipliers stand among them.
	 */
	private record Decades(List<Double> pos, List<Integer> exponent, boolean minors) {
	}

	/** The labels as decades, or null when one is neither a decade nor a minor multiplier. */
	private static Decades decades(List<Label> labels, List<Calibration.Tick> ticks) {
		if (labels.size() != ticks.size()) {
			return null;
		}
		List<Double> pos = new ArrayList<>();
		List<Integer> exponent = new ArrayList<>();
		boolean minors = false;
		for (int i = 0; i < labels.size(); i++) {
			String t = labels.get(i).text();
			Matcher m = DECADE.matcher(t);
			if (m.matches()) {
				pos.add(ticks.get(i).pos());
				exponent.add(m.group(1) == null ? null : Integer.valueOf(m.group(1).replaceAll("[\u2212\u2013]", "-")));
			} else if (MINOR.matcher(t).matches()) {
				minors = true;
			} else {
				return null;
			}
		}
		return new Decades(pos, exponent, minors);
	}

	/**
	 * The decades' ticks on {@code line}, {a, b} of exponent against place: null unless each falls within
	 * {@link #PLACE} of a whole exponent, keeps the one it prints, and they rise.
	 */
	private static List<Calibration.Tick> placed(Decades d, double[] line) {
		List<Calibration.Tick> out = new ArrayList<>();
		long last = Long.MIN_VALUE;
		for (int i = 0; i < d.pos().size(); i++) {
			double e = line[0] + line[1] * d.pos().get(i);
			long k = Math.round(e);
			Integer printed = d.exponent().get(i);
			if (Math.abs(e - k) > PLACE || printed != null && printed != k || k <= last) {
				return null;
			}
			last = k;
			out.add(new Calibration.Tick(d.pos().get(i), Math.pow(10, k)));
		}
		return out;
	}

	/** Exponent against position through the decades that print theirs, {a, b}; null with fewer than two. */
	private static double[] line(List<Double> pos, List<Integer> exponent) {
		double[] xs = new double[pos.size()];
		double[] ys = new double[pos.size()];
		int n = 0;
		for (int i = 0; i < pos.size(); i++) {
			if (exponent.get(i) != null) {
				xs[n] = pos.get(i);
				ys[n++] = exponent.get(i);
			}
		}
		double[] ab = n < 2 ? null : Calibration.leastSquares(Arrays.copyOf(xs, n), Arrays.copyOf(ys, n));
		return ab == null || ab[1] <= 0 ? null : ab;
	}
}
