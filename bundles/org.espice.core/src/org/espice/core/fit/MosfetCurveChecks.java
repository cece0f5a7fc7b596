package org.espice.core.fit;

import java.util.ArrayList;
import java.util.List;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.Plot;
import org.espice.core.spice.Check;
import org.espice.core.spice.Probe;

/**
 * A MOSFET's curves as checks for {@link CurveChecks}: its gate voltage on its room transfer curve, its on-resistance
 * and saturation current on its output curves, its on-resistance on its RDS(on) curves against ID and VGS, and the
 * charges along its gate-charge curve; each at the point's bias, signed as the part.
 */
final class MosfetCurveChecks {

	/** Charges sampled along each rise of the gate-charge curve. */
	private static final int SAMPLES_PER_RISE = 4;

	private MosfetCurveChecks() {
	}

	/** The MOSFET's curve points, appended to {@code out}. */
	static void add(List<Check> out, Device d, DeviceCurves usable) {
		transfer(out, d, usable);
		mosfetOutput(out, d, usable);
		onResistance(out, d, usable);
		gateCharge(out, d, usable);
	}

	/**
	 * The gate voltage at the room transfer curve's currents, with the drain held at the curve's drain voltage (where
	 * the plot gives none, tied to the gate as in the threshold test: in saturation either way).
	 */
	private static void transfer(List<Check> out, Device d, DeviceCurves usable) {
		TransferCurves.Curve t = TransferCurves.find(usable, ChannelFit.RATED_REACH * ChannelFit.ratedCurrent(d));
		double sign = d.kind() == DeviceKind.MOSFET_P ? -1 : 1;
		for (int i = 2; t != null && i < t.current().length; i += 3) {
			if (t.vds() > 0) {
				CurveChecks.point(out, "VGS", sign * t.vgs()[i], "V", t.page(), Probe.VGS_TH, "ID", sign * t.current()[i], "VDS",
						sign * t.vds());
			} else {
				CurveChecks.point(out, "VGS", sign * t.vgs()[i], "V", t.page(), Probe.VGS_TH, "ID", sign * t.current()[i]);
			}
		}
	}

	/**
	 * The gate-charge curve whose Miller plateau {@link GateChargeCurves} finds: the charge at the gate voltage of four
	 * points on each rise (up to 90 % of the plateau's start; from a tenth of the way past its end to the curve's top),
	 * in the verifier's gate-charge test at the plateau's current and supply (quantity QG). The fits use the curve for
	 * the plateau's voltage and, where the tables print no typical gate charge, for its corners' charges (QGS, QGD and
	 * QG at the last point, which is also the last sample here); the other samples lie between those corners.
	 */
	private static void gateCharge(List<Check> out, Device d, DeviceCurves usable) {
		GateChargeCurves.Plateau pl = GateChargeCurves.find(usable, d);
		if (pl == null || !(pl.vds() > 0)) {
			return;
		}
		double sign = d.kind() == DeviceKind.MOSFET_P ? -1 : 1;
		double[] q = pl.q();
		double[] v = pl.v();
		// four charges along each rise, read on the drawn line (a curve drawn as its corners is straight between
		// them): the first rise up to 90 % of the plateau's start, the last from a tenth of the way past its end
		List<Double> at = new ArrayList<>();
		for (int k = 1; k <= SAMPLES_PER_RISE; k++) {
			at.add(0.9 * pl.charge() * k / SAMPLES_PER_RISE);
		}
		for (int k = 0; k < SAMPLES_PER_RISE; k++) {
			at.add(pl.end() + (pl.topCharge() - pl.end()) * (0.1 + 0.9 * k / (SAMPLES_PER_RISE - 1)));
		}
		for (double charge : at) {
			double gate = DeviceCurves.linear(q, v, charge);
			if (charge > q[0] && gate > 0) {
				CurveChecks.point(out, "QG", charge, "C", pl.page(), Probe.GATE_CHARGE, "VGS", sign * gate, "ID", sign * pl.id(),
						"VDS", sign * pl.vds());
			}
		}
	}

	/**
	 * A MOSFET's output curves at room temperature in their ohmic part ({@link OutputCurves}): every third read point
	 * (index 3k+2 of each series' distinct VDS) there, as the on-resistance VDS/ID at its VDS and VGS (quantity
	 * RDS_ON, read off the curve; the drain held at the point's voltage, {@link Probe#OHMIC_RESISTANCE}); and past
	 * their knee ({@link OutputSaturation}), every third point as the drain current at its VDS and VGS (quantity ID,
	 * {@link Probe#DRAIN_CURRENT}).
	 */
	private static void mosfetOutput(List<Check> out, Device d, DeviceCurves usable) {
		double sign = d.kind() == DeviceKind.MOSFET_P ? -1 : 1;
		for (OutputCurves.Ohmic o : OutputCurves.find(usable)) {
			for (int k = 0; k < o.id().length; k++) {
				if (o.index()[k] % 3 != 2) {
					continue;
				}
				CurveChecks.point(out, "RDS_ON", o.ron(k), "Ohm", o.page(), Probe.OHMIC_RESISTANCE, "VGS", sign * o.vgs(), "VDS",
						sign * o.vds()[k], "ID", sign * o.id()[k]);
			}
		}
		for (OutputSaturation.Saturated s : OutputSaturation.find(usable)) {
			for (int k = 0; k < s.id().length; k++) {
				if (s.index()[k] % 3 == 2) {
					CurveChecks.point(out, "ID", s.id()[k], "A", s.page(), Probe.DRAIN_CURRENT, "VGS", sign * s.vgs(), "VDS",
							sign * s.vds()[k]);
				}
			}
		}
	}

	/**
	 * Every third point (index 3k+2 of its distinct x) of a MOSFET's room on-resistance curves, in ohms: against ID, one
	 * curve per VGS, and against VGS, one per ID; each as RDS(on) at the point's VGS and ID (the current forced, as the
	 * table's rows are tested). A curve that names no VGS (or ID) is left out.
	 */
	private static void onResistance(List<Check> out, Device d, DeviceCurves usable) {
		double sign = d.kind() == DeviceKind.MOSFET_P ? -1 : 1;
		for (Plot.Kind kind : List.of(Plot.Kind.RDSON_ID, Plot.Kind.RDSON_VGS)) {
			boolean againstId = kind == Plot.Kind.RDSON_ID;
			for (Plot p : usable.plots(kind)) {
				if (!"RDS_ON".equals(p.y().quantity()) || !(againstId ? "ID" : "VGS").equals(p.x().quantity())) {
					continue;
				}
				boolean anyT = p.series().stream().anyMatch(x -> x.conditions().containsKey("T"));
				for (Plot.Series s : p.series()) {
					Double held = s.conditions().get(againstId ? "VGS" : "ID");
					if (held == null || held == 0 || s.onY2() || !Fits.room(s.conditions().get("T"), anyT)) {
						continue;
					}
					for (Plot.Point q : CurveChecks.everyThird(s)) {
						if (q.x() != 0 && q.y() > 0) {
							double vgs = Math.abs(againstId ? held : q.x());
							double id = Math.abs(againstId ? q.x() : held);
							CurveChecks.point(out, "RDS_ON", q.y(), "Ohm", p.page(), Probe.RDS_ON, "VGS", sign * vgs, "ID", sign * id);
						}
					}
				}
			}
		}
	}
}
