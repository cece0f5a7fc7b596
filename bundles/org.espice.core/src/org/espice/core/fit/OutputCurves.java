package org.espice.core.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.espice.core.Parameter;
import org.espice.core.Plot;
import org.espice.core.Provenance;
import org.espice.core.spice.Target;

/**
 * A MOSFET's output curves at room temperature (ID against VDS, one per VGS) in their ohmic part: the on-resistance
 * VDS/ID the part shows at each gate voltage, before the curve bends into current saturation. Past the knee VDS barely
 * sets ID, and a model held at the curve's current there answers with a voltage anywhere along the flat; so a point
 * counts only while its VDS/ID stays within {@link #OHMIC} of the curve's least, from a tenth of its largest current
 * (below it the reading's error swamps the ratio). In magnitudes.
 */
final class OutputCurves {

	/** How far over the curve's least VDS/ID a point may lie and still be ohmic. */
	static final double OHMIC = 1.3;
	/** The least current taken, as a share of the curve's largest. */
	static final double FROM = 0.1;
	/** A curve keeps at least this many ohmic points, or none. */
	static final int MIN_POINTS = 3;
	/** A curve's gate voltage and a row's are the same within this share. */
	static final double SAME_GATE = 0.02;

	/**
	 * One curve's ohmic part.
	 *
	 * @param vgs   its gate voltage, magnitude
	 * @param page  the page it was read from
	 * @param vds   drain voltages, rising
	 * @param id    the currents at them
	 * @param index each point's index among the curve's read points (distinct VDS, rising), by which every third one
	 *              is held out ({@link DeviceCurves})
	 */
	record Ohmic(double vgs, int page, double[] vds, double[] id, int[] index) {

		/** The on-resistance at the k-th point. */
		double ron(int k) {
			return vds[k] / id[k];
		}
	}

	private OutputCurves() {
	}

	/**
	 * The ohmic parts of the room-temperature output curves with their VGS, the first plot's where two draw the same
	 * gate voltage; empty without any.
	 */
	static List<Ohmic> find(DeviceCurves curves) {
		List<Ohmic> out = new ArrayList<>();
		for (Plot p : drainPlots(curves)) {
			for (Room r : room(p)) {
				if (out.stream().noneMatch(o -> o.vgs() == r.vgs())) {
					Ohmic o = ohmic(r.vgs(), r.curve());
					if (o != null) {
						out.add(o);
					}
				}
			}
		}
		return out;
	}

	/** One room-temperature output curve, ID against VDS, with its gate voltage (magnitude, not 0). */
	record Room(double vgs, DeviceCurves.Curve curve) {
	}

	/** The output plots that draw ID against VDS. */
	static List<Plot> drainPlots(DeviceCurves curves) {
		return curves.plots(Plot.Kind.OUTPUT).stream()
				.filter(p -> "VDS".equals(p.x().quantity()) && "ID".equals(p.y().quantity())).toList();
	}

	/** A plot's room-temperature curves that name their gate voltage, in the plot's order. */
	static List<Room> room(Plot p) {
		List<Room> out = new ArrayList<>();
		for (Plot.Series s : p.series()) {
			Double vgs = s.conditions().get("VGS");
			DeviceCurves.Curve c = DeviceCurves.curve(p, s, "ID");
			if (vgs != null && vgs != 0 && c != null && Fits.room(s.conditions().get("T"))) {
				out.add(new Room(Math.abs(vgs), c));
			}
		}
		return out;
	}

	/** The ohmic part of one curve (VDS rising, ID against it); null when under {@link #MIN_POINTS} points. */
	static Ohmic ohmic(double vgs, DeviceCurves.Curve c) {
		double[] vds = c.x();
		double[] id = c.y();
		double top = 0;
		for (double i : id) {
			top = Math.max(top, i);
		}
		double least = Double.POSITIVE_INFINITY;
		for (int k = 0; k < vds.length; k++) {
			if (id[k] >= FROM * top && vds[k] > 0) {
				least = Math.min(least, vds[k] / id[k]);
			}
		}
		List<double[]> kept = new ArrayList<>();
		for (int k = 0; k < vds.length; k++) {
			if (id[k] >= FROM * top && vds[k] > 0 && vds[k] / id[k] <= OHMIC * least) {
				kept.add(new double[] { vds[k], id[k], k });
			}
		}
		if (kept.size() < MIN_POINTS) {
			return null;
		}
		double[][] xy = DeviceCurves.columns(kept);
		int[] index = kept.stream().mapToInt(q -> (int) q[2]).toArray();
		return new Ohmic(vgs, c.page(), xy[0], xy[1], index);
	}

	/**
	 * A maximum-only RDS(on) row as its typical value read off the ohmic part of the output curve drawn at its gate
	 * voltage, at its current (linear between read points), marked as read off the curve's page: the typical part
	 * the fit aims at, where the tables leave it to a share of the maximum. The row itself where it prints a typical
	 * value or is not at room temperature, no curve is drawn at its VGS or spans its ID, or the curve stands over the
	 * maximum (misread).
	 */
	static Parameter typical(Parameter row, List<Ohmic> curves) {
		Double vgs = row.condition("VGS");
		Double id = row.condition("ID");
		if (row.typ() != null || row.max() == null || vgs == null || id == null || !Fits.room(row.condition("T"))) {
			return row;
		}
		for (Ohmic o : curves) {
			double at = Math.abs(id);
			int n = o.id().length;
			if (Math.abs(o.vgs() / Math.abs(vgs) - 1) > SAME_GATE || at < o.id()[0] || at > o.id()[n - 1]) {
				continue;
			}
			double[] ron = new double[n];
			for (int k = 0; k < n; k++) {
				ron[k] = o.ron(k);
			}
			double typ = DeviceCurves.linear(o.id(), ron, at);
			if (typ > 0 && typ <= Math.abs(row.max())) {
				return new Parameter(row.name(), null, typ, null, row.unit(), row.conditions(),
						Provenance.curve(o.page()));
			}
		}
		return row;
	}

	/** "the output curves at VGS = 10, 6, 4.5 V p.3" */
	static String describe(List<Ohmic> curves) {
		StringBuilder v = new StringBuilder();
		for (Ohmic o : curves) {
			v.append(v.isEmpty() ? "" : ", ").append(Target.fmt(o.vgs()));
		}
		return String.format(Locale.ROOT, "the output curves at VGS = %s V p.%d", v, curves.get(0).page());
	}
}
