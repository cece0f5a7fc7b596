package org.espice.core.fit;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.espice.core.Device;
import org.espice.core.Parameter;
import org.espice.core.spice.CapacitanceKnee;
import org.espice.core.spice.Check;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;

/**
 * The capacitances of a VDMOS card (a MOSFET's, a GaN FET's, an IGBT's MOS part): CGS, ngspice's Cgd law (CGDMIN,
 * CGDMAX, A) and the output junction (CJO, VJ, M), from the Ciss, Coss and Crss rows, their curves
 * ({@link MosCapacitanceCurves}) and a MOSFET's gate charge ({@link GateChargeFit}).
 */
final class VdmosCapacitances {

	/** The capacitance rows of a MOS-gated device, the condition key of their bias and the gate-drain charge row. */
	record Rows(String ciss, String coss, String crss, String bias, String qgd) {
		static final Rows MOSFET = new Rows("CISS", "COSS", "CRSS", "VDS", "QGD");
		static final Rows IGBT = new Rows("CIES", "COES", "CRES", "VCE", "QGD");
	}

	private VdmosCapacitances() {
	}

	/**
	 * CGS = Ciss - Crss; CGDMAX/CGDMIN/A so that Cgd(VDS) = Crss on ngspice's Cgd(Vgd) shape; CJO = (Coss -
	 * Crss) de-embedded to 0 V with VJ = 0.8 V, M = 0.5. With usable Crss and Coss curves, the shapes of Cgd and
	 * Cds come from them instead ({@link MosCapacitanceCurves}), still meeting the table values; a Ciss printed only
	 * as a limit is met by the Ciss curve, as drawn.
	 */
	static void fit(ModelCard card, Device device, Rows rows, DeviceCurves curves) {
		// a MOSFET's gate charges: the table's typical ones, else its gate-charge curve's
		Device d = rows == Rows.MOSFET ? GateChargeCurves.withCharges(device, curves) : device;
		Parameter pi = Fits.row(d, rows.ciss());
		Parameter pr = Fits.row(d, rows.crss());
		String vKey = rows.bias();
		DoubleUnaryOperator cgdAt = MosCapacitanceCurves.cgd(card, d, rows, curves);
		if (cgdAt == null && pr == null) {
			if (pi != null) {
				card.set("CGS", Target.of(pi).value(), "Ciss (no Crss printed) from " + Fits.from(pi, Target.of(pi)));
				card.check(new Check(pi, Probe.CISS, Target.of(pi)), Target.of(pi).value());
			}
			return;
		}
		double crssV = pr == null ? 25 : Check.condition(pr, vKey, 25);
		if (cgdAt == null) {
			cgdAt = tableCgd(card, d, rows, pr);
		}
		if (pi != null && pi.typ() == null && MosCapacitanceCurves.cgs(card, d, rows, curves, cgdAt)) {
			// a limit is checked, not aimed at: the typical curve sets CGS, as it sets Cgd and Cds
			double cgdAtCiss = cgdAt.applyAsDouble(Check.condition(pi, vKey, crssV));
			card.check(new Check(pi, Probe.CISS, Target.of(pi)), card.value("CGS") + cgdAtCiss);
		} else if (pi != null) {
			Target ti = Target.of(pi);
			double cgdAtCiss = cgdAt.applyAsDouble(Check.condition(pi, vKey, crssV));
			double cgs = Math.max(ti.value() - cgdAtCiss, 0.05 * ti.value());
			card.set("CGS", cgs, "Ciss - Cgd(VDS) from " + Fits.from(pi, ti));
			card.check(new Check(pi, Probe.CISS, ti), cgs + cgdAtCiss);
		} else {
			MosCapacitanceCurves.cgs(card, d, rows, curves, cgdAt);
		}
		List<OutputJunction.Point> coss = OutputJunction.points(d, rows, cgdAt, crssV);
		if (!MosCapacitanceCurves.cds(card, rows, curves, cgdAt, coss) && !coss.isEmpty()) {
			OutputJunction.fromTable(card, coss);
		}
	}

	/**
	 * Cgd's shape from the table alone: CGDMIN = Crss/2, CGDMAX = 2 Crss (or twice the Miller-swing average
	 * Qgd/VDS when larger), A solved to meet Crss at its VDS.
	 */
	record TableCgd(double min, double max, double a, CapacitanceKnee knee, double crssV, String maxOrigin) {

		static TableCgd of(Device d, Rows rows, Parameter pr) {
			String vKey = rows.bias();
			Target tr = Target.of(pr);
			double crssV = Check.condition(pr, vKey, 25);
			double cgdMin = 0.5 * tr.value();
			double cgdMax = 2 * tr.value();
			String maxOrigin = "default 2 x Crss";
			Parameter qgd = Fits.row(d, rows.qgd());
			if (qgd != null && qgd.condition(vKey) != null) {
				double avg = Math.abs(qgd.nominal()) / Check.condition(qgd, vKey, 1);
				if (2 * avg > cgdMax) {
					cgdMax = 2 * avg;
					maxOrigin = "2 x the average Cgd over the Miller swing, Qgd/VDS from " + Fits.from(qgd,
							Target.of(qgd));
				}
			}
			double s = (cgdMax - cgdMin) / (1 + Math.PI / 2);
			double y = cgdMax - s;
			double a = Math.tan((y - tr.value()) / s) / crssV;
			return new TableCgd(cgdMin, cgdMax, a, CapacitanceKnee.NONE, crssV, maxOrigin);
		}

		double at(double vds) {
			return ModelCard.cgd(min, max, a, -vds) + knee.at(vds);
		}

		/** The shape as the gate-charge test integrates it. */
		GateCharge.Cgd shape() {
			return new GateCharge.Cgd(min, max, a, knee);
		}

		/**
		 * The shape with another CGDMAX, A solved again so that Cgd still meets Crss at its voltage (the knee's share
		 * held).
		 */
		TableCgd withMax(double cgdMax, String origin) {
			double law = ModelCard.cgd(min, max, a, -crssV);
			double s = (cgdMax - min) / (1 + Math.PI / 2);
			double y = cgdMax - s;
			return new TableCgd(min, cgdMax, Math.tan((y - law) / s) / crssV, knee, crssV, origin);
		}
	}

	private static DoubleUnaryOperator tableCgd(ModelCard card, Device d, Rows rows, Parameter pr) {
		TableCgd t = TableCgd.of(d, rows, pr);
		if (rows == Rows.MOSFET) {
			t = GateChargeFit.cgdMax(card, d, t);
		}
		Target tr = Target.of(pr);
		card.set("CGDMAX", t.max(), t.maxOrigin());
		card.set("CGDMIN", t.min(), "default 0.5 x Crss");
		card.set("A", t.a(), "solved so that Cgd(VDS=" + Target.fmt(t.crssV()) + " V) = Crss on ngspice's VDMOS Cgd "
				+ "shape; " + Fits.from(pr, tr));
		card.check(new Check(pr, Probe.CRSS, tr), t.at(t.crssV()));
		return t::at;
	}
}
