package org.espice.core.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.espice.core.Device;
import org.espice.core.Parameter;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Probe;

/**
 * The gate's capacitance to the channel, CGCH. VDMOS holds CGS constant at its value with the device off (Ciss - Crss
 * at VGS = 0), but once the channel forms the gate also sees the inversion layer under it, and the gate-charge curve
 * climbs to the Miller plateau with more charge than CGS alone holds: on the dev corpus the constant CGS left QGS a
 * quarter low at the median, and QG low with it. CGCH is that capacitance. Its charge is CGCH times the channel's
 * weak-inversion overdrive (ngspice's softplus of VGS - VTO with slope KSUBTHRES), so it is nil with the device off,
 * where Ciss, Coss and Crss are measured, and CGCH once the channel is on; the card writes it beside the VDMOS in a
 * subcircuit. It is solved so that the gate-charge test ({@link GateCharge}) gives the datasheet's typical QGS and QG
 * (the sum of their squared relative errors, with CGDMAX solved again from the gate-drain charge in turn) and left out
 * where no positive value brings them closer: a card whose QGS is already met or above it stays a plain VDMOS card.
 */
final class GateChannelFit {

	/** CGCH is searched up to this multiple of CGS */
	private static final double MAX_RATIO = 4;
	private static final int GRID = 200;
	/** below this share of CGS, CGCH is left out */
	private static final double LEAST = 0.01;

	private GateChannelFit() {
	}

	/** The datasheet's typical QGS and QG rows (the first of each) with VGS, ID and the drain supply; none without QGS. */
	static List<GateCharge.Row> rows(Device d) {
		List<GateCharge.Row> rows = new ArrayList<>();
		Parameter qgs = GateChargeFit.typical(d, "QGS");
		if (qgs == null) {
			return rows;
		}
		rows.add(GateCharge.Row.of(qgs, Probe.GATE_SOURCE_CHARGE));
		Parameter qg = GateChargeFit.typical(d, "QG");
		if (qg != null) {
			rows.add(GateCharge.Row.of(qg, Probe.GATE_CHARGE));
		}
		return rows;
	}

	/** CGCH that brings the rows' charges closest to the datasheet's, or 0 when none above 0 brings them closer. */
	static double solve(List<GateCharge.Row> rows, GateCharge.Channel ch, double cgs, VdmosCapacitances.TableCgd t) {
		if (rows.isEmpty()) {
			return 0;
		}
		DoubleUnaryOperator cost = c -> {
			double sum = 0;
			for (GateCharge.Row r : rows) {
				Double q = r.charge(ch, cgs, c, t.shape());
				if (q == null) {
					return Double.POSITIVE_INFINITY;
				}
				double e = q / r.target().value() - 1;
				sum += e * e;
			}
			return sum;
		};
		double c = JunctionFit.Figures.minimise(cost, 0, MAX_RATIO * cgs, GRID);
		return c > LEAST * cgs && cost.applyAsDouble(c) < cost.applyAsDouble(0) ? c : 0;
	}

	/** Sets CGCH on the card, with the rows it was solved from as checks; nothing when {@code cgch} is 0. */
	static void set(ModelCard card, List<GateCharge.Row> rows, GateCharge.Channel ch, double cgs, double cgch,
			VdmosCapacitances.TableCgd t) {
		if (cgch == 0) {
			return;
		}
		StringBuilder from = new StringBuilder();
		for (GateCharge.Row r : rows) {
			from.append(from.length() == 0 ? "" : " and ").append(r.from());
			card.check(r.check(), r.charge(ch, cgs, cgch, t.shape()));
		}
		card.set("CGCH", cgch, "gate-channel capacitance, added as the channel forms (charge CGCH x the weak-inversion "
				+ "overdrive of VGS - VTO): solved so that the gate-charge test on the fitted channel, CGS and Cgd gives "
				+ from + (rows.size() > 1 ? " (least squares)" : ""));
	}
}
