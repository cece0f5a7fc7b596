package org.espice.core.simulate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.FailureCategory;
import org.espice.core.Plot;
import org.espice.core.ProcessingException;
import org.espice.core.spice.Check;
import org.espice.core.spice.Dialect;
import org.espice.core.spice.FittedModel;
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
		String models = SpiceText.commentLine("ESpice verification of " + card.modelName()) + "\n"
				+ card.render(Dialect.NGSPICE);
		return run(card.part(), models, (k, a, b, c) -> dut(card.cardType(), k, a, b, c, card.modelName()), card.kind(),
				card.checks(), deck -> runner.run(deck, List.of()));
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
		requireDefined(vendor, modelName);
		FittedModel card = ours;
		Instance inst = vendorInstance(vendor, modelName, card);
		return run(card.part(), "* vendor model\n" + vendor.text() + "\n", inst, card.kind(), card.checks(),
				deck -> vendor.trusted() ? runner.runTrusted(deck, spiceinit) : runner.run(deck, spiceinit));
	}

	/**
	 * Simulates our model at every datasheet value of its part ({@link DatasheetPoints}): the values it was fitted to
	 * and the held-out ones, each at its own test conditions and temperature.
	 */
	public DatasheetVerification verifyDatasheet(Device d, FittedModel ours) throws ProcessingException {
		return verifyDatasheet(d, List.of(), ours);
	}

	/**
	 * As {@link #verifyDatasheet(Device, FittedModel)}, and at the points of the datasheet's curves ({@link
	 * DatasheetPoints#plan(Device, List, FittedModel)}).
	 */
	public DatasheetVerification verifyDatasheet(Device d, List<Plot> plots, FittedModel ours)
			throws ProcessingException {
		String models = SpiceText.commentLine("ESpice verification of " + ours.modelName()) + "\n"
				+ ours.render(Dialect.NGSPICE);
		return DatasheetSimulation.run(d, ours.modelName(), DatasheetPoints.plan(d, plots, ours), models,
				(k, a, b, c) -> dut(ours.cardType(), k, a, b, c, ours.modelName()), deck -> runner.run(deck));
	}

	/**
	 * Simulates another model (a vendor's) at the same datasheet points as {@link #verifyDatasheet}; points are
	 * marked fitted where ours was fitted to them.
	 *
	 * @throws ProcessingException {@code invalid-input} when the file does not define {@code modelName}
	 */
	public DatasheetVerification verifyDatasheetOther(VendorModel vendor, String modelName, Device d, FittedModel ours,
			List<String> spiceinit) throws ProcessingException {
		return verifyDatasheetOther(vendor, modelName, d, List.of(), ours, spiceinit);
	}

	/** As {@link #verifyDatasheetOther(VendorModel, String, Device, FittedModel, List)}, and at the curves' points. */
	public DatasheetVerification verifyDatasheetOther(VendorModel vendor, String modelName, Device d, List<Plot> plots,
			FittedModel ours, List<String> spiceinit) throws ProcessingException {
		requireDefined(vendor, modelName);
		Instance inst = vendorInstance(vendor, modelName, ours);
		return DatasheetSimulation.run(d, modelName, DatasheetPoints.plan(d, plots, ours),
				"* vendor model\n" + vendor.text() + "\n", inst,
				deck -> vendor.trusted() ? runner.runTrusted(deck, spiceinit) : runner.run(deck, spiceinit));
	}

	private static void requireDefined(VendorModel vendor, String modelName) throws ProcessingException {
		if (!vendor.defines(modelName)) {
			throw new ProcessingException(FailureCategory.INVALID_INPUT, "The model file defines no model or subcircuit '"
					+ SpiceText.comment(modelName) + "'; it defines " + String.join(", ", vendor.names()));
		}
	}

	/**
	 * How a vendor's model is instantiated: a subcircuit with its pins in the order its subcircuit line and comments
	 * name them ({@link SubcktPins}), a level-1..3 {@code NMOS}/{@code PMOS} card with the bulk on the source, else
	 * the element of its {@code .model} card's type (of our card's where that is not one ESpice writes).
	 */
	static Instance vendorInstance(VendorModel vendor, String modelName, FittedModel card) {
		String lower = vendor.text().toLowerCase(Locale.ROOT);
		String n = modelName.toLowerCase(Locale.ROOT);
		if (lower.matches("(?s).*\\.subckt\\s+" + Pattern.quote(n) + "\\s.*")) {
			List<String> roles = SubcktPins.roles(vendor.source(), modelName);
			List<String> order = order(card.kind());
			if (roles == null) {
				return (k, a, b, c) -> "X" + k + " " + a + " " + b + (c == null ? "" : " " + c) + " " + modelName;
			}
			return (k, a, b, c) -> {
				StringBuilder extra = new StringBuilder();
				String line = SubcktPins.instance("X" + k, roles, order, Arrays.asList(a, b, c), modelName,
						extra);
				return extra + line;
			};
		}
		if (lower.matches("(?s).*\\.model\\s+" + Pattern.quote(n) + "\\s*\\(?\\s*[np]mos.*")) {
			return (k, a, b, c) -> "M" + k + " " + a + " " + b + " " + c + " " + c + " " + modelName;
		}
		// the element of the vendor's own card type (ours may be a subcircuit around the same element)
		Matcher m = Pattern.compile("\\.model\\s+" + Pattern.quote(n)
				+ "\\s*\\(?\\s*(d|vdmos|npn|pnp|njf|pjf)\\b").matcher(lower);
		String type = m.find() ? m.group(1).toUpperCase(Locale.ROOT) : card.cardType();
		return (k, a, b, c) -> dut(type, k, a, b, c, modelName);
	}

	/** The roles of our three nodes, in the order the deck passes them. */
	private static List<String> order(DeviceKind kind) {
		if (kind.isDiode()) {
			return List.of("A", "K");
		}
		if (kind.isBjt()) {
			return List.of("C", "B", "E");
		}
		return kind == DeviceKind.IGBT ? List.of("C", "G", "E") : List.of("D", "G", "S");
	}

	/**
	 * Runs the checks in as few decks as they need ({@link DatasheetSimulation#simulate}): one per test temperature
	 * for the steady ones (operating points and AC; a check at 25 +- 5 degC or without a temperature runs at
	 * ngspice's default 27 degC) and one per transient test, so that a transient neither slows nor breaks the other
	 * circuits. The model loaded when the steady decks ran clean (a transient one, when there is nothing else).
	 */
	private static Verification run(String part, String models, Instance inst, DeviceKind kind, List<Check> checks,
			DatasheetSimulation.Runner runner) throws ProcessingException {
		Map<Integer, Check> byIndex = new LinkedHashMap<>();
		for (int k = 0; k < checks.size(); k++) {
			byIndex.put(k, checks.get(k));
		}
		DatasheetSimulation.Outcome o = DatasheetSimulation.simulate(byIndex, kind, models, inst, runner);
		boolean loaded = o.steadyLoaded() != null ? o.steadyLoaded() : o.transientLoaded();
		return verification(part, loaded, o.errors(), o.values(), checks);
	}

	private static Verification verification(String part, boolean loaded, List<String> errors, Map<String, Double> values,
			List<Check> checks) {
		List<Point> points = new ArrayList<>();
		for (int k = 0; k < checks.size(); k++) {
			Check c = checks.get(k);
			Double v = values.get("m" + k);
			double sim = v == null ? Double.NaN : Math.abs(v);
			points.add(new Point(c.parameter().name(), c.parameter().conditions(), c.target().choice(), sim,
					Double.isNaN(sim) ? Double.NaN : c.target().deviation(sim), !Double.isNaN(sim) && c.target().accepts(sim)));
		}
		return new Verification(part, loaded, errors, points);
	}

	/** Writes the instance line of the device under test on three nodes (the third may be null for diodes). */
	interface Instance {
		String line(int k, String n1, String n2, String n3);
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

	static String num(double v) {
		return String.format(Locale.ROOT, "%.6g", v);
	}
}
