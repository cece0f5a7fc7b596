package org.espice.core.spice;

import java.util.Locale;

/** The SPICE dialects ESpice writes. */
public enum Dialect {
	NGSPICE("lib"), LTSPICE("lib"), PSPICE("lib");

	private final String extension;

	Dialect(String extension) {
		this.extension = extension;
	}

	public String fileExtension() {
		return extension;
	}

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Dialect fromId(String id) {
		return valueOf(id.trim().toUpperCase(Locale.ROOT));
	}
}
