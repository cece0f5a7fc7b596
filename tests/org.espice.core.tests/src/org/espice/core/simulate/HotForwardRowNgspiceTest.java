package org.espice.core.simulate;

import static org.espice.core.fit.Rows.typ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.ExtractionResult;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.fit.ModelBuilder;
import org.espice.core.spice.ModelCard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Schottky diode whose datasheet prints its typical VF hot: XTI is solved (the barrier's EG held) so that ngspice
 * meets it at its temperature, where the default law dropped VF three times too far; the room row stays met.
 */
class HotForwardRowNgspiceTest {

	private static NgspiceRunner runner;

	@BeforeAll
	static void ngspice() {
		runner = Ngspice.required();
	}

	@Test
	void theHotVfRowSetsXtiAndIsMetAtItsTemperature() throws ProcessingException {
		Device d = new Device("HB_SCH", DeviceKind.SCHOTTKY, List.of(typ("VF", 0.47, "IF", 5, "T", 25),
				typ("VF", 0.42, "IF", 5, "T", 125)));
		ModelCard card = (ModelCard) new ModelBuilder().fit(d,
				new ExtractionResult("hand-built", 1, null, null, List.of(d), null), TaskMonitor.NONE);
		assertTrue(card.params().stream().anyMatch(p -> p.name().equals("XTI") && p.origin().contains("solved")),
				card.params().toString());
		DatasheetVerification v = new ModelVerifier(runner).verifyDatasheet(d, card);
		assertTrue(v.loaded(), v.errors().toString());
		for (DatasheetVerification.Point p : v.points()) {
			assertTrue(p.fitted(), p.toString());
			assertEquals(0, p.error(), 0.01, p.row().conditions().toString());
		}
		assertTrue(new ModelVerifier(runner).verify(card).points().stream().allMatch(ModelVerifier.Point::pass));
	}
}
