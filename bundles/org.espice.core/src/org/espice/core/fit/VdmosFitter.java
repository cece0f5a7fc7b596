package org.espice.core.fit;

import java.util.ArrayList;
import java.util.List;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.FailureCategory;
import org.espice.core.Parameter;
import org.espice.core.Plot;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.spice.Check;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.ModelParam;
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;
import org.espice.core.spice.VdmosLaw;

/**
 * Power MOSFETs (and GaN FETs, as an approximation) as a VDMOS card: VTO/KP/RD/RS by least squares on
 * VGS(th), RDS(on) and gfs; capacitances from Ciss/Coss/Crss ({@link VdmosCapacitances}); the body diode from VSD;
 * breakdown from V(BR)DSS/IDSS.
 */
final class VdmosFitter {

	/** Share of the non-channel resistance put in the source (the drift region dominates in power MOSFETs). */
	static final double RS_SHARE = 0.2;
	/** LAMBDA of a MOSFET without a printed V(BR)DSS, and of an IGBT's channel. */
	static final double DEFAULT_LAMBDA = 0.001;
	/** LAMBDA times V(BR)DSS: the rise of a MOSFET's saturation current across its rated voltage. */
	static final double RANGE_SLOPE = 0.001;
	/** ngspice's default weak-inversion slope: the overdrive is softplus(vgst) with this scale. */
	static final double KSUBTHRES = 0.1;

	/** The share of a maximum IDSS the breakdown knee carries at BV, so that the maximum printed there is met. */
	static final double BREAKDOWN_MARGIN = 0.9;
	/** A typical IDSS below this share of BV is carried by a shunt; nearer, by the breakdown knee. */
	private static final double SHUNT_BELOW = 0.9;
	/** The body diode's share of a typical IDSS under which the shunt takes all of it (below the row's precision). */
	private static final double DIODE_SHARE = 0.01;
	/** The rows a VDMOS channel is fitted to, and the condition keys they are read with. */
	private static final String VTH = "VGS_TH", VTH_CURRENT = "ID", RON = "RDS_ON", VGS = "VGS", ID = "ID",
			GFS = "GFS";

	static ModelCard fit(Device d, String name, TaskMonitor monitor) throws ProcessingException {
		return fit(d, name, DeviceCurves.NONE, monitor);
	}

	static ModelCard fit(Device d, String name, DeviceCurves curves, TaskMonitor monitor) throws ProcessingException {
		boolean p = d.kind() == DeviceKind.MOSFET_P;
		ModelCard card = new ModelCard(d.part(), d.kind(), name, "VDMOS");
		card.flag(p ? "pchan" : "nchan");
		channel(card, d, curves, monitor);
		VdmosCapacitances.fit(card, d, VdmosCapacitances.Rows.MOSFET, curves);
		bodyDiode(card, d, curves, monitor);
		Parameter vdss = Fits.row(d, "VDSS");
		if (vdss != null) {
			double bv = Math.abs(vdss.min() != null ? vdss.min() : vdss.nominal());
			card.set("BV", bv, "V(BR)DSS: " + Fits.printed(vdss));
			Parameter idss = Fits.row(d, "IDSS");
			if (idss != null) {
				// IDSS is most often printed at the rated V(BR)DSS itself, where the knee carries IBV: a maximum is
				// held under, a typical value met
				double share = idss.typ() == null ? BREAKDOWN_MARGIN : 1;
				String of = share < 1 ? Fits.fmt("%.0f %% of ", 100 * share) : "";
				card.set("IBV", share * Math.abs(idss.nominal()), of + "IDSS: " + Fits.printed(idss));
			}
			drainLeakage(card, d, bv);
		}
		Parameter rth = Fits.row(d, "RTH_JC");
		if (rth != null) {
			card.set("RTHJC", Math.abs(rth.nominal()), Fits.printed(rth));
		}
		if (d.kind() == DeviceKind.GAN_FET) {
			card.note("GaN FET: VDMOS approximation (no GaN compact model in ngspice 39 without OSDI); "
					+ "no reverse recovery (TT = 0); the third-quadrant 'body diode' is tuned to VSD only");
			card.set("TT", 0, "GaN: no reverse recovery");
		}
		card.info("mfg", "ESpice");
		Parameter vd = Fits.row(d, "VDSS");
		if (vd != null) {
			card.info("Vds", Target.fmt(Math.abs(vd.nominal()) * (p ? -1 : 1)));
		}
		Parameter ron = Fits.row(d, "RDS_ON");
		if (ron != null) {
			card.info("Ron", Target.fmt(Math.abs(ron.nominal())));
		}
		Parameter qg = Fits.row(d, "QG");
		if (qg != null) {
			card.info("Qg", Target.fmt(Math.abs(qg.nominal())));
		}
		return card;
	}

	/**
	 * VTO, KP, RD and RS: least squares over VGS(th)@ID (VDS = VGS), RDS(on)@VGS,ID (triode with source
	 * degeneration) and gfs@ID (saturation), and KSUBTHRES too where the room transfer curve joins them, or the Miller
	 * plateau of the gate-charge curve where no transfer curve is followed ({@link ChannelFit}).
	 */
	static void channel(ModelCard card, Device d, DeviceCurves curves, TaskMonitor monitor)
			throws ProcessingException {
		// a threshold printed with its drain current is the test the model can be held to; a bare one is the fallback
		Parameter vth = Fits.row(d, VTH, VTH_CURRENT);
		if (vth == null) {
			vth = Fits.row(d, VTH);
		}
		List<Parameter> rons = Fits.rows(d, RON, VGS);
		if (vth == null || rons.isEmpty()) {
			List<String> missing = new ArrayList<>();
			if (vth == null) {
				missing.add(VTH);
			}
			if (rons.isEmpty()) {
				missing.add(RON + " with its " + VGS + " condition");
			}
			throw new ProcessingException(FailureCategory.EXTRACTION_INCOMPLETE, "Cannot fit a " + d.kind().id()
					+ " model for " + d.part() + ": missing " + String.join(" and ", missing));
		}
		List<Check> checks = new ArrayList<>();
		Check cth = new Check(vth, Probe.VGS_TH, Target.of(vth));
		checks.add(cth);
		List<OutputCurves.Ohmic> ohmic = OutputCurves.find(curves);
		for (Parameter r : rons) {
			Parameter aim = OutputCurves.typical(r, ohmic);
			checks.add(new Check(aim, Probe.RDS_ON, Target.of(aim)));
		}
		Parameter gfs = Fits.row(d, GFS, ID);
		double vth0 = cth.target().value();
		Check r0 = checks.get(1);
		double vgst0 = Math.max(0.5, r0.condition(VGS, 10) - vth0);
		double kpSeed = gfs != null ? sq(Target.of(gfs).value()) / (2 * Check.condition(gfs, ID, 1))
				: 2 / (r0.target().value() * vgst0);
		double rextSeed = Math.max(1e-6, r0.target().value() - 1 / (kpSeed * vgst0));
		double[] start = { vth0 * 0.9, Math.log(kpSeed), Math.log(rextSeed) };
		double[] lo = { 0.05, Math.log(1e-4), Math.log(1e-7) };
		double[] hi = { Math.max(vth0, 0.2) * 1.5, Math.log(1e5), Math.log(1e4) };
		ChannelFit.Result fit = ChannelFit.fit(card, d, checks, gfs, curves, start, lo, hi, monitor);
		SquareLaw fitted = fit.law();
		OutputFit.Result mtriode = OutputFit.fit(fitted, checks, gfs, ohmic);
		SquareLaw law = mtriode == null ? fitted : mtriode.law();
		boolean p = card.flags().contains("pchan");
		String used = Fits.fmt("least squares (LM, rms log error %.3g) on %s", fit.rms(), checks.stream()
				.map(c -> Fits.from(c.parameter(), c.target())).reduce((a, b) -> a + "; " + b).orElse("")
				+ (gfs != null ? "; " + Fits.from(gfs, Target.of(gfs)) : "") + fit.curveFigures());
		card.set("VTO", p ? -law.vto() : law.vto(), used);
		card.set("KP", law.kp(), "same fit as VTO");
		double rext = fitted.rext();
		double share = fitted.rsShare();
		String split = share == RS_SHARE ? "" : " (the split fitted too)";
		if (mtriode == null) {
			card.set("RD", rext * (1 - share), Fits.fmt("%.0f %% of the fitted external resistance ",
					100 * (1 - share)) + Target.fmt(rext) + " Ohm (drift region dominates); same fit as VTO" + split);
		} else {
			card.set("RD", law.rext() - law.rs(), mtriode.rd());
		}
		card.set("RS", rext * share, Fits.fmt("%.0f %% of the fitted external resistance ", 100 * share)
				+ Target.fmt(rext) + " Ohm" + split);
		if (mtriode != null) {
			card.set("MTRIODE", law.mtr(), mtriode.origin());
		} else if (law.mtr() != 1) {
			card.set("MTRIODE", law.mtr(), "same fit as VTO: the on-resistance rows at their gate voltages set the "
					+ "ohmic region's conduction (KP x MTRIODE), the transfer curve the saturation's (KP)");
		}
		if (fit.slopeFrom() != null) {
			double least = ChannelPoint.minKsub(d);
			card.set("KSUBTHRES", law.ksub(), "weak-inversion slope; same fit as VTO, from the threshold row and the "
					+ fit.slopeFrom() + (law.ksub() <= least * (1 + 1e-9) && least > ChannelPoint.MIN_KSUB
							? Fits.fmt(" (held at its least, %.3g V: sharper, ngspice's VDMOS overflows within the "
									+ "gate's reach)", least)
							: ""));
		}
		if (fit.lambdaFrom() != null) {
			card.set("LAMBDA", law.lambda(), fit.lambdaFrom());
		} else {
			lambda(card, d);
		}
		if (fit.thetaFrom() != null) {
			card.set("THETA", law.theta(), fit.thetaFrom());
		}
		for (Check c : checks) {
			card.check(c, predict(c, law));
		}
		if (gfs != null) {
			card.check(new Check(gfs, Probe.TRANSCONDUCTANCE, Target.of(gfs)), ChannelFit.gfsOf(law, gfs));
		}
		double tcvth = HotThreshold.fit(card, d, law, checks.get(0), curves);
		HotOnResistance.fit(card, d, new HotOnResistance.Channel(law, tcvth), checks.get(1), curves);
	}

	/**
	 * LAMBDA so that the saturation current rises 0.1 % across the rated V(BR)DSS: nearly flat, as the channel fit
	 * assumes, with the slight slope ngspice needs to solve a drain fed by a current source. A fixed 0.001 /V would
	 * raise a 600 V part's current by 60 % across its range and tilt its Miller plateau.
	 */
	private static void lambda(ModelCard card, Device d) {
		Parameter vdss = Fits.row(d, "VDSS");
		double bv = vdss == null ? 0 : Math.abs(vdss.min() != null ? vdss.min() : vdss.nominal());
		if (bv > 0) {
			card.set("LAMBDA", RANGE_SLOPE / bv, "default: saturation current up 0.1 % across " + Fits.printed(vdss)
					+ " (the output slope is only in graphs)");
		} else {
			card.set("LAMBDA", DEFAULT_LAMBDA, "default (no V(BR)DSS printed; the output slope is only in graphs)");
		}
	}

	/** Square-law VDMOS prediction of one check, ngspice's default weak-inversion slope. */
	static double predict(Check c, double vto, double kp, double rext) {
		return predict(c, new SquareLaw(vto, kp, rext, KSUBTHRES));
	}

	/** Square-law VDMOS prediction of one check. */
	static double predict(Check c, SquareLaw law) {
		double rs = law.rs();
		if (c.probe() == Probe.VGS_TH || c.probe() == Probe.IGBT_VGE_TH) {
			double vds = c.condition("VDS", 0);
			double id = c.condition(VTH_CURRENT, 250e-6);
			return vds != 0 ? law.gateFor(id, Math.abs(vds)) : law.thresholdFor(id);
		}
		double vgs = c.condition(VGS, 10);
		double id = c.condition(ID, 1);
		// the channel's own gate voltage, for THETA; the overdrive keeps its own order of operations, so that a law
		// without THETA predicts to the last bit what it did before THETA was fitted
		double inside = vgs - id * rs;
		double vgst = softplus(vgs - law.vto() - id * rs, law.ksub());
		double drop = VdmosLaw.ohmicDrop(vgst, law.kpAt(0, inside), id);
		if (law.lambda() != 0 && !Double.isNaN(drop)) {
			// KP x (1 + LAMBDA VDS) at the drain voltage the flat law puts there
			drop = VdmosLaw.ohmicDrop(vgst, law.kpAt(drop / law.mtr() + id * law.rext(), inside), id);
		}
		if (Double.isNaN(drop)) {
			return 1e6; // the channel cannot carry ID: far from any target
		}
		return (drop / law.mtr() + id * law.rext()) / id;
	}

	/** ngspice's weak-inversion overdrive with its default slope. */
	static double softplus(double vgst) {
		return softplus(vgst, KSUBTHRES);
	}

	/** ngspice's weak-inversion overdrive: ksub*ln(1 + exp(vgst/ksub)) ({@link VdmosLaw#softplus}). */
	static double softplus(double vgst, double ksub) {
		return VdmosLaw.softplus(vgst, ksub);
	}

	/** The gate overdrive whose weak-inversion overdrive is {@code eff}, with the default slope. */
	static double overdriveFor(double eff) {
		return overdriveFor(eff, KSUBTHRES);
	}

	/** The gate overdrive whose weak-inversion overdrive (slope {@code ksub}) is {@code eff}. */
	static double overdriveFor(double eff, double ksub) {
		double x = eff / ksub;
		return x > 40 ? eff : ksub * Math.log(Math.expm1(x));
	}

	private static void bodyDiode(ModelCard card, Device d, DeviceCurves curves, TaskMonitor monitor)
			throws ProcessingException {
		List<Parameter> vsd = Fits.rows(d, "VSD", "IS");
		ForwardCurves.Forward fwd = ForwardCurves.find(curves, Plot.Kind.BODY_DIODE);
		if (vsd.isEmpty() && fwd == null) {
			card.note("no VSD printed: body diode IS/N/RB are defaults");
			card.set("IS", 1e-12, "default");
			card.set("N", 1.2, "default");
			card.set("RB", 1e-3, "default");
			return;
		}
		ModelCard diode = new ModelCard(d.part(), d.kind(), "tmp", "D");
		if (fwd == null
				|| !ForwardFit.fit(diode, vsd, fwd, false, "IS", "RB", d.all("IDSS"), monitor)) {
			DiodeFitter.forward(diode, vsd, false, "IS", "RB", monitor);
		}
		for (ModelParam p : diode.params()) {
			card.set(p.name(), p.value(), "body diode: " + p.origin());
		}
		for (ModelCard.Residual r : diode.residuals()) {
			card.check(r.check(), r.modelled());
		}
		Parameter trr = Fits.row(d, "TRR");
		if (d.kind() != DeviceKind.GAN_FET) {
			// a body diode's trr is a di/dt test the verifier does not run
			ReverseRecovery.tt(card, trr, false);
		}
	}

	/**
	 * A typical drain leakage printed well below breakdown (IDSS at 48 V of a 60 V part): the breakdown knee at BV
	 * leaves next to nothing there, and ngspice's VDMOS takes no emission coefficient to soften it, so a drain-source
	 * shunt RDS carries it, less what the reverse-biased body diode leaks itself (its saturation current IS, where a
	 * forward curve fitted at a high emission coefficient makes that a share of the row worth counting). A maximum
	 * alone is a limit the model already meets. The body diode is fitted before.
	 */
	private static void drainLeakage(ModelCard card, Device d, double bv) {
		for (Parameter p : d.all("IDSS")) {
			Double vds = p.conditions().get("VDS");
			double t = p.conditions().getOrDefault("T", 25.0);
			double vgs = p.conditions().getOrDefault("VGS", 0.0);
			// at VGS = 0 only: a gate bias in the conditions is a row misread, not a leakage
			if (p.typ() != null && p.typ() != 0 && vds != null && Math.abs(vds) < SHUNT_BELOW * bv && vgs == 0
					&& Fits.atRoom(t)) {
				double typ = Math.abs(p.typ());
				double diode = card.value("IS");
				Check check = new Check(p, Probe.CUTOFF_CURRENT, Target.of(p));
				if (diode >= typ) {
					card.note("the body diode's saturation current " + Fits.fmt("%.3g A", diode) + " carries "
							+ Fits.printed(p) + " alone: no drain-source shunt");
					card.check(check, diode);
					return;
				}
				double shared = diode < DIODE_SHARE * typ ? 0 : diode;
				card.set("RDS", Math.abs(vds) / (typ - shared), "shunt carrying the typical IDSS " + Fits.printed(p)
						+ (shared > 0 ? Fits.fmt(" less the body diode's saturation current %.3g A", shared) : ""));
				card.check(check, typ);
				return;
			}
		}
	}

	private static double sq(double v) {
		return v * v;
	}
}
