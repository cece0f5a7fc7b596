package org.espice.core.fit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.espice.core.Device;
import org.espice.core.FailureCategory;
import org.espice.core.Parameter;
import org.espice.core.ProcessingException;
import org.espice.core.spice.Check;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;

/** A zener's breakdown on the diode card: BV, IBV and NBV from VZ, ZZT and ZZK, held under the leakage ceilings. */
final class ZenerFit {

	/** A ZZ row at under this share of the test current is the knee's. */
	private static final double KNEE_CURRENT = 0.5;
	/** The knee impedance is kept this share under its maximum. */
	private static final double KNEE_MARGIN = 0.95;

	private ZenerFit() {
	}

	/**
	 * Zener: IBV = IZT, BV = VZ - IZT*RS, NBV = (ZZT - RS)*IZT/Vt, or fitted to the part's VZ-IZ curve
	 * ({@link ZenerCurves}) where no typical ZZT is printed, held under a ZZT maximum; lowered where the knee
	 * impedance ZZK at IZK or a leakage ceiling asks for a sharper knee.
	 */
	static void breakdown(ModelCard card, Device d, DeviceCurves curves) throws ProcessingException {
		Parameter vz = testRow(d);
		if (vz == null) {
			throw new ProcessingException(FailureCategory.EXTRACTION_INCOMPLETE,
					"Cannot fit a zener model for " + d.part() + ": no zener voltage VZ with its test current IZ");
		}
		Target tz = Target.of(vz);
		double izt = testCurrent(vz);
		double rs = card.value("RS");
		Parameter zz = null;
		for (Parameter p : Fits.rows(d, "ZZ")) {
			Double iz = p.condition("IZ");
			boolean knee = iz != null && Math.abs(iz) < KNEE_CURRENT * izt; // the knee's, which caps NBV below
			if (!knee && (zz == null
					|| Math.abs(Check.condition(p, "IZ", 0) - izt) < Math.abs(Check.condition(zz, "IZ", 0) - izt))) {
				zz = p;
			}
		}
		double zzt = zz == null ? Math.max(2 * rs, 2 * Fits.VT / izt) : Target.of(zz).value();
		if (zzt <= rs * 1.05) {
			rs = zzt / 2;
			card.set("RS", rs, "halved ZZT so that NBV stays positive (ZZT <= forward-fitted RS)");
		}
		double nbv = (zzt - rs) * izt / Fits.VT;
		String nbvOrigin = zz == null ? "default: ZZT taken as 2*Vt/IZT (no ZZ printed at the test current)"
				: "(ZZT - RS)*IZT/Vt from " + Fits.from(zz, Target.of(zz));
		// a typical ZZT is the table's to keep; a drawn curve gives the shape a ZZT maximum only bounds
		ZenerCurves.Curve curve = zz != null && zz.typ() != null ? null : ZenerCurves.find(curves, tz.value(), izt);
		double fromCurve = curve == null ? Double.NaN : ZenerCurves.nbv(curve, izt, rs);
		if (!Double.isNaN(fromCurve)) {
			double ceiling = zz == null || zz.max() == null ? Double.POSITIVE_INFINITY
					: (Math.abs(zz.max()) - rs) * izt / Fits.VT;
			nbvOrigin = Fits.fmt("fitted to the %s with RS held: its rise per decade of current about IZT (rms %.3g V)",
					curve.describe(), ZenerCurves.rms(curve, izt, rs, Math.min(fromCurve, ceiling)));
			if (fromCurve > ceiling) {
				nbvOrigin += "; held so that ZZT stays under " + Fits.from(zz, Target.of(zz));
			}
			nbv = Math.min(fromCurve, ceiling);
		}
		double bv = tz.value() - izt * rs;
		String nbvCap = "";
		// the knee impedance ZZK is a maximum too: one exponential through ZZT gives ZZK in proportion to IZT/IZK,
		// often above it (1N4744A: 14 Ohm at 17 mA gives 950 Ohm at 0.25 mA, against 700 Ohm max)
		Parameter zzk = knee(d, izt);
		if (zzk != null) {
			double izk = Math.abs(zzk.condition("IZ"));
			double cap = KNEE_MARGIN * (Math.abs(zzk.max()) - rs) * izk / Fits.VT;
			if (cap > 0 && cap < nbv) {
				nbv = cap;
				nbvCap = "; lowered so that the knee impedance stays under " + Fits.from(zzk, Target.of(zzk));
			}
		}
		// the breakdown tail must keep the printed leakage ceilings: IBV*exp(-(BV-VR)/(NBV*Vt)) <= IR max
		for (Parameter ir : Fits.rows(d, "IR", "VR")) {
			double vr = Check.condition(ir, "VR", 0);
			if (ir.max() != null && ir.typ() == null && vr < bv && Math.abs(ir.max()) < izt) {
				double cap = 0.8 * (bv - vr) / (Fits.VT * Math.log(izt / (0.5 * Math.abs(ir.max()))));
				if (cap < nbv) {
					nbv = cap;
					nbvCap = "; capped so that the leakage stays under " + Fits.from(ir, Target.of(ir));
				}
			}
		}
		card.set("BV", bv, "VZ - IZT*RS from " + Fits.from(vz, tz));
		card.set("IBV", izt, "IZT = " + Target.fmt(izt) + " A, the VZ test current");
		card.set("NBV", nbv, nbvOrigin + nbvCap);
		Check cz = new Check(vz.conditions().containsKey("IZ") ? vz : withIz(vz, izt), Probe.ZENER_VOLTAGE, tz);
		card.check(cz, bv + izt * rs);
		if (zz != null) {
			Parameter zzRow = zz.conditions().containsKey("IZ") ? zz : withIz(zz, izt);
			card.check(new Check(zzRow, Probe.ZENER_IMPEDANCE, Target.of(zz)), nbv * Fits.VT / izt + rs);
		}
		if (zzk != null && zzk != zz) {
			card.check(new Check(zzk, Probe.ZENER_IMPEDANCE, Target.of(zzk)),
					nbv * Fits.VT / Math.abs(zzk.condition("IZ")) + rs);
		}
		for (Parameter ir : Fits.rows(d, "IR", "VR")) {
			if (ir.max() != null && ir.typ() == null && Check.condition(ir, "VR", 0) < bv) {
				card.check(new Check(ir, Probe.REVERSE_CURRENT, Target.of(ir)),
						DiodeFitter.leakage(card.value("IS"), bv, izt, nbv, Check.condition(ir, "VR", 0)));
			}
		}
	}

	/** The zener voltage row, at its test current where one is printed; null when there is none. */
	static Parameter testRow(Device d) {
		Parameter vz = Fits.row(d, "VZ", "IZ");
		return vz == null ? Fits.row(d, "VZ") : vz;
	}

	/** The test current IZT of the zener voltage row, A (5 mA where it prints none). */
	static double testCurrent(Parameter vz) {
		return Check.condition(vz, "IZ", 5e-3);
	}

	/** The knee impedance: the ZZ maximum printed at the lowest current, well under the test current {@code izt}. */
	private static Parameter knee(Device d, double izt) {
		Parameter knee = null;
		for (Parameter p : Fits.rows(d, "ZZ", "IZ")) {
			double iz = Math.abs(p.condition("IZ"));
			if (p.max() != null && p.typ() == null && iz < KNEE_CURRENT * izt
					&& (knee == null || iz < Math.abs(knee.condition("IZ")))) {
				knee = p;
			}
		}
		return knee;
	}

	private static Parameter withIz(Parameter p, double iz) {
		Map<String, Double> c = new LinkedHashMap<>(p.conditions());
		c.put("IZ", iz);
		return new Parameter(p.name(), p.min(), p.typ(), p.max(), p.unit(), c, p.source());
	}
}
