package org.espice.core.internal.parameters;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What discrete devices print for a name, against values read from other rows. */
class VocabularyTest {

	/**
	 * A forward base-emitter junction holds under a volt, a Darlington's two in series about two: 25 V read as a
	 * VBE(on) is the gain's minimum of the next row (its test conditions set on the line above its symbol), not a
	 * voltage of the junction.
	 */
	@Test
	void aBaseEmitterVoltageHoldsAFewVolts() {
		assertTrue(Vocabulary.plausible("VBE_ON", 1.8));
		assertTrue(Vocabulary.plausible("VBE_SAT", -2.5), "a PNP Darlington");
		assertFalse(Vocabulary.plausible("VBE_ON", 25));
		assertFalse(Vocabulary.plausible("VBE_SAT", -40));
		assertTrue(Vocabulary.plausible("VCE_SAT", 25), "other voltages keep their wide bound");
	}

	/** No junction or gate is rated under a volt: 0.2 read as a gate voltage rating is another row's current. */
	@Test
	void aBlockingOrGateVoltageIsRatedForAVoltOrMore() {
		assertFalse(Vocabulary.plausible("VGSS", 0.2));
		assertFalse(Vocabulary.plausible("VDSS", 0.5));
		assertTrue(Vocabulary.plausible("VGSS", -8));
		assertTrue(Vocabulary.plausible("VF", 0.3), "a forward voltage is no rating");
	}
}
