package org.espice.core.model;

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
	java.util.List<ModelParam> parameters();

	/** The whole model file text (header comment with provenance, then .model or .subckt). */
	String render(Dialect dialect);
}
