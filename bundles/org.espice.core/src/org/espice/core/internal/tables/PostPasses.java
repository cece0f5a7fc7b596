package org.espice.core.internal.tables;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.espice.core.DeviceKind;
import org.espice.core.Parameter;
import org.espice.core.Provenance;
import org.espice.core.internal.layout.PageLayout;
import org.espice.core.internal.layout.TextLine;
import org.espice.core.internal.parameters.Conditions;
import org.espice.core.internal.parameters.Quantities;
import org.espice.core.internal.parameters.Vocabulary;
import org.espice.core.internal.tables.TableReader.Reading;

/**
 * Passes over the readings once the rows are read: condition cells shared by a group of rows (after each page),
 * and limits stated as sentences outside the tables (after the whole datasheet).
 */
final class PostPasses {

	/** "VF = 1.2 V Max @ IF = 200 mA for all types": a limit stated in a table heading or footnote. */
	private static final Pattern STATED = Pattern.compile(
			"(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9()]{0,9})(?:\\s+[A-Za-z][a-z]+){0,3}\\s*=\\s*(\\d+(?:\\.\\d+)?)\\s*"
					+ "([pnuµm]?(?:V|A|Ω))?\\s*\\(?(max|min|typ)[a-z]*\\.?\\)?\\s*(?:@|at)\\s*(.+)",
			Pattern.CASE_INSENSITIVE);

	/** A gate-charge symbol naming its gate drive at the start of its row: "Qg(10V)", "Qg (4.5 V)". */
	private static final Pattern SYMBOL_DRIVE = Pattern.compile("\\s*Q[A-Za-z]{0,3}\\s*\\(\\s*(\\d+(?:\\.\\d+)?)\\s*V\\s*\\)");

	private final DeviceKind kind;
	private final List<Reading> readings;

	PostPasses(DeviceKind kind, List<Reading> readings) {
		this.kind = kind;
		this.readings = readings;
	}

	/**
	 * A condition cell printed once for a group of rows (Ciss/Coss/Crss, Qg/Qgs/Qgd) holds for the rows next to
	 * it that measure the same quantity and print no conditions of their own. A gate charge whose symbol names its
	 * gate drive ("Qg(10V)", "Qg(4.5V)" above one cell "VGS=-10V, VDS=-15V, ID=-4.0A") is measured at that drive,
	 * signed as the cell signs its gate voltage, whatever voltage the cell prints. Looks at the readings from
	 * {@code from} on.
	 */
	void sharedConditions(int from) {
		String gate = kind == DeviceKind.IGBT ? "VGE" : "VGS";
		int i = from;
		while (i < readings.size()) {
			int j = groupEnd(i);
			Parameter a = readings.get(i).parameter();
			Map<String, Double> shared = new LinkedHashMap<>();
			boolean consistent = true;
			for (int k = i; k < j; k++) {
				for (Map.Entry<String, Double> e : readings.get(k).parameter().conditions().entrySet()) {
					Double had = shared.putIfAbsent(e.getKey(), e.getValue());
					if (had != null && !had.equals(e.getValue())) {
						consistent = false;
					}
				}
			}
			if (j - i >= 2 && !shared.isEmpty() && consistent && (a.unit().equals("F") || a.unit().equals("C")
					|| a.unit().equals("s"))) {
				for (int k = i; k < j; k++) {
					Reading r = readings.get(k);
					Parameter p = r.parameter();
					Map<String, Double> c = new LinkedHashMap<>(p.conditions());
					shared.forEach(c::putIfAbsent);
					readings.set(k, new Reading(r.part(), new Parameter(p.name(), p.min(), p.typ(), p.max(), p.unit(),
							c, p.source())));
				}
			}
			for (int k = i; k < j; k++) {
				drive(k, gate, shared.get(gate));
			}
			i = j;
		}
	}

	/** "Qg(4.5V)": the gate drive a gate-charge symbol names, or null. */
	static Double symbolDrive(Parameter p) {
		if (!p.name().startsWith("Q") || p.source() == null || p.source().rowText() == null) {
			return null;
		}
		Matcher m = SYMBOL_DRIVE.matcher(p.source().rowText());
		return m.lookingAt() ? Double.valueOf(m.group(1)) : null;
	}

	/** Sets reading k's gate condition to its symbol's drive, signed as the group's cell signs its gate voltage. */
	private void drive(int k, String gate, Double cell) {
		Reading r = readings.get(k);
		Parameter p = r.parameter();
		Double v = symbolDrive(p);
		if (v == null) {
			return;
		}
		Map<String, Double> c = new LinkedHashMap<>(p.conditions());
		Double own = c.get(gate);
		double sign = own != null && own < 0 || own == null && cell != null && cell < 0 ? -1 : 1;
		c.put(gate, sign * v);
		readings.set(k, new Reading(r.part(), new Parameter(p.name(), p.min(), p.typ(), p.max(), p.unit(), c,
				p.source())));
	}

	/** The end of the group of neighbouring rows of one quantity that starts at reading i. */
	private int groupEnd(int i) {
		int j = i + 1;
		Parameter a = readings.get(i).parameter();
		while (j < readings.size()) {
			Parameter prev = readings.get(j - 1).parameter();
			Parameter b = readings.get(j).parameter();
			Double drive = symbolDrive(b);
			boolean sameTest = b.name().equals(prev.name()) && (drive == null || drive.equals(symbolDrive(prev)));
			if (!b.unit().equals(a.unit()) || sameTest || b.source() == null || prev.source() == null
					|| Math.abs(b.source().y0() - prev.source().y0()) > Tolerances.SHARED_CONDITIONS_REACH) {
				break;
			}
			j++;
		}
		return j;
	}

	/** Limits stated as sentences on any page of the datasheet. */
	void statedLimits(List<PageLayout> pages) {
		for (PageLayout page : pages) {
			for (TextLine line : page.lines()) {
				statedLimit(page, line);
			}
		}
	}

	/**
	 * A limit printed as a sentence outside the table rows (heading, footnote) with its own test point. Added only
	 * when the tables gave no value of that parameter, so it never competes with a table row.
	 */
	private void statedLimit(PageLayout page, TextLine line) {
		String text = line.text();
		if (text.indexOf('=') < 0 || text.indexOf('@') < 0 && !text.toLowerCase(Locale.ROOT).contains(" at ")) {
			return;
		}
		Matcher m = STATED.matcher(text);
		if (!m.find()) {
			return;
		}
		String name = Vocabulary.nameOfSymbol(m.group(1), kind, false);
		if (name == null || name.contains("?")) {
			return;
		}
		String dim = Vocabulary.dimension(name);
		Quantities.Unit unit = m.group(3) == null ? null : Quantities.unit(m.group(3));
		if (dim == null || unit != null && !unit.dimension().equals(dim) || unit == null && !dim.equals("V")) {
			return;
		}
		Map<String, Double> conds = Conditions.parse(m.group(5));
		if (conds.isEmpty() || readings.stream().anyMatch(r -> r.parameter().name().equals(name))) {
			return;
		}
		double v = Double.parseDouble(m.group(2)) * (unit == null ? 1 : unit.factor());
		if (!Vocabulary.plausible(name, v)) {
			return;
		}
		String which = m.group(4).toLowerCase(Locale.ROOT);
		Provenance prov = new Provenance(page.page(), line.x0(), page.height() - line.baseline() - Tolerances.BOX_PADDING,
				line.x1(), page.height() - line.top() + Tolerances.BOX_PADDING, line.text());
		readings.add(new Reading(null, new Parameter(name, which.equals("min") ? v : null,
				which.equals("typ") ? v : null, which.equals("max") ? v : null, dim, conds, prov)));
	}
}
