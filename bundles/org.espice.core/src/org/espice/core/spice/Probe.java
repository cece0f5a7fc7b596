package org.espice.core.spice;

/** How a datasheet value is measured in a simulation deck (see {@code simulate.ModelVerifier}). */
public enum Probe {
	/** forward voltage at a forced forward current (IF; IS for a body diode, IF for an IGBT's diode) */
	FORWARD_VOLTAGE,
	/** reverse current at a reverse voltage VR */
	REVERSE_CURRENT,
	/** small-signal capacitance at reverse voltage VR, 1 MHz */
	JUNCTION_CAPACITANCE,
	/**
	 * reverse-recovery time of a diode switched from a forward current IF to a reverse current IR, until the reverse
	 * current has recovered to IR/4 (the rectifier test)
	 */
	REVERSE_RECOVERY,
	/** zener voltage at a forced reverse current IZ */
	ZENER_VOLTAGE,
	/** zener dynamic impedance at IZ */
	ZENER_IMPEDANCE,
	RDS_ON, VGS_TH, CISS, COSS, CRSS,
	HFE, VCE_SAT, VBE_SAT, VBE_ON, FT,
	JFET_IDSS, JFET_VGS_OFF,
	IGBT_VCE_SAT, IGBT_VGE_TH,
	/** gate charge to reach VGS (VGE) in the standard test: constant gate current, drain clamped at VDS carrying ID */
	GATE_CHARGE,
	/** gate charge up to the start of the Miller plateau, same test */
	GATE_SOURCE_CHARGE,
	/** gate charge across the Miller plateau, same test */
	GATE_DRAIN_CHARGE,
	/** small-signal forward transconductance at VDS and ID (or at VGS for a JFET) */
	TRANSCONDUCTANCE,
	/** BJT collector-base capacitance at VCB, emitter open (Cobo) */
	COLLECTOR_BASE_CAPACITANCE,
	/** BJT emitter-base capacitance at VEB, collector open (Cibo) */
	EMITTER_BASE_CAPACITANCE,
	/** cut-off current of a blocking junction: MOSFET IDSS at VDS, BJT ICBO at VCB, IGBT ICES at VCE */
	CUTOFF_CURRENT,
	/**
	 * on-resistance VDS/ID of a MOSFET with its drain held at VDS and its gate at VGS: a point of an output curve's
	 * ohmic part (a current forced near the knee leaves the drain voltage ill-conditioned, and a model that cannot
	 * carry it without a solution)
	 */
	OHMIC_RESISTANCE,
	/**
	 * drain current of a MOSFET with its drain held at VDS and its gate at VGS: a point of an output curve past its
	 * knee, where the current barely follows the drain voltage
	 */
	DRAIN_CURRENT;

	/**
	 * The least reverse current (A) a {@link #REVERSE_RECOVERY} is measured at: under it a trr ends where the test's
	 * load and the diode's capacitance let it as much as where its stored charge is gone, and the load is not read.
	 */
	public static final double RECOVERY_MIN_CURRENT = 0.1;
}
