package org.espice.core;

import java.util.List;

/**
 * One part found in a datasheet, with every value that applies to it.
 *
 * @param aliases the order and packing codes the datasheet gives for this part ({@code 1N4001RL},
 *                {@code MBR20H100CTG}): the same device, so they share its values and its model
 */
public record Device(String part, DeviceKind kind, List<Parameter> parameters, List<String> aliases) {

	public Device {
		parameters = List.copyOf(parameters);
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
	}

	/** A device with no order codes of its own. */
	public Device(String part, DeviceKind kind, List<Parameter> parameters) {
		this(part, kind, parameters, List.of());
	}

	/** The same device with other values (an edit, a review). */
	public Device withParameters(List<Parameter> values) {
		return new Device(part, kind, values, aliases);
	}

	/** The same device as another kind (a kind forced by the user). */
	public Device withKind(DeviceKind other) {
		return new Device(part, other, parameters, aliases);
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
