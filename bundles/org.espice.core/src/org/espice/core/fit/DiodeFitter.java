package org.espice.core.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.FailureCategory;
import org.espice.core.Parameter;
import org.espice.core.Plot;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.spice.Check;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;

/**
 * Diodes, rectifiers, Schottky and Zener diodes: IS/N/RS by bounded least squares on all VF-IF points,
 * CJO/VJ/M from CT-VR, breakdown from VZ/ZZ (Zener) or from VRRM and the leakage ceiling (its soft tail through
 * the typical leakage, {@link LeakageTail}), TT from trr.
 */
final class DiodeFitter {

	static final double DEFAULT_N_SILICON = 1.2;
	static final double DEFAULT_N_SCHOTTKY = 1.05;
	static final double DEFAULT_VJ = 0.7;

	/** Fits a diode card; {@code prefix} names the rows (VF for diodes, VSD for a body diode) */
	/** XTI of a Schottky barrier where no hot forward value sets it (the usual SPICE value). */
	static final double SCHOTTKY_XTI = 2;

	static ModelCard fit(Device d, String name, TaskMonitor monitor) throws ProcessingException {
		return fit(d, name, DeviceCurves.NONE, monitor);
	}

	static ModelCard fit(Device d, String name, DeviceCurves curves, TaskMonitor monitor) throws ProcessingException {
		ModelCard card = new ModelCard(d.part(), d.kind(), name, "D");
		List<Parameter> vf = Fits.rows(d, "VF", "IF");
		ForwardCurves.Forward fwd = ForwardCurves.find(curves, Plot.Kind.IF_VF);
		if (vf.isEmpty() && fwd == null) {
			throw new ProcessingException(FailureCategory.EXTRACTION_INCOMPLETE, "Cannot fit a " + d.kind().id()
					+ " model for " + d.part() + ": no forward voltage VF with its test current IF was found, and no "
					+ "single forward curve at 25 degC");
		}
		boolean schottky = d.kind() == DeviceKind.SCHOTTKY;
		List<LeakageCurves.Curve> leakage = LeakageCurves.find(d, curves);
		forward(card, d, vf, fwd, leakage, schottky, monitor);
		if (schottky && card.value("EG") == null) {
			// ngspice's defaults are silicon's (1.11 eV, XTI 3): a Schottky's IS would rise ten times too fast hot
			card.set("EG", ForwardFit.EG_SCHOTTKY, "default 0.69 eV (Schottky barrier), held: no hot forward row or "
					+ "curve to fit the temperature law to");
			card.set("XTI", SCHOTTKY_XTI, "default 2 for a Schottky barrier, held");
		}
		List<Parameter> ct = Fits.rowsAtBias(d, "CT", "VR");
		JunctionCurves.Anchored fromCurve = JunctionCurves.fit(card,
				curves.find(Plot.Kind.CT_VR, Set.of("VR"), new String[0]), ct, "VR", new double[] { DEFAULT_VJ, 0.5 });
		if (fromCurve != null) {
			capacitance(card, ct, fromCurve);
		} else {
			capacitance(card, ct, monitor);
		}
		if (d.kind() == DeviceKind.ZENER) {
			ZenerFit.breakdown(card, d, curves);
		} else {
			breakdown(card, d, leakage);
			TunnelLeakage.fit(card, d, leakage, monitor);
		}
		card.info("mfg", "ESpice");
		card.info("type", d.kind() == DeviceKind.ZENER ? "Zener" : schottky ? "Schottky" : "silicon");
		Parameter vrrm = Fits.row(d, "VRRM");
		if (vrrm != null) {
			card.info("Vpk", Target.fmt(Math.abs(vrrm.nominal())));
		}
		Parameter iav = Fits.row(d, "IF_AV");
		if (iav != null) {
			card.info("Iave", Target.fmt(Math.abs(iav.nominal())));
		}
		Parameter trr = Fits.row(d, "TRR");
		if (schottky) {
			card.set("TT", 0, "Schottky: no minority-carrier storage, TT = 0");
		} else {
			ReverseRecovery.tt(card, trr, true);
		}
		return card;
	}

	/**
	 * IS, N and RS from the forward curve with the table's VF rows ({@code vf}) when a curve agrees with them, else
	 * from the rows alone; then XTI from the hottest VF row when no hot curve set it. The curve's IS stays under the
	 * leakage printed and drawn: a SPICE diode leaks IS at any reverse voltage, so the typical leakage a curve shows
	 * at its lowest voltage bounds it too ({@link LeakageCurves#floors}).
	 */
	static void forward(ModelCard card, Device d, List<Parameter> vf, ForwardCurves.Forward fwd,
			List<LeakageCurves.Curve> leakage, boolean schottky, TaskMonitor monitor) throws ProcessingException {
		List<Parameter> bounds = new ArrayList<>(d.all("IR"));
		bounds.addAll(LeakageCurves.floors(leakage));
		// an IGBT's co-packaged diode lies across its collector and emitter: ICES bounds its reverse current too
		bounds.addAll(d.all("ICES"));
		if (fwd == null || !ForwardFit.fit(card, vf, fwd, schottky, "IF", "RS", bounds, monitor)) {
			forward(card, vf, schottky, "IF", "RS", monitor);
		}
		if (card.value("XTI") == null) {
			ForwardFit.hotRow(card, d.all("VF"), schottky, bounds);
		}
	}

	/**
	 * IS, N and the series resistance from forward points: all three by least squares with 3+ points, IS and
	 * the resistance with N held with 2, IS alone with N and the resistance held with 1.
	 */
	static void forward(ModelCard card, List<Parameter> rows, boolean schottky, String currentKey, String rsName,
			TaskMonitor monitor) throws ProcessingException {
		List<Parameter> pts = Fits.sortedBy(rows, currentKey);
		List<Check> checks = new ArrayList<>();
		for (Parameter p : pts) {
			checks.add(new Check(p, Probe.FORWARD_VOLTAGE, Target.of(p)));
		}
		double nDefault = schottky ? DEFAULT_N_SCHOTTKY : DEFAULT_N_SILICON;
		double nLo = schottky ? 1.0 : 0.8;
		double nHi = schottky ? 2.0 : 6.0;
		Check hiPt = checks.get(checks.size() - 1);
		double iHi = hiPt.condition(currentKey, 1);
		double vHi = hiPt.target().value();
		// Seeds: ideal diode through the lowest point, a tenth of the highest point's voltage in the resistance
		double rsSeed = 0.1 * vHi / iHi;
		// a junction drops about a volt at most at its test current (a Schottky barrier about 0.6 V): the rest of a
		// higher single VF is series resistance; left to IS, it drives IS to its bound and the model to nonsense
		// away from the point (at another temperature above all)
		double junctionMax = schottky ? 0.6 : 1.0;
		boolean capped = checks.size() == 1 && vHi - rsSeed * iHi > junctionMax;
		if (capped) {
			rsSeed = (vHi - junctionMax) / iHi;
		}
		Check loPt = checks.get(0);
		double isSeed = loPt.condition(currentKey, 1) / Math.expm1(Math.max(0.05,
				loPt.target().value() - (checks.size() == 1 ? rsSeed * iHi : 0)) / (nDefault * Fits.VT));
		boolean fitN = checks.size() >= 3;
		boolean fitRs = checks.size() >= 2;
		double[] start = { Math.log(Math.max(isSeed, 1e-30)), nDefault, Math.log(Math.max(rsSeed, 1e-6)) };
		double[] lo = { Math.log(1e-30), fitN ? nLo : nDefault, fitRs ? Math.log(1e-6) : start[2] };
		double[] hi = { Math.log(1e-3), fitN ? nHi : nDefault, fitRs ? Math.log(1e4) : start[2] };
		LeastSquares.Result r = LeastSquares.fit(start, lo, hi, x -> {
			double[] res = new double[checks.size()];
			for (int i = 0; i < res.length; i++) {
				Check c = checks.get(i);
				res[i] = c.target().residual(vf(Math.exp(x[0]), x[1], Math.exp(x[2]), c.condition(currentKey, 1)));
			}
			return res;
		}, monitor);
		double is = Math.exp(r.point()[0]);
		double n = r.point()[1];
		double rs = Math.exp(r.point()[2]);
		if (!Double.isFinite(is) || r.rms() > 1) {
			throw new ProcessingException(FailureCategory.FIT_FAILED, "The forward characteristic of " + card.part()
					+ " could not be fitted (rms log error " + r.rms() + "); check the VF/IF values");
		}
		String used = checks.stream().map(c -> Fits.from(c.parameter(), c.target()))
				.reduce((a, b) -> a + "; " + b).orElse("");
		String how = Fits.fmt("least squares (LM, rms log error %.3g) on %s", r.rms(), used);
		card.set("IS", is, how);
		card.set("N", n, fitN ? "same fit as IS"
				: Fits.fmt("default %s for a %s diode, held because fewer than 3 VF points", nDefault,
						schottky ? "Schottky" : "silicon"));
		card.set(rsName, rs, fitRs ? "same fit as IS"
				: capped ? Fits.fmt("VF above a %s V junction drop at the single VF point, held", junctionMax)
						: Fits.fmt("default: 10 %% of VF at the single VF point, held (single VF point)"));
		for (Check c : checks) {
			card.check(c, vf(is, n, rs, c.condition(currentKey, 1)));
		}
	}

	/**
	 * A silicon diode from one VF row printed only at another temperature T: N and RS as for a single room point,
	 * IS solved at T with that temperature's thermal voltage and brought back to 27 degC on ngspice's law (EG and
	 * XTI at their silicon defaults), so the model meets the row at T.
	 */
	static void forwardAt(ModelCard card, Parameter hot, TaskMonitor monitor) throws ProcessingException {
		double t = Check.condition(hot, "T", 25) + 273.15;
		java.util.Map<String, Double> room = new java.util.LinkedHashMap<>(hot.conditions());
		room.remove("T");
		ModelCard split = new ModelCard(card.part(), card.kind(), "split", "D");
		forward(split, List.of(new Parameter(hot.name(), hot.min(), hot.typ(), hot.max(), hot.unit(), room,
				hot.source())), false, "IF", "RS", monitor);
		double n = split.value("N");
		double rs = split.value("RS");
		Target target = Target.of(hot);
		double i = Check.condition(hot, "IF", 1);
		double vj = Math.max(0.05, target.value() - i * rs);
		double isAtT = i / Math.expm1(vj / (n * Fits.VT * t / 300.15));
		double is = isAtT / ForwardFit.ratio(n, ForwardFit.EG_SILICON, 3, t);
		card.set("IS", is, Fits.fmt("solved at %.0f degC from %s and brought back to 27 degC on the diode law (EG "
				+ "%s, XTI 3)", t - 273.15, Fits.from(hot, target), ForwardFit.EG_SILICON));
		card.set("N", n, split.params().stream().filter(p -> p.name().equals("N")).findFirst().orElseThrow().origin());
		card.set("RS", rs, split.params().stream().filter(p -> p.name().equals("RS")).findFirst().orElseThrow()
				.origin());
		card.check(new Check(hot, Probe.FORWARD_VOLTAGE, target), target.value());
	}

	static double vf(double is, double n, double rs, double i) {
		return vf(is, n, rs, Double.POSITIVE_INFINITY, i);
	}

	/**
	 * VF at {@code i} with the forward knee current {@code ikf} (infinite for none): ngspice's diode carries
	 * Ij / (1 + sqrt(Ij / IKF)) where the junction law gives Ij, so past the knee its voltage per decade doubles.
	 */
	static double vf(double is, double n, double rs, double ikf, double i) {
		return n * Fits.VT * Math.log1p(junction(i, ikf) / is) + i * rs;
	}

	/** The junction law's current Ij that ngspice's high-injection knee turns into {@code i}. */
	static double junction(double i, double ikf) {
		if (!(ikf < Double.POSITIVE_INFINITY)) {
			return i;
		}
		double s = (i + Math.sqrt(i * i + 4 * ikf * i)) / (2 * ikf);
		return ikf * s * s;
	}

	/** CJO with VJ held at 0.7 V; M fitted with two or more points, else the abrupt-junction 0.5. */
	static void capacitance(ModelCard card, List<Parameter> rows, TaskMonitor monitor) {
		if (rows.isEmpty()) {
			return;
		}
		List<Check> checks = new ArrayList<>();
		for (Parameter p : rows) {
			checks.add(new Check(p, Probe.JUNCTION_CAPACITANCE, Target.of(p)));
		}
		boolean fitM = checks.stream().map(c -> c.condition("VR", 0)).distinct().count() >= 2;
		Check c0 = checks.get(0);
		double cjoSeed = c0.target().value() * Math.pow(1 + c0.condition("VR", 0) / DEFAULT_VJ, 0.5);
		double[] start = { Math.log(cjoSeed), 0.5 };
		LeastSquares.Result r = LeastSquares.fit(start, new double[] { Math.log(1e-16), fitM ? 0.2 : 0.5 },
				new double[] { Math.log(1e-6), fitM ? 0.95 : 0.5 }, x -> {
					double[] res = new double[checks.size()];
					for (int i = 0; i < res.length; i++) {
						Check c = checks.get(i);
						res[i] = c.target().residual(cj(Math.exp(x[0]), DEFAULT_VJ, x[1], c.condition("VR", 0)));
					}
					return res;
				}, monitor);
		double cjo = Math.exp(r.point()[0]);
		double m = r.point()[1];
		String used = checks.stream().map(c -> Fits.from(c.parameter(), c.target())).reduce((a, b) -> a + "; " + b)
				.orElse("");
		card.set("CJO", cjo, "de-embedded to 0 V from " + used);
		card.set("VJ", DEFAULT_VJ, "default 0.7 V, held");
		card.set("M", m, fitM ? "least squares on " + used : "default 0.5 (abrupt junction), one CT voltage only");
		for (Check c : checks) {
			card.check(c, cj(cjo, DEFAULT_VJ, m, c.condition("VR", 0)));
		}
	}

	/** CJO, VJ and M from a CT-VR curve, checked against the table's CT values. */
	private static void capacitance(ModelCard card, List<Parameter> rows, JunctionCurves.Anchored a) {
		card.set("CJO", a.fit().cjo(), a.origin());
		card.set("VJ", a.fit().vj(), "same fit as CJO");
		card.set("M", a.fit().m(), "same fit as CJO");
		for (Parameter p : rows) {
			Check c = new Check(p, Probe.JUNCTION_CAPACITANCE, Target.of(p));
			card.check(c, a.fit().at(c.condition("VR", 0)));
		}
	}

	static double cj(double cjo, double vj, double m, double vr) {
		return cjo / Math.pow(1 + vr / vj, m);
	}

	/**
	 * Rectifiers and signal diodes: VRRM only bounds BV from below; the IR@VR maximum is a ceiling the model must
	 * respect, so IBV is set to that ceiling at BV = 1.2*VRRM, which keeps the leakage at VR far below it.
	 */
	private static void breakdown(ModelCard card, Device d, List<LeakageCurves.Curve> leakage) {
		Parameter vrrm = Fits.row(d, "VRRM");
		List<Parameter> irs = Fits.rows(d, "IR", "VR");
		if (vrrm == null) {
			card.note("no VRRM printed: the model has no reverse breakdown");
		} else {
			double v = Math.abs(vrrm.nominal());
			double bv = 1.2 * v;
			double ibv = 1e-5;
			String ibvOrigin = "default 10 uA (no leakage ceiling printed)";
			for (Parameter ir : irs) {
				if (ir.max() != null) {
					ibv = Math.abs(ir.max());
					ibvOrigin = "the leakage ceiling " + Fits.printed(ir);
					break;
				}
			}
			card.set("BV", bv, "1.2 x VRRM: VRRM is only a lower bound on breakdown; " + Fits.printed(vrrm));
			card.set("IBV", ibv, ibvOrigin);
		}
		LeakageTail.fit(card, d, leakage);
		Double nbv = card.value("NBV");
		for (Parameter ir : irs) {
			if (ir.max() != null && ir.typ() == null) {
				Double bv = card.value("BV");
				double vr = Check.condition(ir, "VR", 0);
				if (bv == null || vr < bv) {
					card.check(new Check(ir, Probe.REVERSE_CURRENT, Target.of(ir)), leakage(card.value("IS"),
							bv == null ? 1e9 : bv, card.value("IBV") == null ? 0 : card.value("IBV"),
							nbv == null ? 1 : nbv, vr));
				}
			}
		}
	}

	/** Reverse current at VR: saturation current plus the breakdown tail. */
	static double leakage(double is, double bv, double ibv, double nbv, double vr) {
		return is + ibv * Math.exp(-(bv - vr) / (nbv * Fits.VT));
	}
}
