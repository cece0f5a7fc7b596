package org.espice.core.spice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import org.espice.core.Device;
import org.espice.core.DeviceKind;

/**
 * A fitted model as the fitters build it: a SPICE card (type and parameters, each with its origin), the datasheet checks it was fitted
 * to, and header notes. An IGBT is a composite: a subcircuit of sub-cards.
 */
public final class ModelCard implements FittedModel {

	/** How the fit met one datasheet value, as computed by the fitter's own equations. */
	public record Residual(Check check, double modelled) {
	}

	private final String part;
	private final DeviceKind kind;
	private final String modelName;
	/** D, VDMOS, NPN, PNP, NJF, PJF, or SUBCKT for composites */
	private final String type;
	private final List<ModelParam> params = new ArrayList<>();
	private final List<String> flags = new ArrayList<>();
	private final List<String> notes = new ArrayList<>();
	private final List<Check> checks = new ArrayList<>();
	private final List<Residual> residuals = new ArrayList<>();
	private final Map<String, String> ltspiceInfo = new LinkedHashMap<>();
	private final List<ModelCard> parts = new ArrayList<>();
	private String manufacturer = "";
	private String sourceFile = "";
	private List<String> aliases = List.of();
	private String subcktPins = "";
	private List<String> subcktBody = List.of();

	/**
	 * @param modelName a SPICE identifier ({@link SpiceText#identifier(String)})
	 * @param type      D, VDMOS, NPN, PNP, NJF, PJF, or SUBCKT for composites
	 */
	public ModelCard(String part, DeviceKind kind, String modelName, String type) {
		this.part = part;
		this.kind = kind;
		this.modelName = modelName;
		this.type = type;
	}

	@Override
	public String part() {
		return part;
	}

	@Override
	public DeviceKind kind() {
		return kind;
	}

	@Override
	public String modelName() {
		return modelName;
	}

	@Override
	public String cardType() {
		return "VDMOS".equals(type) && VdmosSubckt.wrapped(this) ? "SUBCKT" : type;
	}

	public ModelCard set(String name, double value, String origin) {
		params.removeIf(p -> p.name().equalsIgnoreCase(name));
		params.add(new ModelParam(name, value, origin));
		return this;
	}

	@Override
	public Double value(String name) {
		return params.stream().filter(p -> p.name().equalsIgnoreCase(name)).map(ModelParam::value).findFirst()
				.orElse(null);
	}

	public List<ModelParam> params() {
		return List.copyOf(params);
	}

	@Override
	public List<ModelParam> parameters() {
		List<ModelParam> all = new ArrayList<>(params);
		for (ModelCard c : parts) {
			c.parameters().forEach(p -> all.add(new ModelParam(c.modelName + "." + p.name(), p.value(), p.origin())));
		}
		return List.copyOf(all);
	}

	public List<String> flags() {
		return List.copyOf(flags);
	}

	public ModelCard flag(String flag) {
		flags.add(flag);
		return this;
	}

	public ModelCard note(String note) {
		notes.add(note);
		return this;
	}

	public List<String> notes() {
		return List.copyOf(notes);
	}

	public void check(Check check, double modelled) {
		checks.add(check);
		residuals.add(new Residual(check, modelled));
	}

	/**
	 * Replaces the modelled value of every residual of {@code probe} with {@code revised(check, modelled)}: a term
	 * fitted after the checks were recorded (a diode's tunnel current under its reverse checks) adds to them.
	 */
	public void reviseResiduals(Probe probe, BiFunction<Check, Double, Double> revised) {
		residuals.replaceAll(r -> r.check().probe() == probe ? new Residual(r.check(), revised.apply(r.check(),
				r.modelled())) : r);
	}

	@Override
	public List<Check> checks() {
		List<Check> all = new ArrayList<>(checks);
		parts.forEach(p -> all.addAll(p.checks()));
		return all;
	}

	public List<Residual> residuals() {
		List<Residual> all = new ArrayList<>(residuals);
		parts.forEach(p -> all.addAll(p.residuals()));
		return all;
	}

	public void info(String key, String value) {
		ltspiceInfo.put(key, value);
	}

	public void source(String manufacturerName, String file) {
		manufacturer = manufacturerName == null ? "" : manufacturerName;
		sourceFile = file == null ? "" : file;
		if (!manufacturer.isBlank() && ltspiceInfo.containsKey("mfg")) {
			ltspiceInfo.put("mfg", SpiceText.token(manufacturer));
		}
	}

	/** The order and packing codes of the part; the header lists them, each names this same model. */
	public void aliases(List<String> codes) {
		aliases = List.copyOf(codes);
	}

	/** The order and packing codes of the part, as the datasheet gives them. */
	public List<String> aliases() {
		return aliases;
	}

	/** Makes this a subcircuit with the given pins and body; sub-cards are written inside it. */
	public void subcircuit(String pins, List<String> body, List<ModelCard> subCards) {
		subcktPins = pins;
		subcktBody = List.copyOf(body);
		parts.addAll(subCards);
	}

	public List<ModelCard> subCards() {
		return List.copyOf(parts);
	}

	/** A copy of this card for a part with the same values and curves; a subcircuit (its inner names) is not shared. */
	@Override
	public ModelCard forPart(Device sibling) {
		if (!parts.isEmpty() || sibling.kind() != kind) {
			return null;
		}
		ModelCard c = new ModelCard(sibling.part(), kind, SpiceText.identifier(sibling.part()), type);
		c.params.addAll(params);
		c.flags.addAll(flags);
		c.notes.addAll(notes);
		c.checks.addAll(checks);
		c.residuals.addAll(residuals);
		c.ltspiceInfo.putAll(ltspiceInfo);
		c.manufacturer = manufacturer;
		c.sourceFile = sourceFile;
		c.aliases = List.copyOf(sibling.aliases());
		c.subcktPins = subcktPins;
		c.subcktBody = subcktBody;
		return c;
	}

	@Override
	public String render(Dialect dialect) {
		StringBuilder out = new StringBuilder();
		header(out, dialect);
		if ("SUBCKT".equals(type)) {
			// PSpice cannot nest subcircuits: its MOSFET subcircuits follow the .ENDS and are called with X
			boolean flat = dialect == Dialect.PSPICE;
			out.append(".SUBCKT ").append(modelName).append(' ').append(subcktPins).append('\n');
			for (String l : subcktBody) {
				out.append(flat && l.startsWith("M") ? "X" + l : l).append('\n');
			}
			for (ModelCard c : parts) {
				if (!(flat && "VDMOS".equals(c.type))) {
					c.card(out, dialect, true);
				}
			}
			out.append(".ENDS ").append(modelName).append('\n');
			for (ModelCard c : parts) {
				if (flat && "VDMOS".equals(c.type)) {
					c.card(out, dialect, true);
				}
			}
		} else if ("VDMOS".equals(type) && dialect != Dialect.PSPICE && VdmosSubckt.wrapped(this)) {
			VdmosSubckt.wrapper(out, this, dialect, name -> card(out, dialect, true, name));
		} else {
			card(out, dialect, false);
		}
		return out.toString();
	}

	private void header(StringBuilder out, Dialect dialect) {
		List<String> lines = new ArrayList<>();
		lines.add(modelName + ": SPICE model of " + part + " (" + kind.id() + ")");
		if (!aliases.isEmpty()) {
			lines.add("Order codes: " + String.join(", ", aliases));
		}
		lines.add("Manufacturer: " + (manufacturer.isEmpty() ? "unknown" : manufacturer));
		lines.add("Source datasheet: " + (sourceFile.isEmpty() ? "unknown" : sourceFile));
		lines.add("Generated by ESpice " + version() + ", dialect " + dialect.id());
		lines.add("Temperature: fitted at 27 degC (the simulators' default), datasheet values at 25 degC");
		notes.forEach(n -> lines.add("NOTE: " + n));
		if (dialect != Dialect.NGSPICE && "VDMOS".equals(type)
				&& params.stream().anyMatch(p -> ngspiceOnly(p.name()) && !p.name().equals("THETA"))) {
			lines.add("NOTE: ngspice's temperature coefficients of RD and RS (TRD1, TRD2, TRS1, TRS2) and of VTO (TCVTH) "
					+ "are not written in this dialect: the on-resistance rises with temperature through the channel only, "
					+ "and the threshold stays");
		}
		if (dialect != Dialect.NGSPICE && "VDMOS".equals(type) && value("THETA") != null) {
			lines.add("NOTE: ngspice's THETA, KP's fall with the gate voltage, is not written in this dialect: KP is "
					+ Target.fmt(VdmosSubckt.kpWithoutTheta(this)) + ", ngspice's at the RDS(on) row's gate voltage, so "
					+ "that the channel conducts as ngspice's card there; nearer the threshold it conducts less");
		}
		if (dialect != Dialect.NGSPICE && "D".equals(type) && value("TCV") != null) {
			lines.add("NOTE: ngspice's breakdown temperature coefficient TCV is not written in this dialect: the leakage "
					+ "printed hot is not followed");
		}
		if (dialect != Dialect.NGSPICE && value("TIKF1") != null && ("NPN".equals(type) || "PNP".equals(type))) {
			lines.add("NOTE: ngspice's TIKF1, the gain knee's temperature coefficient, is not written in this dialect: "
					+ "hot, the gain past the knee rises with XTB as it does below it");
		}
		if (dialect != Dialect.NGSPICE && "D".equals(type) && value("JTUN") != null) {
			lines.add("NOTE: ngspice's tunnel current (JTUN, NTUN, KEG, XTITUN) is not written in this dialect: short "
					+ "of the breakdown tail the leakage is IS alone");
		}
		parts.forEach(p -> p.notes.forEach(n -> lines.add("NOTE: " + n)));
		lines.add("");
		lines.add("Parameter origins:");
		origins(lines, "");
		List<Residual> res = residuals();
		if (!res.isEmpty()) {
			lines.add("");
			lines.add("Fit residuals (model equations at the datasheet test conditions):");
			for (Residual r : res) {
				Check c = r.check();
				lines.add(String.format(Locale.ROOT, "  %-8s %-28s target %-52s model %-10s dev %+.1f %%%s",
						c.parameter().name(), conditions(c), c.target().choice(), Target.fmt(r.modelled()),
						100 * c.target().deviation(r.modelled()), c.target().accepts(r.modelled()) ? "" : "  OUTSIDE"));
			}
		}
		lines.add("");
		for (String l : lines) {
			out.append(SpiceText.commentLine(l)).append('\n');
		}
	}

	private void origins(List<String> lines, String prefix) {
		for (ModelParam p : params) {
			lines.add(String.format(Locale.ROOT, "  %s%-7s = %-11s %s", prefix, p.name(), Target.fmt(p.value()),
					p.origin()));
		}
		for (ModelCard c : parts) {
			c.origins(lines, c.modelName + ".");
		}
	}

	public static String conditions(Check c) {
		StringBuilder b = new StringBuilder();
		c.parameter().conditions().forEach((k, v) -> {
			if (b.length() > 0) {
				b.append(' ');
			}
			b.append(k).append('=').append(Target.fmt(v));
		});
		if (c.parameter().source() != null) {
			b.append(b.length() > 0 ? " " : "").append(c.parameter().source().fromCurve() ? "curve p." : "p.")
					.append(c.parameter().source().page());
		}
		return b.toString();
	}

	private void card(StringBuilder out, Dialect dialect, boolean nested) {
		card(out, dialect, nested, modelName);
	}

	private void card(StringBuilder out, Dialect dialect, boolean nested, String name) {
		if ("VDMOS".equals(type) && dialect == Dialect.PSPICE) {
			VdmosSubckt.pspice(out, this);
			return;
		}
		List<String> tokens = new ArrayList<>(flags);
		for (ModelParam p : params) {
			if ((!ngspiceOnly(p.name()) || dialect == Dialect.NGSPICE) && !VdmosSubckt.outside(p.name())) {
				boolean kp = dialect != Dialect.NGSPICE && "VDMOS".equals(type) && p.name().equals("KP");
				tokens.add(p.name() + "=" + Target.fmt(kp ? VdmosSubckt.kpWithoutTheta(this) : p.value()));
			}
		}
		if (dialect == Dialect.LTSPICE && !nested) {
			ltspiceInfo.forEach((k, v) -> tokens.add(SpiceText.token(k) + "=" + SpiceText.token(v)));
		}
		out.append(".model ").append(name).append(' ').append(type).append(" (");
		int col = 0;
		for (int i = 0; i < tokens.size(); i++) {
			if (col >= 6) {
				out.append("\n+ ");
				col = 0;
			} else if (i > 0) {
				out.append(' ');
			}
			out.append(tokens.get(i));
			col++;
		}
		out.append(")\n");
	}

	/** A VDMOS, diode or BJT parameter of ngspice's that the LTspice and PSpice cards do not carry. */
	private boolean ngspiceOnly(String name) {
		return "VDMOS".equals(type) && (name.matches("TR[DS][12]") || name.equals("TCVTH") || name.equals("THETA"))
				|| "D".equals(type) && name.matches("TCV|JTUN|NTUN|KEG|XTITUN")
				|| ("NPN".equals(type) || "PNP".equals(type)) && name.equals("TIKF1");
	}

	/** ngspice's VDMOS gate-drain capacitance at a gate-drain voltage: tanh above zero, atan below. */
	public static double cgd(double cgdMin, double cgdMax, double a, double vgd) {
		double s = (cgdMax - cgdMin) / (1 + Math.PI / 2);
		double y = cgdMax - s;
		return vgd > 0 ? s * Math.tanh(a * vgd) + y : s * Math.atan(a * vgd) + y;
	}

	/** The version of ESpice that writes the card, from the bundle's manifest ("dev" when run from classes). */
	public static String version() {
		Package p = ModelCard.class.getPackage();
		String v = p == null ? null : p.getImplementationVersion();
		return v == null ? "dev" : v;
	}
}
