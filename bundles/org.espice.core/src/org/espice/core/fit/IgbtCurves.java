package org.espice.core.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;

import org.espice.core.Parameter;
import org.espice.core.Plot;
import org.espice.core.Provenance;
import org.espice.core.spice.Check;
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;

/**
 * An IGBT's output curves at room temperature (IC against VCE, one per VGE) as on-state points for the fit of its
 * channel and PNP ({@link IgbtFitter}): the collector-emitter voltage at a collector current and gate voltage, as
 * its VCE(sat) rows give it. Taken where the device is on: from a tenth of the curve's largest current, and on a curve
 * that flattens into current saturation (the channel pinched off, where VCE barely sets IC and the on-state equation
 * has no answer) only up to {@link #BELOW_SATURATION} of the current it ends at. And its room transfer curve (IC
 * against VGE at one VCE) as the gate voltage at each current, as its VGE(th) row gives it at one.
 */
final class IgbtCurves {

	/** Samples per curve, evenly spread in IC. */
	static final int SAMPLES = 8;
	/** The least current taken, as a share of the curve's largest. */
	static final double FROM = 0.1;
	/** A curve whose last fifth of VCE rises at under this share of its mean slope IC/VCE has saturated. */
	static final double FLAT = 0.2;
	/** The share of a saturated curve's end current it is taken up to. */
	static final double BELOW_SATURATION = 0.8;

	/**
	 * One output curve's on-state part.
	 *
	 * @param vge   its gate voltage
	 * @param curve VCE against IC (IC rising)
	 */
	record Output(double vge, DeviceCurves.Curve curve) {

		/** The VCE(sat) checks at {@link #SAMPLES} currents evenly spread over the curve, those {@code use} selects. */
		List<Check> samples(IntPredicate use) {
			double[] ic = curve.x();
			double lo = ic[0];
			double hi = ic[ic.length - 1];
			List<Check> out = new ArrayList<>();
			for (int k = 0; k < SAMPLES; k++) {
				if (!use.test(k)) {
					continue;
				}
				double at = lo + (hi - lo) * k / (SAMPLES - 1);
				Map<String, Double> c = new LinkedHashMap<>();
				c.put("IC", at);
				c.put("VGE", vge);
				Parameter p = new Parameter("VCE_SAT", null, vce(at), null, "V", c,
						Provenance.page(curve.page(), "VCE_SAT"));
				out.add(new Check(p, Probe.IGBT_VCE_SAT, Target.of(p)));
			}
			return out;
		}

		/** VCE at {@code ic}, linear between read points (the output plots are linear). */
		private double vce(double ic) {
			return DeviceCurves.linear(curve.x(), curve.y(), ic);
		}
	}

	/**
	 * The room transfer curve where the device is on, as the gate voltage against the collector current: from
	 * {@link #FROM} of its largest current, drawn at a collector voltage of {@link #MIN_VCE} or more (the channel
	 * saturated, as the fit's threshold law takes it).
	 *
	 * @param vce   the collector voltage it is drawn at
	 * @param ic    the currents, rising
	 * @param vge   the gate voltages at them
	 * @param index each point's index among the curve's read points (distinct VGE), by which every third is checked
	 */
	record Transfer(double vce, int page, double[] ic, double[] vge, int[] index) {

		/** The VGE checks at {@link #SAMPLES} currents evenly spread over the curve, those {@code use} selects. */
		List<Check> samples(IntPredicate use) {
			double lo = ic[0];
			double hi = ic[ic.length - 1];
			List<Check> out = new ArrayList<>();
			for (int k = 0; k < SAMPLES; k++) {
				if (use.test(k)) {
					double at = lo + (hi - lo) * k / (SAMPLES - 1);
					out.add(check(at, DeviceCurves.linear(ic, vge, at), page, vce, Provenance.page(page, "VGE")));
				}
			}
			return out;
		}

		/** "the transfer curve at VCE = 10 V p.3" */
		String describe() {
			return "the transfer curve at VCE = " + Target.fmt(vce) + " V p." + page;
		}
	}

	/** A transfer curve drawn at a lower collector voltage may hold the channel out of saturation, V. */
	static final double MIN_VCE = 5;

	/** A point of the transfer curve as the gate voltage at its current and collector voltage. */
	static Check check(double ic, double vge, int page, double vce, Provenance source) {
		Map<String, Double> c = new LinkedHashMap<>();
		c.put("IC", ic);
		c.put("VCE", vce);
		Parameter p = new Parameter("VGE", null, vge, null, "V", c, source);
		return new Check(p, Probe.IGBT_VGE_TH, Target.of(p));
	}

	private IgbtCurves() {
	}

	/** The one room transfer curve (IC against VGE) at its VCE, or null when none or several are drawn. */
	static Transfer transfer(DeviceCurves curves) {
		Transfer found = null;
		for (Plot p : curves.plots(Plot.Kind.TRANSFER)) {
			if (!"VGE".equals(p.x().quantity()) || !"IC".equals(p.y().quantity())) {
				continue;
			}
			for (Plot.Series s : p.series()) {
				Double vce = s.conditions().get("VCE");
				Transfer t = s.onY2() || vce == null || Math.abs(vce) < MIN_VCE || !Fits.room(s.conditions().get("T"))
						? null : on(p, s, Math.abs(vce));
				if (t != null) {
					if (found != null) {
						return null;
					}
					found = t;
				}
			}
		}
		return found;
	}

	/** The curve's points from {@link #FROM} of its largest current, current rising; null when under three. */
	private static Transfer on(Plot p, Plot.Series s, double vce) {
		double iMax = s.points().stream().mapToDouble(q -> Math.abs(q.y())).max().orElse(0);
		List<Plot.Point> read = DeviceCurves.distinctX(s);
		List<double[]> pts = new ArrayList<>();
		for (int index = 0; index < read.size(); index++) {
			double vge = Math.abs(read.get(index).x());
			double ic = Math.abs(read.get(index).y());
			double lastI = pts.isEmpty() ? 0 : pts.get(pts.size() - 1)[0];
			if (ic >= FROM * iMax && ic > lastI) {
				pts.add(new double[] { ic, vge, index });
			}
		}
		if (pts.size() < 3) {
			return null;
		}
		return new Transfer(vce, p.page(), pts.stream().mapToDouble(q -> q[0]).toArray(),
				pts.stream().mapToDouble(q -> q[1]).toArray(), pts.stream().mapToInt(q -> (int) q[2]).toArray());
	}

	/** The on-state parts of the first output plot's room-temperature curves with their VGE; empty without one. */
	static List<Output> find(DeviceCurves curves) {
		for (Plot p : curves.plots(Plot.Kind.OUTPUT)) {
			if (!"VCE".equals(p.x().quantity()) || !"IC".equals(p.y().quantity())) {
				continue;
			}
			List<Output> out = new ArrayList<>();
			for (Plot.Series s : p.series()) {
				Double t = s.conditions().get("T");
				Double vge = s.conditions().get("VGE");
				DeviceCurves.Curve c = DeviceCurves.curve(p, s, "IC");
				Output o = vge == null || vge <= 0 || c == null || !Fits.room(t) ? null
						: on(Math.abs(vge), c);
				if (o != null) {
					out.add(o);
				}
			}
			if (!out.isEmpty()) {
				return out;
			}
		}
		return List.of();
	}

	/** The on-state part of one curve (VCE rising, IC against it) as VCE against IC; null when under three points. */
	static Output on(double vge, DeviceCurves.Curve c) {
		double[] vce = c.x();
		double[] ic = c.y();
		int n = vce.length;
		double end = vce[n - 1];
		double iEnd = ic[n - 1];
		double iMax = java.util.Arrays.stream(ic).max().orElse(0);
		double i80 = DeviceCurves.linear(vce, ic, 0.8 * end);
		boolean saturated = (iEnd - i80) / (0.2 * end) < FLAT * iEnd / end;
		double cap = saturated ? BELOW_SATURATION * iEnd : iMax;
		List<double[]> pts = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			double last = pts.isEmpty() ? 0 : pts.get(pts.size() - 1)[0];
			if (ic[i] >= FROM * iMax && ic[i] <= cap && ic[i] > last) {
				pts.add(new double[] { ic[i], vce[i] });
			}
		}
		if (pts.size() < 3) {
			return null;
		}
		double[] x = pts.stream().mapToDouble(q -> q[0]).toArray();
		double[] y = pts.stream().mapToDouble(q -> q[1]).toArray();
		return new Output(vge, new DeviceCurves.Curve(c.page(), "VCE_SAT", x, y));
	}

	/** "the output curves at VGE = 15, 12, 10 V p.3" */
	static String describe(List<Output> outs) {
		StringBuilder v = new StringBuilder();
		for (Output o : outs) {
			v.append(v.isEmpty() ? "" : ", ").append(Target.fmt(o.vge()));
		}
		return String.format(Locale.ROOT, "the output curves at VGE = %s V p.%d", v, outs.get(0).curve().page());
	}
}
