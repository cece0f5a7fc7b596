package org.espice.core.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.espice.core.Parameter;
import org.espice.core.Plot;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Target;

/**
 * A BJT's DC current gain against collector current as drawn, at room temperature: one curve per collector-emitter
 * voltage. A normalised gain (hFE over its value at a reference current) is not a gain and is not used, nor is a
 * small-signal hfe (a curve with a test frequency). A curve
 * whose VCE is not printed cannot be simulated at its bias and is left out; two curves at the same VCE (two plots,
 * or a typical and a minimum curve) are ambiguous and both left out. A curve that disagrees with a table hFE by more
 * than {@link DeviceCurves#TABLE_AGREEMENT} is taken for misread (or for another curve's label) and not used.
 */
final class HfeCurves {

	/** Points a curve is resampled to, evenly in ln IC; every third (2, 5, 8, 11) is held out, both ends fitted. */
	static final int SAMPLES = 13;

	/**
	 * One gain curve.
	 *
	 * @param vce   its collector-emitter voltage, magnitude
	 * @param t     its temperature, degC (25 when the plot names none)
	 * @param curve the points as read (magnitudes, IC rising)
	 */
	record Gain(double vce, double t, DeviceCurves.Curve curve) {

		/** The gain at {@code ic} by interpolation in ln IC and ln hFE; NaN outside the curve. */
		double at(double ic) {
			return curve.atLogX(ic, true);
		}

		/** {IC[], hFE[]} at {@link #SAMPLES} currents evenly spread in ln IC over the curve. */
		double[][] samples() {
			return curve.samplesLogX(SAMPLES, true);
		}

		/** Whether the curve is drawn at collector current {@code ic}. */
		boolean spans(double ic) {
			return curve.spans(ic);
		}

		/**
		 * Whether a table hFE row agrees with the curve at its IC (true when the curve is not drawn there). The gain
		 * moves little with VCE in the active region, so a row at another VCE is compared too.
		 */
		boolean agreesWith(Parameter p) {
			Double ic = p.condition("IC");
			if (ic == null) {
				return true;
			}
			double g = at(Math.abs(ic));
			return Double.isNaN(g) || DeviceCurves.agrees(g, p);
		}

		String describe() {
			return String.format(Locale.ROOT, "hFE curve at VCE = %s V p.%d", Target.fmt(vce), curve.page());
		}
	}

	private HfeCurves() {
	}

	/**
	 * The hottest gain curve at 75 degC or more with its VCE printed, for the temperature exponent of BF: of curves at
	 * several VCE, the one at the highest (the farthest from saturating the collector); null when there is none, or
	 * two at that temperature and VCE (a typical and a minimum curve).
	 */
	static Gain hottest(DeviceCurves curves) {
		List<Gain> hot = new ArrayList<>();
		for (Plot p : curves.plots(Plot.Kind.HFE_IC)) {
			if (!p.y().quantity().equalsIgnoreCase("HFE") || !p.x().quantity().equalsIgnoreCase("IC")) {
				continue;
			}
			for (Plot.Series s : p.series()) {
				Double t = s.conditions().get("T");
				Double vce = s.conditions().get("VCE");
				if (s.onY2() || t == null || t < 75 || vce == null || vce == 0 || s.conditions().containsKey("f")) {
					continue;
				}
				DeviceCurves.Curve c = DeviceCurves.curve(p, s, "HFE");
				if (c != null && c.x()[0] > 0) {
					hot.add(new Gain(Math.abs(vce), t, c));
				}
			}
		}
		double top = hot.stream().mapToDouble(Gain::t).max().orElse(Double.NaN);
		List<Gain> atTop = hot.stream().filter(g -> g.t() == top).toList();
		Gain highest = atTop.stream().max(Comparator.comparingDouble(Gain::vce)).orElse(null);
		boolean twin = atTop.stream().anyMatch(g -> g != highest && Math.abs(g.vce() / highest.vce() - 1) < 0.01);
		return highest == null || twin ? null : highest;
	}

	/**
	 * The usable room-temperature gain curves, one per VCE; a curve that disagrees with a table row is noted on the
	 * card and left out.
	 */
	static List<Gain> find(DeviceCurves curves, List<Parameter> hfeRows, ModelCard card) {
		List<Gain> candidates = new ArrayList<>();
		for (Plot p : curves.plots(Plot.Kind.HFE_IC)) {
			if (!p.y().quantity().equalsIgnoreCase("HFE") || !p.x().quantity().equalsIgnoreCase("IC")) {
				continue;
			}
			boolean anyT = p.series().stream().anyMatch(s -> s.conditions().containsKey("T"));
			for (Plot.Series s : p.series()) {
				Double t = s.conditions().get("T");
				Double vce = s.conditions().get("VCE");
				boolean room = Fits.room(t, anyT);
				// a gain measured at a frequency is the small-signal hfe, not the DC gain
				if (s.onY2() || !room || vce == null || vce == 0 || s.conditions().containsKey("f")) {
					continue;
				}
				DeviceCurves.Curve c = DeviceCurves.curve(p, s, "HFE");
				if (c != null && c.x()[0] > 0) {
					candidates.add(new Gain(Math.abs(vce), 25, c));
				}
			}
		}
		List<Gain> out = new ArrayList<>();
		for (Gain g : candidates) {
			boolean alone = candidates.stream().noneMatch(o -> o != g && Math.abs(o.vce() / g.vce() - 1) < 0.01);
			if (!alone) {
				continue;
			}
			Parameter off = hfeRows.stream().filter(r -> !g.agreesWith(r)).findFirst().orElse(null);
			if (off != null) {
				card.note(g.describe() + " disagrees with " + Fits.from(off, Target.of(off)) + Fits.fmt(
						" by more than %.0f %%: not used", 100 * DeviceCurves.TABLE_AGREEMENT));
				continue;
			}
			out.add(g);
		}
		return out;
	}
}
