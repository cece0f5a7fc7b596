package org.espice.core;

import java.util.Locale;

/** The device kinds ESpice recognises, with the identifiers used in the JSON output. */
public enum DeviceKind {
	DIODE("diode"), RECTIFIER("rectifier"), SCHOTTKY("schottky"), ZENER("zener"),
	MOSFET_N("mosfet-n"), MOSFET_P("mosfet-p"), GAN_FET("gan-fet"),
	BJT_NPN("bjt-npn"), BJT_PNP("bjt-pnp"), IGBT("igbt"), JFET_N("jfet-n"), JFET_P("jfet-p"),
	OTHER("other");

	private final String id;

	DeviceKind(String id) {
		this.id = id;
	}

	/** The identifier of {@code ../shared/spec/parameters.md}, e.g. {@code mosfet-n}. */
	public String id() {
		return id;
	}

	public boolean isDiode() {
		return this == DIODE || this == RECTIFIER || this == SCHOTTKY || this == ZENER;
	}

	public boolean isMosfet() {
		return this == MOSFET_N || this == MOSFET_P || this == GAN_FET;
	}

	public boolean isBjt() {
		return this == BJT_NPN || this == BJT_PNP;
	}

	public boolean isJfet() {
		return this == JFET_N || this == JFET_P;
	}

	/** Parses an identifier ({@code mosfet-n}) or an enum name ({@code MOSFET_N}), case-insensitively. */
	public static DeviceKind fromId(String text) {
		String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
		for (DeviceKind k : values()) {
			if (k.id.equals(t)) {
				return k;
			}
		}
		throw new IllegalArgumentException("Unknown device kind '" + text + "'; expected one of diode, rectifier, "
				+ "schottky, zener, mosfet-n, mosfet-p, gan-fet, bjt-npn, bjt-pnp, igbt, jfet-n, jfet-p, other");
	}
}
