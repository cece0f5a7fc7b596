package org.espice.core.fit;

import java.util.Arrays;
import java.util.List;

import org.espice.core.Parameter;
import org.espice.core.spice.Check;
import org.espice.core.spice.Probe;

/**
 * A Darlington pair, told from its numbers: a current gain in the thousands that no single transistor reaches
 * together with base-emitter voltages of two junctions in series. It is modelled as one Gummel-Poon transistor with
 * both emission coefficients (NF, NR) at 2, so that VBE(on) and VBE(sat) carry two junction drops and the
 * transconductance is half a single junction's; a super-beta transistor (hFE of several hundred at 0.6 V) stays a
 * single junction.
 */
final class Darlington {

	/** The origin of NF and NR on a Darlington's card. */
	static final String ORIGIN = "2: a Darlington pair taken as one transistor, its two base-emitter junctions in series "
			+ "(an hFE of 500 or more, and a VBE of 1.2 V typical or 1.4 V maximum or more)";
	/** A gain no single transistor's datasheet prints as its minimum or typical value. */
	static final double GAIN = 500;
	/** A typical base-emitter voltage, and a maximum, that take two junctions. */
	static final double VBE = 1.2, VBE_MAX = 1.4;

	private Darlington() {
	}

	/** Whether the table rows and gain curves describe a Darlington pair. */
	static boolean is(List<Check> checks, List<HfeCurves.Gain> gains) {
		boolean gain = gains.stream().anyMatch(g -> Arrays.stream(g.curve().y()).max().orElse(0) >= GAIN)
				|| checks.stream().anyMatch(c -> c.probe() == Probe.HFE && c.target().value() >= GAIN);
		boolean twoJunctions = checks.stream().anyMatch(c -> (c.probe() == Probe.VBE_ON || c.probe() == Probe.VBE_SAT)
				&& twoJunctions(c.parameter()));
		return gain && twoJunctions;
	}

	/** A typical VBE of 1.2 V or more, or a maximum of 1.4 V (two junctions at 0.7 V) or more. */
	private static boolean twoJunctions(Parameter p) {
		return p.typ() != null ? Math.abs(p.typ()) >= VBE : p.max() != null && Math.abs(p.max()) >= VBE_MAX;
	}
}
