package org.espice.core.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.espice.core.DeviceKind;
import org.espice.core.FailureCategory;
import org.espice.core.ProcessingException;
import org.espice.core.spice.Check;
import org.espice.core.spice.Dialect;
import org.espice.core.spice.FittedModel;
import org.espice.core.spice.Probe;
import org.espice.core.spice.SpiceText;
import org.espice.core.spice.Target;

/**
 * Simulates a fitted model in ngspice at the datasheet test conditions it was fitted to and compares: typ values
 * within 10 %, min/max limits respected. Every point gets its own instance in one deck: one operating point for
 * the DC values, one AC run at 1 MHz for capacitances, one at 1 kHz for zener impedance, one per fT point.
 */
public final class ModelVerifier {

	/**
	 * One datasheet point as simulated.
	 *
	 * @param name       datasheet name (VF, RDS_ON, HFE, ...)
	 * @param conditions its test conditions
	 * @param target     what the model had to meet ("typ 0.93 V", "max 1.1 V ...")
	 * @param simulated  the simulated magnitude (NaN when ngspice printed nothing)
	 * @param deviation  simulated/aim - 1
	 * @param pass       typ within 10 %, or inside the printed limits
	 */
	public record Point(String name, Map<String, Double> conditions, String target, double simulated,
			double deviation, boolean pass) {
	}

	/** @param loaded whether ngspice read the model and ran without errors */
	public record Verification(String part, boolean loaded, List<String> errors, List<Point> points) {
		public long passed() {
			return points.stream().filter(Point::pass).count();
		}

		/** A fixed-width residual table, one line per point. */
		public String table() {
			StringBuilder b = new StringBuilder();
			b.append(String.format(Locale.ROOT, "%-12s %-8s %-30s %-50s %-11s %8s %s%n", "part", "value", "conditions",
					"target", "ngspice", "dev", "ok"));
			for (Point p : points) {
				b.append(String.format(Locale.ROOT, "%-12s %-8s %-30s %-50s %-11s %+7.1f%% %s%n", part, p.name(),
						p.conditions().toString(), p.target(), Target.fmt(p.simulated()), 100 * p.deviation(),
						p.pass() ? "ok" : "FAIL"));
			}
			return b.toString();
		}
	}

	private final NgspiceRunner runner;

	public ModelVerifier(NgspiceRunner runner) {
		this.runner = runner;
	}

	public Verification verify(FittedModel card) throws ProcessingException {
		List<Check> checks = card.checks();
		return run(card.part(), deck(card, checks), checks, List.of());
	}

	/**
	 * Simulates another model (e.g. a vendor's) at the test conditions one of ours was fitted to.
	 *
	 * @param vendor    the vendor's cards, parsed by {@link VendorModel#parse(String, boolean)}
	 * @param modelName the name to instantiate, a {@code .model} or {@code .subckt} the file defines
	 * @param ours      our model, for its test conditions
	 * @param spiceinit {@code set} lines for the run's {@code .spiceinit} (e.g. {@code set ngbehavior=ltpsa}), may
	 *                  be empty
	 * @throws ProcessingException {@code invalid-input} when the file does not define {@code modelName}
	 */
	public Verification verifyOther(VendorModel vendor, String modelName, FittedModel ours, List<String> spiceinit)
			throws ProcessingException {
		if (!vendor.defines(modelName)) {
			throw new ProcessingException(FailureCategory.INVALID_INPUT, "The model file defines no model or subcircuit '"
					+ SpiceText.comment(modelName) + "'; it defines " + String.join(", ", vendor.names()));
		}
		FittedModel card = ours;
		String lower = vendor.text().toLowerCase(Locale.ROOT);
		String n = modelName.toLowerCase(Locale.ROOT);
		Instance inst;
		if (lower.matches("(?s).*\\.subckt\\s+" + java.util.regex.Pattern.quote(n) + "\\s.*")) {
			inst = (k, a, b, c) -> "X" + k + " " + a + " " + b + (c == null ? "" : " " + c) + " " + modelName;
		} else if (lower.matches("(?s).*\\.model\\s+" + java.util.regex.Pattern.quote(n) + "\\s*\\(?\\s*[np]mos.*")) {
			inst = (k, a, b, c) -> "M" + k + " " + a + " " + b + " " + c + " " + c + " " + modelName;
		} else {
			inst = (k, a, b, c) -> dut(card.cardType(), k, a, b, c, modelName);
		}
		List<Check> checks = card.checks();
		String deck = deck("* vendor model\n" + vendor.text() + "\n", inst, card.kind(), checks);
		NgspiceRunner.Result r = vendor.trusted() ? runner.runTrusted(deck, spiceinit) : runner.run(deck, spiceinit);
		return verification(card.part(), r, checks);
	}

	private Verification run(String part, String deck, List<Check> checks, List<String> spiceinit)
			throws ProcessingException {
		return verification(part, runner.run(deck, spiceinit), checks);
	}

	private static Verification verification(String part, NgspiceRunner.Result r, List<Check> checks) {
		List<Point> points = new ArrayList<>();
		for (int k = 0; k < checks.size(); k++) {
			Check c = checks.get(k);
			Double v = r.values().get("m" + k);
			double sim = v == null ? Double.NaN : Math.abs(v);
			points.add(new Point(c.parameter().name(), c.parameter().conditions(), c.target().choice(), sim,
					Double.isNaN(sim) ? Double.NaN : c.target().deviation(sim), !Double.isNaN(sim) && c.target().accepts(sim)));
		}
		boolean loaded = r.clean() && !r.values().isEmpty() || r.clean() && checks.isEmpty();
		return new Verification(part, loaded, r.errors(), points);
	}

	/** Writes the instance line of the device under test on three nodes (the third may be null for diodes). */
	interface Instance {
		String line(int k, String n1, String n2, String n3);
	}

	/** The ngspice deck that measures every check of a card (exposed for tests and for users to inspect). */
	static String deck(FittedModel card, List<Check> checks) {
		return deck(SpiceText.commentLine("ESpice verification of " + card.modelName()) + "\n" + card.render(Dialect.NGSPICE),
				(k, a, b, c) -> dut(card.cardType(), k, a, b, c, card.modelName()), card.kind(), checks);
	}

	static String deck(String models, Instance inst, DeviceKind kind, List<Check> checks) {
		StringBuilder net = new StringBuilder(models);
		StringBuilder op = new StringBuilder();
		StringBuilder ac1m = new StringBuilder();
		StringBuilder ac1k = new StringBuilder();
		StringBuilder acFt = new StringBuilder();
		double s = negative(kind) ? -1 : 1;
		for (int k = 0; k < checks.size(); k++) {
			Check c = checks.get(k);
			String m = "m" + k;
			switch (c.probe()) {
			case FORWARD_VOLTAGE -> {
				if (kind.isMosfet()) {
					double is = c.condition("IS", 1);
					// body diode: pushed from source to drain with the gate on the source
					line(net, "I%d 0 s%d DC %s", k, k, num(s * is));
					line(net, "%s", inst.line(k, "0", "s" + k, "s" + k));
					let(op, m, "v(s" + k + ")");
				} else if (kind == DeviceKind.IGBT) {
					line(net, "I%d 0 e%d DC %s", k, k, num(c.condition("IF", 1)));
					line(net, "%s", inst.line(k, "0", "e" + k, "e" + k));
					let(op, m, "v(e" + k + ")");
				} else {
					line(net, "I%d 0 a%d DC %s", k, k, num(c.condition("IF", 1)));
					line(net, "%s", inst.line(k, "a" + k, "0", null));
					let(op, m, "v(a" + k + ")");
				}
			}
			case REVERSE_CURRENT -> {
				line(net, "V%d c%d 0 DC %s", k, k, num(c.condition("VR", 1)));
				line(net, "%s", inst.line(k, "0", "c" + k, null));
				let(op, m, "i(v" + k + ")");
			}
			case JUNCTION_CAPACITANCE -> {
				line(net, "V%d c%d 0 DC %s AC 1", k, k, num(c.condition("VR", 0)));
				line(net, "%s", inst.line(k, "0", "c" + k, null));
				let(ac1m, m, "imag(i(v" + k + "))/(2*pi*1e6)");
			}
			case ZENER_VOLTAGE -> {
				line(net, "I%d 0 c%d DC %s", k, k, num(c.condition("IZ", 5e-3)));
				line(net, "%s", inst.line(k, "0", "c" + k, null));
				let(op, m, "v(c" + k + ")");
			}
			case ZENER_IMPEDANCE -> {
				line(net, "I%d 0 c%d DC %s AC 1", k, k, num(c.condition("IZ", 5e-3)));
				line(net, "%s", inst.line(k, "0", "c" + k, null));
				let(ac1k, m, "mag(v(c" + k + "))");
			}
			case RDS_ON -> {
				double id = c.condition("ID", kind.isJfet() ? 1e-3 : 1);
				line(net, "Vg%d g%d 0 DC %s", k, k, num(s * c.condition("VGS", kind.isJfet() ? 0 : 10)));
				line(net, "I%d 0 d%d DC %s", k, k, num(s * id));
				line(net, "%s", inst.line(k, "d" + k, "g" + k, "0"));
				let(op, m, "v(d" + k + ")/" + num(id));
			}
			case VGS_TH, IGBT_VGE_TH -> {
				double id = c.condition(c.probe() == Probe.VGS_TH ? "ID" : "IC", 250e-6);
				line(net, "I%d 0 d%d DC %s", k, k, num(s * id));
				line(net, "%s", inst.line(k, "d" + k, "d" + k, "0"));
				let(op, m, "v(d" + k + ")");
			}
			case CISS, CRSS, COSS -> {
				double vds = c.condition(kind == DeviceKind.IGBT ? "VCE" : "VDS", 25);
				boolean gateAc = c.probe() != Probe.COSS;
				// a JFET's gate is reverse biased (negative VGS for n-channel); MOSFETs and IGBTs are driven on
				double gate = (kind.isJfet() ? -s : s) * c.condition(kind == DeviceKind.IGBT ? "VGE" : "VGS", 0);
				line(net, "Vg%d g%d 0 DC %s%s", k, k, num(gate), gateAc ? " AC 1" : "");
				line(net, "Vd%d d%d 0 DC %s%s", k, k, num(s * vds), gateAc ? "" : " AC 1");
				line(net, "%s", inst.line(k, "d" + k, "g" + k, "0"));
				let(ac1m, m, "imag(i(" + (c.probe() == Probe.CISS ? "vg" : "vd") + k + "))/(2*pi*1e6)");
			}
			case HFE, VBE_ON -> {
				double ic = c.condition("IC", 1e-3);
				line(net, "I%d 0 c%d DC %s", k, k, num(s * ic));
				line(net, "Vr%d r%d 0 DC %s", k, k, num(s * c.condition("VCE", 5)));
				// the base is driven so that the collector sits at VCE while IC flows
				line(net, "E%d x%d 0 c%d r%d 1000", k, k, k, k);
				line(net, "Vb%d x%d b%d DC 0", k, k, k);
				line(net, "%s", inst.line(k, "c" + k, "b" + k, "0"));
				let(op, m, c.probe() == Probe.HFE ? num(ic) + "/i(vb" + k + ")" : "v(b" + k + ")");
			}
			case VCE_SAT, VBE_SAT -> {
				double ic = c.condition("IC", 1e-3);
				line(net, "Ib%d 0 b%d DC %s", k, k, num(s * c.condition("IB", ic / 10)));
				line(net, "Ic%d 0 c%d DC %s", k, k, num(s * ic));
				line(net, "%s", inst.line(k, "c" + k, "b" + k, "0"));
				let(op, m, "v(" + (c.probe() == Probe.VCE_SAT ? "c" : "b") + k + ")");
			}
			case FT -> {
				double ic = c.condition("IC", 1e-3);
				double f = Math.max(1e3, c.target().value() / 10);
				line(net, "I%d 0 c%d DC %s", k, k, num(s * ic));
				line(net, "Vr%d r%d 0 DC %s", k, k, num(s * c.condition("VCE", 5)));
				line(net, "E%d x%d 0 c%d r%d 1000", k, k, k, k);
				// DC bias through a huge inductor, AC base current from Iac; the collector is AC-shorted by a
				// huge capacitor whose current is the AC collector current
				line(net, "L%d x%d b%d 1e6", k, k, k);
				line(net, "Iac%d 0 b%d DC 0 AC 1", k, k);
				line(net, "Vm%d c%d cm%d DC 0", k, k, k);
				line(net, "Cm%d cm%d 0 1", k, k);
				line(net, "%s", inst.line(k, "c" + k, "b" + k, "0"));
				acFt.append("ac lin 1 ").append(num(f)).append(' ').append(num(f)).append('\n');
				acFt.append("let ").append(m).append(" = ").append(num(f)).append("*mag(i(vm").append(k).append("))\n");
				acFt.append("print ").append(m).append('\n');
			}
			case JFET_IDSS -> {
				line(net, "Vd%d d%d 0 DC %s", k, k, num(s * c.condition("VDS", 15)));
				line(net, "%s", inst.line(k, "d" + k, "0", "0"));
				let(op, m, "i(vd" + k + ")");
			}
			case JFET_VGS_OFF -> {
				line(net, "Vd%d d%d 0 DC %s", k, k, num(s * c.condition("VDS", 15)));
				line(net, "I%d s%d 0 DC %s", k, k, num(s * c.condition("ID", 1e-9)));
				line(net, "%s", inst.line(k, "d" + k, "0", "s" + k));
				let(op, m, "v(s" + k + ")");
			}
			case IGBT_VCE_SAT -> {
				line(net, "Vg%d g%d 0 DC %s", k, k, num(c.condition("VGE", 15)));
				line(net, "I%d 0 c%d DC %s", k, k, num(c.condition("IC", 1)));
				line(net, "%s", inst.line(k, "c" + k, "g" + k, "0"));
				let(op, m, "v(c" + k + ")");
			}
			}
		}
		net.append(".control\n");
		section(net, "op", op);
		section(net, "ac lin 1 1e6 1e6", ac1m);
		section(net, "ac lin 1 1e3 1e3", ac1k);
		net.append(acFt);
		net.append(".endc\n.end\n");
		return net.toString();
	}

	static boolean negative(DeviceKind kind) {
		return kind == DeviceKind.MOSFET_P || kind == DeviceKind.BJT_PNP || kind == DeviceKind.JFET_P;
	}

	/** The device instance: D (anode, cathode), M/J (d, g, s), Q (c, b, e), X (c, g, e). */
	static String dut(String type, int k, String n1, String n2, String n3, String name) {
		return switch (type) {
		case "D" -> "D" + k + " " + n1 + " " + n2 + " " + name;
		case "VDMOS" -> "M" + k + " " + n1 + " " + n2 + " " + n3 + " " + name;
		case "NPN", "PNP" -> "Q" + k + " " + n1 + " " + n2 + " " + n3 + " " + name;
		case "NJF", "PJF" -> "J" + k + " " + n1 + " " + n2 + " " + n3 + " " + name;
		default -> "X" + k + " " + n1 + " " + n2 + " " + n3 + " " + name;
		};
	}

	private static void section(StringBuilder net, String analysis, StringBuilder lets) {
		if (lets.length() > 0) {
			net.append(analysis).append('\n').append(lets);
		}
	}

	private static void let(StringBuilder b, String name, String expr) {
		b.append("let ").append(name).append(" = ").append(expr).append('\n').append("print ").append(name)
				.append('\n');
	}

	private static void line(StringBuilder b, String pattern, Object... args) {
		b.append(String.format(Locale.ROOT, pattern, args)).append('\n');
	}

	static String num(double v) {
		return String.format(Locale.ROOT, "%.6g", v);
	}
}
