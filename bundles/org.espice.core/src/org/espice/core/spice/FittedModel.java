package org.espice.core.spice;

import java.util.List;

import org.espice.core.Device;
import org.espice.core.DeviceKind;

/** A SPICE model fitted to one part, ready to be written in any dialect. */
public interface FittedModel {

	String part();

	DeviceKind kind();

	/** A model name valid in ngspice, LTspice and PSpice. */
	String modelName();

	/**
	 * Every parameter written, with its origin, in file order; a subcircuit's inner models' parameters are
	 * prefixed with their model names.
	 */
	List<ModelParam> parameters();

	/** The whole model file text (header comment with provenance, then .model or .subckt). */
	String render(Dialect dialect);

	/**
	 * The card's device type: D, VDMOS, NPN, PNP, NJF, PJF, or SUBCKT for a subcircuit (an IGBT; a MOSFET with the
	 * gate's capacitance to the channel), which is instanced with X.
	 */
	String cardType();

	/** A parameter's value on the card (inner cards of a subcircuit prefix theirs), or null when it is not set. */
	default Double value(String name) {
		return parameters().stream().filter(p -> p.name().equalsIgnoreCase(name)).map(ModelParam::value).findFirst()
				.orElse(null);
	}

	/**
	 * This model for another part of the same datasheet whose values and curves are the same (a family's
	 * members): the same card under the other part's name and order codes; null when it cannot be shared.
	 */
	default FittedModel forPart(Device sibling) {
		return null;
	}

	/** The datasheet values the model was fitted to, each with how to measure it in a simulation. */
	default List<Check> checks() {
		return List.of();
	}
}
