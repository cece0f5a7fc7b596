package org.espice.core.spice;

/** How a datasheet value is measured in a simulation deck (see {@code simulate.ModelVerifier}). */
public enum Probe {
	/** forward voltage at a forced forward current (IF; IS for a body diode, IF for an IGBT's diode) */
	FORWARD_VOLTAGE,
	/** reverse current at a reverse voltage VR */
	REVERSE_CURRENT,
	/** small-signal capacitance at reverse voltage VR, 1 MHz */
	JUNCTION_CAPACITANCE,
	/** zener voltage at a forced reverse current IZ */
	ZENER_VOLTAGE,
	/** zener dynamic impedance at IZ */
	ZENER_IMPEDANCE,
	RDS_ON, VGS_TH, CISS, COSS, CRSS,
	HFE, VCE_SAT, VBE_SAT, VBE_ON, FT,
	JFET_IDSS, JFET_VGS_OFF,
	IGBT_VCE_SAT, IGBT_VGE_TH
}
