package org.espice.core.internal.tables;

import java.util.LinkedHashMap;
import java.util.Map;

import org.espice.core.internal.layout.Word;
import org.espice.core.internal.parameters.Quantities;
import org.espice.core.internal.parameters.Vocabulary;

/**
 * A column of a symbol-header table, a table whose header names symbols and whose rows are parts (Zener and
 * small-signal families). It reads a parameter ({@link #name}) or the test condition of others ({@link #condKey}).
 * Built up while the header's words are read, so its links and units are set after construction.
 */
final class SymbolColumn {

	/** Spec name, or null for a condition column. */
	final String name;
	/** Condition key for condition columns (IZ, VR, IF). */
	final String condKey;
	final String rawKey;
	final double x0;
	final double x1;
	/** Raw key after "@": VZ @ IZT. */
	String link;
	/** 0 min, 1 typ, 2 max, -1 default. */
	int slot = -1;
	Quantities.Unit unit;
	/** Where the "@" condition is printed. */
	Word linkWord;
	/** "@ IZ (mA)": the condition prints its own unit. */
	Quantities.Unit linkUnit;
	/** Right edge of the symbol and its own unit, "ZZ (Ω)". */
	double nameEnd;
	/** Right edge of "X @ Y ...". */
	double groupEnd;
	/** "ZZK @ IZK = 1 mA": a test point printed in the heading. */
	final Map<String, Double> fixed = new LinkedHashMap<>();

	SymbolColumn(String name, String condKey, String rawKey, double x0, double x1) {
		this.name = name;
		this.condKey = condKey;
		this.rawKey = rawKey;
		this.x0 = x0;
		this.x1 = x1;
		this.nameEnd = x1;
	}

	/** The same column over another span. */
	SymbolColumn moved(double from, double to) {
		SymbolColumn c = new SymbolColumn(name, condKey, rawKey, from, to);
		c.link = link;
		c.slot = slot;
		c.unit = unit;
		c.linkWord = linkWord;
		c.linkUnit = linkUnit;
		c.groupEnd = groupEnd;
		c.fixed.putAll(fixed);
		return c;
	}

	double center() {
		return (x0 + x1) / 2;
	}

	/** What the column's values measure: the spec dimension of its name, or V / A for a test condition. */
	String dimension() {
		return name != null ? Vocabulary.dimension(name.replace("?", "")) : condKey.startsWith("V") ? "V" : "A";
	}

	/** The condition key a column headed by this raw symbol reads, or null when it reads none. */
	static String conditionKey(String norm) {
		return switch (norm) {
		case "IZT", "IZK", "IZ", "IT" -> "IZ";
		case "VR" -> "VR";
		case "IF" -> "IF";
		default -> null;
		};
	}

	@Override
	public String toString() {
		return name + "/" + condKey + "@" + Math.round(center());
	}
}
