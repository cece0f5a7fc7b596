package org.espice.core;

import java.util.List;

/** One part found in a datasheet, with every value that applies to it. */
public record Device(String part, DeviceKind kind, List<Parameter> parameters) {

	public Device {
		parameters = List.copyOf(parameters);
	}

	/** All entries of a spec name, in datasheet order. */
	public List<Parameter> all(String name) {
		return parameters.stream().filter(p -> p.name().equals(name)).toList();
	}

	/** The first entry of a spec name, or null. */
	public Parameter first(String name) {
		return parameters.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
	}
}
