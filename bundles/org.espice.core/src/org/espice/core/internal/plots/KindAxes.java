package org.espice.core.internal.plots;

import org.espice.core.DeviceKind;
import org.espice.core.Plot;

/**
 * Names the axes of a plot whose titles name no quantity (or a generic one) as its kind has them: a derating
 * plot's y axis is the forward current of a diode, the drain current of a MOSFET. The printed units are weighed
 * first: an axis titled in siemens on a transfer plot is a transconductance, not the drain current the kind
 * expects, so it keeps its own name; and a body diode plot whose y axis is printed in volts is drawn with its axes
 * swapped (source current across, diode voltage up), as some makers draw it.
 */
final class KindAxes {

	private KindAxes() {
	}

	/**
	 * The x and y titles named as the kind implies.
	 *
	 * @return the x title and the y title
	 */
	static AxisTitle[] named(AxisTitle tx, AxisTitle ty, Plot.Kind kind, DeviceKind device) {
		String ex = PlotKinds.expected(kind, 0, device);
		String ey = PlotKinds.expected(kind, 1, device);
		if (kind == Plot.Kind.ZTH && ty.unit().isEmpty()) {
			ey = "ZTH_NORM"; // a thermal impedance without a unit is a fraction of the steady-state one ("K", "r(t)")
		}
		if (kind == Plot.Kind.BODY_DIODE && "V".equals(ty.unit()) && !"V".equals(tx.unit())
				&& !ty.quantity().equals("IS") && !ty.quantity().equals("IF")) {
			ex = "IS"; // the diode voltage drawn up, the source current across
			ey = "VSD";
		}
		return new AxisTitle[] { named(tx, kind, 0, ex), named(ty, kind, 1, ey) };
	}

	/** An axis titled with a generic word (or nothing) named as its plot's kind implies. */
	private static AxisTitle named(AxisTitle title, Plot.Kind kind, int axis, String expected) {
		String q = title.quantity();
		if (expected == null) {
			return title;
		}
		// the same quantity under another name: a source current on a body diode plot, a forward current on a
		// diode's
		boolean renamed = kind == Plot.Kind.BODY_DIODE && axis == 0 && q.equals("VDS") && expected.equals("VSD")
				|| kind == Plot.Kind.IF_VF && (q.equals("VSD") || q.equals("IS"));
		boolean generic = q.equals("other") && agrees(title, expected);
		return generic || renamed ? title.as(expected) : title;
	}

	/** Whether a title's printed unit (if any) is the one the quantity is measured in. */
	private static boolean agrees(AxisTitle title, String quantity) {
		String unit = AxisTitle.siUnit(quantity);
		return title.unit().isEmpty() || unit == null || unit.equals(title.unit());
	}
}
