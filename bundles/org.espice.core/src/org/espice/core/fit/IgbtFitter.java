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
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;

/**
 * IGBTs as a subcircuit: a VDMOS channel driving the base of a PNP (ngspice has no IGBT model), plus the
 * co-packaged diode when VF is printed.
 */
final class IgbtFitter {

	/** PNP current gain: half the collector current flows through the channel. */
	static final double PNP_BF = 1;
	static final double VEB = 0.7;

	static ModelCard fit(Device d, String name, TaskMonitor monitor) throws ProcessingException {
		return fit(d, name, DeviceCurves.NONE, monitor);
	}

	static ModelCard fit(Device d, String name, DeviceCurves curves, TaskMonitor monitor) throws ProcessingException {
		Parameter vth = Fits.row(d, "VGE_TH");
		List<Parameter> sats = Fits.rows(d, "VCE_SAT", "IC");
		if (vth == null || sats.isEmpty()) {
			throw new ProcessingException(FailureCategory.EXTRACTION_INCOMPLETE, "Cannot fit an IGBT model for "
					+ d.part() + ": missing " + (vth == null ? "VGE_TH " : "") + (sats.isEmpty() ? "VCE_SAT with IC" : ""));
		}
		ModelCard top = new ModelCard(d.part(), d.kind(), name, "SUBCKT");
		ModelCard mos = new ModelCard(d.part(), DeviceKind.MOSFET_N, name + "_M", "VDMOS");
		mos.flag("nchan");
		List<Check> checks = new ArrayList<>();
		checks.add(new Check(vth, Probe.IGBT_VGE_TH, Target.of(vth)));
		double icMax = 0;
		for (Parameter p : sats) {
			checks.add(new Check(p, Probe.IGBT_VCE_SAT, Target.of(p)));
			icMax = Math.max(icMax, Check.condition(p, "IC", 1));
		}
		double isP = icMax * PNP_BF / (1 + PNP_BF) * Math.exp(-VEB / Fits.VT);
		double vge = Check.condition(sats.get(0), "VGE", 15);
		double vto0 = checks.get(0).target().value();
		double kpPrior = 2 * 4 * icMax / (1 + PNP_BF) / Math.pow(Math.max(1, vge - vto0), 2);
		// the PNP's emitter-junction offset (through its IS) is fitted too: VEB 0.5..1.6 V at the largest current
		double ie = icMax * PNP_BF / (1 + PNP_BF);
		double[] start = { vto0 * 0.9, Math.log(kpPrior), Math.log(0.1 / icMax), Math.log(isP) };
		double[] lo = { 0.1, Math.log(1e-4), Math.log(1e-5), Math.log(ie) - 1.6 / Fits.VT };
		double[] hi = { vto0 * 1.5, Math.log(1e5), Math.log(1e3), Math.log(ie) - 0.5 / Fits.VT };
		LeastSquares.Result r = LeastSquares.fit(start, lo, hi, x -> {
			double[] res = new double[checks.size() + 2];
			for (int i = 0; i < checks.size(); i++) {
				res[i] = checks.get(i).target().residual(predict(checks.get(i), x[0], Math.exp(x[1]), Math.exp(x[2]),
						Math.exp(x[3])));
			}
			res[checks.size()] = 0.05 * (x[1] - start[1]);
			res[checks.size() + 1] = 0.01 * (x[3] - start[3]);
			return res;
		}, monitor);
		double vto = r.point()[0];
		double kp = Math.exp(r.point()[1]);
		double rext = Math.exp(r.point()[2]);
		double isPnp = Math.exp(r.point()[3]);
		String used = Fits.fmt("least squares (LM, rms %.3g) on %s", r.rms(), checks.stream()
				.map(c -> Fits.from(c.parameter(), c.target())).reduce((a, b) -> a + "; " + b).orElse(""));
		mos.set("VTO", vto, used);
		mos.set("KP", kp, "same fit as VTO");
		mos.set("RD", rext * (1 - VdmosFitter.RS_SHARE), "share of the fitted channel series resistance; same fit as VTO");
		mos.set("RS", rext * VdmosFitter.RS_SHARE, "share of the fitted channel series resistance");
		mos.set("LAMBDA", VdmosFitter.DEFAULT_LAMBDA, "default");
		for (Check c : checks) {
			mos.check(c, predict(c, vto, kp, rext, isPnp));
		}
		VdmosCapacitances.fit(mos, d, VdmosCapacitances.Rows.IGBT, curves);
		Parameter vces = Fits.row(d, "VCES");
		if (vces != null) {
			mos.set("BV", Math.abs(vces.nominal()), "VCES: " + Fits.printed(vces));
		}
		ModelCard pnp = pnp(d, name, isPnp, mos);
		List<String> body = new ArrayList<>();
		body.add("Q1 E B C " + name + "_Q");
		body.add("M1 B G E " + name + "_M");
		// the PNP's base tied to its own emitter (the IGBT's collector), so the PNP is off while the channel is, and a
		// very high resistance across the channel, so the base node has a DC path at any VCE (ngspice's VDMOS adds
		// none of its own there): off, the IGBT leaks VCE / 10 GOhm. 10 kOhm takes 70 uA of the channel's current
		// before the PNP conducts (VGE(th) moves by mV) and keeps ngspice's operating point solvable beside other
		// instances; 1 MOhm and more did not. Tied to the IGBT's emitter instead, a base resistor forward-biases the
		// PNP: it leaks VCE/R x (1 + BF), and the operating point at VGE = 0 can land with the PNP conducting,
		// which doubled Cres and Coes
		body.add("RBE B C 1e4");
		body.add("RDS B E 1e10");
		List<ModelCard> subs = new ArrayList<>(List.of(mos, pnp));
		coPackagedDiode(top, d, ForwardCurves.find(curves, Plot.Kind.IF_VF), body, subs, monitor);
		top.subcircuit("C G E", body, subs);
		top.note("IGBT: ngspice has no IGBT model; this is a subcircuit of a VDMOS channel driving a PNP "
				+ "(pins C G E), plus the co-packaged diode when VF is printed. Tail current and latch-up are not modelled.");
		return top;
	}

	/** The wide-base PNP the channel drives: its IS from the fit, and an emitter junction that couples AC. */
	private static ModelCard pnp(Device d, String name, double isPnp, ModelCard mos) {
		ModelCard pnp = new ModelCard(d.part(), DeviceKind.BJT_PNP, name + "_Q", "PNP");
		pnp.set("IS", isPnp, "same fit as VTO of " + name + "_M (sets the emitter-junction offset in VCE(sat))");
		pnp.set("BF", PNP_BF, "default 1 (wide-base PNP of an IGBT)");
		Double cies = mos.value("CGS");
		pnp.set("CJE", 10 * (cies == null ? 1e-9 : cies), "10 x CGS, so the PNP's emitter junction AC-couples the "
				+ "channel's drain to the collector (capacitances then follow Cies/Coes/Cres)");
		return pnp;
	}

	/**
	 * The co-packaged diode, when VF is printed, as D1 from emitter to collector: fitted as a diode is, to its forward
	 * curves ({@code fwd}, or null) with the VF rows.
	 */
	private static void coPackagedDiode(ModelCard top, Device d, ForwardCurves.Forward fwd, List<String> body,
			List<ModelCard> subs, TaskMonitor monitor) {
		List<Parameter> vf = Fits.rows(d, "VF", "IF");
		// a VF printed with its current only at another temperature still describes the diode
		Parameter hot = d.all("VF").stream().filter(p -> p.nominal() != null && p.condition("IF") != null
				&& p.condition("T") != null).findFirst().orElse(null);
		if (vf.isEmpty() && hot == null) {
			if (d.first("VF") != null) {
				top.note("co-packaged diode left out: no VF printed with its forward current IF");
			}
			return;
		}
		String name = top.modelName();
		ModelCard diode = new ModelCard(d.part(), DeviceKind.DIODE, name + "_D", "D");
		try {
			if (vf.isEmpty()) {
				DiodeFitter.forwardAt(diode, hot, monitor);
			} else {
				DiodeFitter.forward(diode, d, vf, fwd, false, monitor);
			}
			body.add("D1 E C " + name + "_D");
			subs.add(diode);
		} catch (ProcessingException e) {
			// the IGBT itself is still usable without its co-packaged diode
			top.note("co-packaged diode left out: " + e.getMessage());
		}
	}

	static double predict(Check c, double vto, double kp, double rext, double isP) {
		double ic = c.condition("IC", 1);
		double imos = ic / (1 + PNP_BF);
		if (c.probe() == Probe.IGBT_VGE_TH) {
			return vto + VdmosFitter.overdriveFor(Math.sqrt(2 * imos / kp)) + imos * rext * VdmosFitter.RS_SHARE;
		}
		double vgst = VdmosFitter.softplus(c.condition("VGE", 15) - vto - imos * rext * VdmosFitter.RS_SHARE);
		double disc = vgst * vgst - 2 * imos / kp;
		if (vgst <= 0 || disc < 0) {
			return 1e6;
		}
		double veb = Fits.VT * Math.log(ic * PNP_BF / (1 + PNP_BF) / isP);
		return veb + vgst - Math.sqrt(disc) + imos * rext;
	}
}
