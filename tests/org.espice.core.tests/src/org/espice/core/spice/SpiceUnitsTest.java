package org.espice.core.spice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.espice.core.Engineering;
import org.junit.jupiter.api.Test;

/** A model parameter is shown to a person with its unit; the model file keeps SPICE's numbers. */
class SpiceUnitsTest {

	@Test
	void parametersReadWithTheirUnits() {
		assertEquals("352.7 fA", Engineering.format(3.527e-13, SpiceUnits.of("IS")));
		assertEquals("120 pF", Engineering.format(1.2e-10, SpiceUnits.of("CJO")));
		assertEquals("750 mΩ", Engineering.format(0.75, SpiceUnits.of("RD")));
		assertEquals("3.1 V", Engineering.format(3.1, SpiceUnits.of("X_M.VTO")), "an inner card's parameter");
		assertEquals("1.11 eV", Engineering.format(1.11, SpiceUnits.of("EG")));
		assertEquals("1.8", Engineering.format(1.8, SpiceUnits.of("N")), "an emission coefficient has no unit");
		assertEquals("", SpiceUnits.of("M"));
		assertEquals("0.5 K/W", Engineering.format(0.5, SpiceUnits.of("RTHJC")), "a thermal resistance, no prefix");
	}
}
