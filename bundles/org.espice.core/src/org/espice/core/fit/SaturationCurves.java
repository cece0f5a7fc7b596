package org.espice.core.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoublePredicate;
import java.util.function.IntPredicate;

import org.espice.core.Parameter;
import org.espice.core.Plot;
import org.espice.core.Provenance;
import org.espice.core.spice.Check;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;

/**
 * A BJT's on voltages against collector current as drawn at room temperature: VCE(sat) and VBE(sat) at the forced
 * gain IC/IB printed with the curve, and VBE(on) at its printed VCE. A table prints them at one or two currents; the
 * curve shows where the series resistances (RC + RE, RB) and high injection (IKF) take over. Each curve gives
 * {@link #SAMPLES} points evenly spread in ln IC that the DC fit aims at beside the table rows, weighted as a gain
 * curve's samples. A curve without its IC/IB (or VCE), two curves of one quantity at one bias, and a curve that
 * disagrees with a table row at the same bias by more than {@link DeviceCurves#TABLE_AGREEMENT} (misread, or another
 * curve's label) are not used.
 */
final class SaturationCurves {

	/** Points a curve is resampled to, evenly in ln IC; every third (2, 5, 8) is held out. */
	static final int SAMPLES = 10;
	/** The log-log slope of VCE(sat) against IC past which no collector resistance follows it (1 for V0 = 0). */
	static final double STEEP = 1.5;
	/** The step in IC over which that slope is taken, wide enough that reading noise does not make it. */
	static final double STEP = 1.2;
	/** Two forced gains (or VCEs) within this share are the same bias. */
	private static final double SAME_BIAS = 0.02;

	/**
	 * One on-voltage curve.
	 *
	 * @param probe VCE_SAT, VBE_SAT or VBE_ON
	 * @param bias  the forced gain IC/IB (saturation) or the VCE (on), magnitude
	 * @param curve   the voltage against IC (magnitudes, IC rising)
	 * @param drawnTo the largest current drawn, beyond the curve's end where it was cut ({@link #upTo})
	 * @param past    why the curve was cut there, for the card ("the gain falls to IC/IB"); null when whole
	 */
	record Sat(Probe probe, double bias, DeviceCurves.Curve curve, double drawnTo, String past) {

		Sat(Probe probe, double bias, DeviceCurves.Curve curve) {
			this(probe, bias, curve, curve.x()[curve.x().length - 1], null);
		}

		/** The voltage at {@code ic}, interpolated in ln IC; NaN outside the curve. */
		double at(double ic) {
			return curve.atLogX(ic, false);
		}

		/** The checks at the sampled currents {@code use} selects (magnitudes, as the fit's equations take them). */
		List<Check> samples(IntPredicate use) {
			double[][] s = curve.samplesLogX(SAMPLES, false);
			List<Check> out = new ArrayList<>();
			for (int k = 0; k < SAMPLES; k++) {
				double ic = s[0][k];
				double v = s[1][k];
				if (!use.test(k) || !(v > 0)) {
					continue;
				}
				Map<String, Double> c = new LinkedHashMap<>();
				c.put("IC", ic);
				if (probe == Probe.VBE_ON) {
					c.put("VCE", bias);
				} else {
					c.put("IB", ic / bias);
				}
				Parameter p = new Parameter(probe.name(), null, v, null, "V", c, Provenance.page(curve.page(),
						probe.name()));
				out.add(new Check(p, probe, Target.of(p)));
			}
			return out;
		}

		/** Whether a table row of the same quantity at the same bias agrees (true at another bias or off the curve). */
		boolean agreesWith(Parameter p) {
			double v = atBiasOf(p) ? at(Math.abs(p.condition("IC"))) : Double.NaN;
			return Double.isNaN(v) || DeviceCurves.agrees(v, p);
		}

		/** Whether a table row is printed at the curve's bias (its IC/IB, or its VCE for VBE(on)). */
		boolean atBiasOf(Parameter p) {
			Double ic = p.condition("IC");
			Double other = p.condition(probe == Probe.VBE_ON ? "VCE" : "IB");
			if (ic == null || other == null || other == 0) {
				return false;
			}
			double b = probe == Probe.VBE_ON ? Math.abs(other) : Math.abs(ic / other);
			return Math.abs(b / bias - 1) <= SAME_BIAS;
		}

		/** Whether the curve is drawn at collector current {@code ic}. */
		boolean spans(double ic) {
			return curve.spans(ic);
		}

		/**
		 * The curve up to the last current of its first run where {@code saturates} holds; null when fewer than three
		 * points remain.
		 */
		Sat upTo(DoublePredicate saturates, String why) {
			double[] x = curve.x();
			int to = 0;
			while (to < x.length && saturates.test(x[to])) {
				to++;
			}
			if (to == x.length) {
				return this;
			}
			return to < 3 ? null : new Sat(probe, bias, new DeviceCurves.Curve(curve.page(), curve.name(),
					java.util.Arrays.copyOf(x, to), java.util.Arrays.copyOf(curve.y(), to)), drawnTo, why);
		}

		/**
		 * The curve up to where it first rises faster than IC ({@link #STEEP}, over a step of {@link #STEP} in IC):
		 * no collector resistance does that, as VCE(sat) = V0 + RC IC rises at most as fast as IC. It is the
		 * quasi-saturation of a lightly doped collector (a high-voltage part's VCE(sat) climbing to volts) or the
		 * transistor leaving saturation, beyond Gummel-Poon's reach; fitted, those points would only pull RC and BR
		 * off the part of the curve the model can follow. Null when fewer than three points remain.
		 */
		Sat beforeSteepRise() {
			double[] x = curve.x();
			double[] y = curve.y();
			int j = 0;
			for (int i = 1; i < x.length; i++) {
				while (j + 1 < i && x[j + 1] <= x[i] / STEP) {
					j++;
				}
				if (x[j] > x[i] / STEP || !(y[j] > 0) || !(y[i] > 0)) {
					continue;
				}
				if (Math.log(y[i] / y[j]) / Math.log(x[i] / x[j]) > STEEP) {
					double end = x[j];
					return upTo(ic -> ic <= end, "past it VCE(sat) rises faster than IC");
				}
			}
			return this;
		}

		String describe() {
			String name = switch (probe) {
			case VCE_SAT -> "VCE(sat)";
			case VBE_SAT -> "VBE(sat)";
			default -> "VBE(on)";
			};
			double end = curve.x()[curve.x().length - 1];
			return String.format(Locale.ROOT, "%s curve at %s = %s p.%d", name, probe == Probe.VBE_ON ? "VCE" : "IC/IB",
					Target.fmt(bias), curve.page()) + (end < drawnTo ? " up to IC = " + Target.fmt(end)
							+ " A (" + past + ")" : "");
		}
	}

	private SaturationCurves() {
	}

	/**
	 * The usable room-temperature on-voltage curves; one that disagrees with a table row is noted on the card and
	 * left out.
	 *
	 * @param rows the table's checks (those of VCE_SAT, VBE_SAT and VBE_ON rows are compared)
	 */
	static List<Sat> find(DeviceCurves curves, List<Check> rows, ModelCard card) {
		List<Sat> candidates = new ArrayList<>();
		for (Plot.Kind kind : new Plot.Kind[] { Plot.Kind.VCESAT_IC, Plot.Kind.VBESAT_IC, Plot.Kind.VBEON_IC }) {
			for (Plot p : curves.plots(kind)) {
				candidates.addAll(of(p));
			}
		}
		List<Sat> out = new ArrayList<>();
		for (Sat s : candidates) {
			boolean alone = candidates.stream().noneMatch(o -> o != s && o.probe() == s.probe()
					&& Math.abs(o.bias() / s.bias() - 1) <= SAME_BIAS);
			if (!alone) {
				continue;
			}
			Parameter off = rows.stream().filter(r -> r.probe() == s.probe()).map(Check::parameter)
					.filter(r -> !s.agreesWith(r)).findFirst().orElse(null);
			if (off != null) {
				card.note(s.describe() + " disagrees with " + Fits.from(off, Target.of(off)) + Fits.fmt(
						" by more than %.0f %%: not used", 100 * DeviceCurves.TABLE_AGREEMENT));
				continue;
			}
			out.add(s);
		}
		return out;
	}

	/**
	 * The saturation curves cut where a drawn gain falls to their forced gain IC/IB: past that current the base
	 * current cannot hold the transistor saturated at the gain the datasheet draws (a high-voltage part's VBE(sat)
	 * is often drawn on to currents where its hFE is under 10), so the model could meet those points only by giving
	 * up the gain curve. A VCE(sat) curve is also cut where it rises faster than IC ({@link Sat#beforeSteepRise()}).
	 * A curve with fewer than three points left is not used; VBE(on) curves stay whole.
	 */
	static List<Sat> saturable(List<Sat> on, List<HfeCurves.Gain> gains) {
		List<Sat> out = new ArrayList<>();
		for (Sat s : on) {
			Sat cut = s.probe() == Probe.VBE_ON ? s
					: s.upTo(ic -> gains.stream().map(g -> g.at(ic)).noneMatch(h -> h <= s.bias()),
							"past it the gain falls to IC/IB");
			if (cut != null && cut.probe() == Probe.VCE_SAT) {
				cut = cut.beforeSteepRise();
			}
			if (cut != null) {
				out.add(cut);
			}
		}
		return out;
	}

	/** A plot's room-temperature curves with their bias: IC along x and the voltage up, or the two swapped. */
	private static List<Sat> of(Plot p) {
		String xq = p.x().quantity();
		String yq = p.y().quantity();
		boolean swap = "IC".equals(yq);
		if (!"IC".equals(swap ? yq : xq)) {
			return List.of();
		}
		String axis = swap ? xq : yq;
		boolean anyT = p.series().stream().anyMatch(s -> s.conditions().containsKey("T"));
		List<Sat> out = new ArrayList<>();
		for (Plot.Series s : p.series()) {
			Double t = s.conditions().get("T");
			boolean room = Fits.room(t, anyT);
			Probe probe = probe(s.name() != null ? s.name() : axis);
			if (s.onY2() || !room || probe == null) {
				continue;
			}
			Double bias = probe == Probe.VBE_ON ? s.conditions().get("VCE") : s.conditions().get("IC/IB");
			DeviceCurves.Curve c = DeviceCurves.curve(p, s, probe.name(), swap);
			if (c != null && (swap ? p.y() : p.x()).scale() == Plot.Scale.LINEAR) {
				c = offTheAxis(c);
			}
			if (bias != null && bias != 0 && c != null && c.x()[0] > 0) {
				out.add(new Sat(probe, Math.abs(bias), c));
			}
		}
		return out;
	}

	/**
	 * The curve without the currents under {@link DeviceCurves#LINEAR_FLOOR} of its largest, which a linear IC axis
	 * draws on the axis line itself; null when fewer than three points remain.
	 */
	private static DeviceCurves.Curve offTheAxis(DeviceCurves.Curve c) {
		double floor = DeviceCurves.LINEAR_FLOOR * c.x()[c.x().length - 1];
		int from = 0;
		while (from < c.x().length && c.x()[from] < floor) {
			from++;
		}
		if (c.x().length - from < 3) {
			return null;
		}
		return new DeviceCurves.Curve(c.page(), c.name(), java.util.Arrays.copyOfRange(c.x(), from, c.x().length),
				java.util.Arrays.copyOfRange(c.y(), from, c.y().length));
	}

	private static Probe probe(String quantity) {
		return switch (quantity.toUpperCase(Locale.ROOT)) {
		case "VCE_SAT" -> Probe.VCE_SAT;
		case "VBE_SAT" -> Probe.VBE_SAT;
		case "VBE_ON", "VBE" -> Probe.VBE_ON;
		default -> null;
		};
	}
}
