package org.espice.core.fit;

import static org.espice.core.fit.Rows.max;
import static org.espice.core.fit.Rows.typ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.espice.core.Parameter;
import org.junit.jupiter.api.Test;

/**
 * The saturation current a forward fit may reach is bounded by the datasheet's leakage (its typical value where
 * printed, else its maximum): a room-temperature row as printed (it is checked at the simulators' 27 degC), a hot row
 * brought back on ngspice's temperature law, the lowest bound winning.
 */
class LeakageCeilingTest {

	@Test
	void roomRowBoundsAsPrinted() {
		Parameter room = max("IR", 5e-6, "VR", 400, "T", 25);
		ForwardFit.Ceiling c = ForwardFit.ceiling(List.of(room), 1.7, false);
		assertEquals(5e-6, c.is(), 1e-18);
		assertSame(room, c.row());
	}

	@Test
	void hotRowIsBroughtBackOnTheTemperatureLawAndTheLowestWins() {
		Parameter room = max("IR", 5e-6, "VR", 400);
		Parameter hot = max("IR", 1e-4, "VR", 400, "T", 125);
		double ratio = ForwardFit.ratio(1.7, ForwardFit.EG_SILICON, 3, 398.15);
		ForwardFit.Ceiling c = ForwardFit.ceiling(List.of(room, hot), 1.7, false);
		assertSame(hot, c.row());
		assertEquals(1e-4 / ratio, c.is(), 1e-4 / ratio * 1e-9);
		// IS grows by hundreds of times from 27 to 125 degC at N = 1.7
		assertEquals(true, ratio > 100 && ratio < 3000, "ratio " + ratio);
	}

	/**
	 * A row printing both bounds by its typical value: the model is of a typical part, and a SPICE diode leaks IS at
	 * every reverse voltage (IRGP4063D's ICES: 1 uA typical, 150 uA max at 600 V).
	 */
	@Test
	void aTypicalLeakageBoundsBeforeItsMaximum() {
		Parameter both = new Parameter("ICES", null, 1e-6, 1.5e-4, "A", java.util.Map.of("VCE", 600.0, "VGE", 0.0),
				null);
		assertEquals(1e-6, ForwardFit.ceiling(List.of(both), 3, false).is(), 1e-18);
	}

	@Test
	void aTypicalLeakageBoundsWhenNoMaximumIsPrintedAndNoRowGivesNone() {
		assertEquals(2e-7, ForwardFit.ceiling(List.of(typ("IDSS", -2e-7, "VDS", -20)), 1.2, false).is(), 1e-18);
		assertNull(ForwardFit.ceiling(List.of(), 1.2, false));
	}
}
