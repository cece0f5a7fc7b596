package org.espice.core.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
		Channel ch = channel(checks, icMax, Check.condition(sats.get(0), "VGE", 15), curves, top, monitor);
		double[] x = ch.x();
		String used = ch.used();
		double vto = x[0];
		double kp = Math.exp(x[1]);
		double rext = Math.exp(x[2]);
		double isPnp = Math.exp(x[3]);
		mos.set("VTO", vto, used);
		mos.set("KP", kp, "same fit as VTO");
		mos.set("RD", rext * (1 - VdmosFitter.RS_SHARE), "share of the fitted channel series resistance; same fit as VTO");
		mos.set("RS", rext * VdmosFitter.RS_SHARE, "share of the fitted channel series resistance");
		mos.set("LAMBDA", VdmosFitter.DEFAULT_LAMBDA, "default");
		for (Check c : checks) {
			mos.check(c, predict(c, vto, kp, rext, isPnp));
		}
		hot(mos, d, x);
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
				DiodeFitter.forward(diode, d, vf, fwd, List.of(), false, monitor);
			}
			body.add("D1 E C " + name + "_D");
			subs.add(diode);
		} catch (ProcessingException e) {
			// the IGBT itself is still usable without its co-packaged diode
			top.note("co-packaged diode left out: " + e.getMessage());
		}
	}

	/** The channel and PNP fit: {VTO, ln KP, ln RD+RS, ln IS of the PNP}, and its account for the card. */
	private record Channel(double[] x, String used) {
	}

	/**
	 * VTO, KP, RD+RS and the PNP's IS by least squares on the table's checks (VGE(th), VCE(sat) at {@code vge} up to
	 * {@code icMax}), then with the room output curves' on-state samples and the transfer curve's gate voltages
	 * ({@link IgbtCurves}) where they are followed better without breaking a table value; a note on {@code top} where
	 * they are not used.
	 */
	private static Channel channel(List<Check> checks, double icMax, double vge, DeviceCurves curves, ModelCard top,
			TaskMonitor monitor) {
		double isP = icMax * PNP_BF / (1 + PNP_BF) * Math.exp(-VEB / Fits.VT);
		double vto0 = checks.get(0).target().value();
		double kpPrior = 2 * 4 * icMax / (1 + PNP_BF) / Math.pow(Math.max(1, vge - vto0), 2);
		// the PNP's emitter-junction offset (through its IS) is fitted too: VEB 0.5..1.6 V at the largest current
		double ie = icMax * PNP_BF / (1 + PNP_BF);
		double[] start = { vto0 * 0.9, Math.log(kpPrior), Math.log(0.1 / icMax), Math.log(isP) };
		double[] lo = { 0.1, Math.log(1e-4), Math.log(1e-5), Math.log(ie) - 1.6 / Fits.VT };
		double[] hi = { vto0 * 1.5, Math.log(1e5), Math.log(1e3), Math.log(ie) - 0.5 / Fits.VT };
		LeastSquares.Result r = solve(checks, List.of(), start, lo, hi, monitor);
		double[] x = r.point();
		String used = Fits.fmt("least squares (LM, rms %.3g) on %s", r.rms(), checks.stream()
				.map(c -> Fits.from(c.parameter(), c.target())).reduce((a, b) -> a + "; " + b).orElse(""));
		List<IgbtCurves.Output> outs = IgbtCurves.find(curves);
		IgbtCurves.Transfer transfer = IgbtCurves.transfer(curves);
		if (!outs.isEmpty() || transfer != null) {
			String what = Stream.concat(outs.isEmpty() ? Stream.of() : Stream.of(IgbtCurves.describe(outs)),
					transfer == null ? Stream.of() : Stream.of(transfer.describe())).collect(Collectors.joining(" and "));
			List<Check> drawn = samples(outs, transfer, k -> true);
			double[] withCurves = solve(checks, drawn, start, lo, hi, monitor).point();
			double before = rms(drawn, x);
			double after = rms(drawn, withCurves);
			double[] tableOnly = x;
			if (after < before && !Fits.breaks(checks, c -> predict(c, tableOnly), c -> predict(c, withCurves))) {
				x = withCurves;
				// the held-out figure: fitted without every third sample, measured on those
				double[] trained = solve(checks, samples(outs, transfer, k -> k % 3 != 2), start, lo, hi, monitor)
						.point();
				used += " and " + what + " (" + JunctionFit.Figures.of(drawn.size(), after,
						rms(samples(outs, transfer, k -> k % 3 == 2), trained))
						+ Fits.fmt(", %.1f %% on the table rows alone)", 100 * before);
			} else {
				top.note(what + Fits.fmt(" not used: the fit to them (rms %.1f %%, %.1f %% on the table rows alone) "
						+ "would have broken a table value or followed them no better", 100 * after, 100 * before));
			}
		}
		return new Channel(x, used);
	}

	/**
	 * VTO, ln KP, ln RD+RS, ln IS of the PNP by least squares on the table's checks and the curves' samples
	 * {@code drawn} (each weighted {@link BjtDcFit#CURVE_WEIGHT_DIVISOR} times less than a row), with weak priors on
	 * KP and IS.
	 */
	private static LeastSquares.Result solve(List<Check> checks, List<Check> drawn, double[] start, double[] lo,
			double[] hi, TaskMonitor monitor) {
		return LeastSquares.fit(start, lo, hi, x -> {
			double[] res = new double[checks.size() + drawn.size() + 2];
			int i = 0;
			for (Check c : checks) {
				res[i++] = c.target().residual(predict(c, x));
			}
			for (Check c : drawn) {
				res[i++] = c.target().residual(predict(c, x)) / BjtDcFit.CURVE_WEIGHT_DIVISOR;
			}
			res[i++] = 0.05 * (x[1] - start[1]);
			res[i] = 0.01 * (x[3] - start[3]);
			return res;
		}, monitor);
	}

	/** The output curves' on-state samples and the transfer curve's (null: none) that {@code use} selects. */
	private static List<Check> samples(List<IgbtCurves.Output> outs, IgbtCurves.Transfer transfer,
			java.util.function.IntPredicate use) {
		List<Check> out = new ArrayList<>(outs.stream().flatMap(o -> o.samples(use).stream()).toList());
		if (transfer != null) {
			out.addAll(transfer.samples(use));
		}
		return out;
	}

	/**
	 * The rms relative error of the fit {@code x} on the checks (VCE at their currents and gate voltages, VGE at a
	 * transfer curve's currents); a current the channel cannot carry at its VGE counts as 100 %.
	 */
	private static double rms(List<Check> drawn, double[] x) {
		double ss = 0;
		for (Check c : drawn) {
			double e = Math.min(1, Math.abs(predict(c, x) / c.target().value() - 1));
			ss += e * e;
		}
		return drawn.isEmpty() ? Double.NaN : Math.sqrt(ss / drawn.size());
	}

	private static double predict(Check c, double[] x) {
		return predict(c, x[0], Math.exp(x[1]), Math.exp(x[2]), Math.exp(x[3]));
	}

	/**
	 * The drift region's rise with temperature from the hottest typical VCE(sat) row, as {@link HotOnResistance} does
	 * for a MOSFET's RDS(on): the channel's resistances rise as (T/Tnom)^k (TRD1, TRD2, TRS1, TRS2), k solved so that
	 * the fit {@code x} meets the row at its temperature, with the channel's mobility on ngspice's law and the PNP's
	 * emitter junction on its saturation current's (EG 1.11 eV, XTI 3). Nothing without such a row; a note where the
	 * channel and junction alone already reach it.
	 */
	private static void hot(ModelCard mos, Device d, double[] x) {
		Parameter row = Fits.hottest(d.all("VCE_SAT"), HotOnResistance.HOT, "IC");
		if (row == null) {
			return;
		}
		Check c = new Check(row, Probe.IGBT_VCE_SAT, Target.of(row));
		double t = row.condition("T");
		double target = c.target().value();
		Double k = HotOnResistance.solve(v -> predictAt(c, x, t, v), target);
		if (k == null) {
			mos.note(Fits.from(row, c.target()) + ": the channel's and the junction's own temperature laws reach it (or "
					+ "no drift region could); TRD1 and TRD2 left at 0");
			return;
		}
		HotOnResistance.set(mos, k, Fits.fmt("so that VCE(sat) at %.0f degC meets %s", t, Fits.from(row, c.target())));
		mos.check(c, predictAt(c, x, t, k));
	}

	/** VCE(sat) of the fit {@code x} at {@code t} degC with the resistances' exponent {@code k}. */
	private static double predictAt(Check c, double[] x, double t, double k) {
		double ratio = (t + 273.15) / Fits.TNOM_K;
		double dt = t - Fits.TNOM_C;
		double vt = Fits.VT * ratio;
		double isT = Math.exp(x[3]) * Math.pow(ratio, GummelPoon.XTI) * Math.exp((ratio - 1) * GummelPoon.EG / vt);
		double rext = Math.exp(x[2]) * (1 + HotOnResistance.tc1(k) * dt + HotOnResistance.tc2(k) * dt * dt);
		return predict(c, x[0], HotOnResistance.kpAt(Math.exp(x[1]), t), rext, isT, vt);
	}

	static double predict(Check c, double vto, double kp, double rext, double isP) {
		return predict(c, vto, kp, rext, isP, Fits.VT);
	}

	private static double predict(Check c, double vto, double kp, double rext, double isP, double vt) {
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
		double veb = vt * Math.log(ic * PNP_BF / (1 + PNP_BF) / isP);
		return veb + vgst - Math.sqrt(disc) + imos * rext;
	}
}
