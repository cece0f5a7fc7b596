package org.espice.core.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.FailureCategory;
import org.espice.core.Parameter;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.spice.Check;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;

/**
 * JFETs (NJF/PJF): VTO, BETA and RD+RS by least squares on VGS(off)@ID, IDSS and RDS(on), or, where the datasheet
 * draws a unit that keeps those rows, on its curves, with LAMBDA where they show it ({@link JfetUnitFit}); CGS/CGD
 * from Ciss/Crss.
 */
final class JfetFitter {

	static final double LAMBDA = 0.01;
	static final double PB = 1;

	static ModelCard fit(Device d, String name, DeviceCurves curves, TaskMonitor monitor) throws ProcessingException {
		ModelCard card = new ModelCard(d.part(), d.kind(), name, d.kind() == DeviceKind.JFET_P ? "PJF" : "NJF");
		List<Check> checks = checks(d);
		JfetUnitFit.Result drawn = JfetUnitFit.of(d, curves, checks, monitor);
		JfetLaw j;
		if (drawn != null && drawn.broken() == null) {
			j = drawn.law();
			String kept = checks.stream().map(c -> Fits.printed(c.parameter())).collect(Collectors.joining("; "));
			card.set("VTO", -j.vto(), Fits.fmt("least squares (LM, rms %.3g) on the drawn unit's %s, %d points; it "
					+ "keeps the table's %s", drawn.rms(), drawn.unit().describe(), drawn.unit().points().size(), kept));
			card.set("BETA", j.beta(), "same fit as VTO");
			card.set("LAMBDA", j.lambda(), drawn.lambda() ? "same fit as VTO: the saturated curves' rise with VDS"
					: "default 0.01 /V (the curves end too near their knee to show the slope past it)");
		} else {
			if (drawn != null) {
				card.note("the unit drawn in the " + drawn.unit().describe() + " breaks the table's " + drawn.broken()
						+ ": fitted to the tables alone");
			}
			LeastSquares.Result r = tables(checks, monitor);
			j = new JfetLaw(r.point()[0], Math.exp(r.point()[1]), Math.exp(r.point()[2]), LAMBDA);
			String tables = checks.stream().map(c -> Fits.from(c.parameter(), c.target()))
					.collect(Collectors.joining("; "));
			card.set("VTO", -j.vto(), Fits.fmt("least squares (LM, rms %.3g) on %s", r.rms(), tables));
			card.set("BETA", j.beta(), "same fit as VTO");
			card.set("LAMBDA", LAMBDA, drawn == null ? "default 0.01 /V (no single unit's output curves drawn)"
					: "default 0.01 /V");
		}
		card.set("RD", j.rext() / 2, "half the fitted RD+RS " + Target.fmt(j.rext()) + " Ohm; same fit as VTO");
		card.set("RS", j.rext() / 2, "half the fitted RD+RS");
		card.set("IS", 1e-14, "default 10 fA (gate leakage not modelled)");
		for (Check c : checks) {
			card.check(c, j.predict(c));
		}
		Parameter crss = Fits.row(d, "CRSS");
		Parameter ciss = Fits.row(d, "CISS");
		if (crss != null) {
			Target t = Target.of(crss);
			double vds = Check.condition(crss, "VDS", 0) + Check.condition(crss, "VGS", 0);
			card.set("CGD", t.value() * Math.sqrt(1 + vds / PB), "Crss de-embedded to 0 V (PB 1 V) from "
					+ Fits.from(crss, t));
			card.check(new Check(crss, Probe.CRSS, t), t.value());
		}
		if (ciss != null) {
			Target t = Target.of(ciss);
			Double cgd0 = card.value("CGD");
			double vdg = Check.condition(ciss, "VDS", 0) + Check.condition(ciss, "VGS", 0);
			double cgdAtCiss = cgd0 == null ? 0 : cgd0 / Math.sqrt(1 + vdg / PB);
			double cgs = Math.max(t.value() - cgdAtCiss, 0.05 * t.value());
			double vgs = Check.condition(ciss, "VGS", 0);
			card.set("CGS", cgs * Math.sqrt(1 + vgs / PB), "Ciss - Crss de-embedded to 0 V from " + Fits.from(ciss, t));
			card.check(new Check(ciss, Probe.CISS, t), t.value());
		}
		card.set("PB", PB, "default 1 V");
		return card;
	}

	/** The table rows the law is fitted to or checked against: VGS(off), IDSS and RDS(on). */
	static List<Check> checks(Device d) throws ProcessingException {
		Parameter off = Fits.row(d, "VGS_OFF");
		Parameter idss = Fits.row(d, "IDSS");
		if (off == null || idss == null) {
			throw new ProcessingException(FailureCategory.EXTRACTION_INCOMPLETE, "Cannot fit a JFET model for "
					+ d.part() + ": missing " + (off == null ? "VGS_OFF" : "") + (off == null && idss == null ? " and " : "")
					+ (idss == null ? "IDSS" : ""));
		}
		List<Check> checks = new ArrayList<>();
		checks.add(new Check(off, Probe.JFET_VGS_OFF, Target.of(off)));
		checks.add(new Check(idss, Probe.JFET_IDSS, Target.of(idss)));
		for (Parameter r : Fits.rows(d, "RDS_ON")) {
			checks.add(new Check(r, Probe.RDS_ON, Target.of(r)));
		}
		return checks;
	}

	/** VTO, ln BETA and ln RD+RS on the table rows, aimed at their typical values or inside their limits. */
	private static LeastSquares.Result tables(List<Check> checks, TaskMonitor monitor) throws ProcessingException {
		double vto0 = checks.get(0).target().value();
		double beta0 = checks.get(1).target().value() / (vto0 * vto0);
		double[] start = { vto0, Math.log(beta0), Math.log(1) };
		double[] lo = { 0.05, Math.log(1e-7), Math.log(1e-3) };
		double[] hi = { 50, Math.log(10), Math.log(1e4) };
		return LeastSquares.fit(start, lo, hi, x -> {
			JfetLaw j = new JfetLaw(x[0], Math.exp(x[1]), Math.exp(x[2]), LAMBDA);
			double[] res = new double[checks.size() + 1];
			for (int i = 0; i < checks.size(); i++) {
				res[i] = checks.get(i).target().residual(j.predict(checks.get(i)));
			}
			res[checks.size()] = 0.02 * (x[2] - start[2]);
			return res;
		}, monitor);
	}
}
