package org.espice.core.fit;

import static org.espice.core.fit.Rows.typ;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.spice.ModelCard;
import org.junit.jupiter.api.Test;

/**
 * A diode capacitance printed at VR = 0 V is the zero-bias capacitance itself: it sets CJO and is checked, instead
 * of being dropped as a row without its bias (which left the model without any junction capacitance).
 */
class ZeroBiasCapacitanceTest {

	@Test
	void aCapacitanceAtZeroVoltsSetsCjo() throws ProcessingException {
		ModelCard c = DiodeFitter.fit(new Device("D1", DeviceKind.RECTIFIER,
				List.of(typ("VF", 1.0, "IF", 1.0), typ("CT", 5e-11, "VR", 0, "f", 1e6))), "D1", TaskMonitor.NONE);
		assertEquals(5e-11, c.value("CJO"), 1e-13);
		assertEquals(1, c.checks().stream().filter(k -> k.parameter().name().equals("CT")).count());
	}

	@Test
	void aCapacitanceWithoutItsBiasStaysOut() throws ProcessingException {
		ModelCard c = DiodeFitter.fit(new Device("D1", DeviceKind.RECTIFIER,
				List.of(typ("VF", 1.0, "IF", 1.0), typ("CT", 5e-11, "f", 1e6))), "D1", TaskMonitor.NONE);
		assertEquals(0, c.checks().stream().filter(k -> k.parameter().name().equals("CT")).count());
	}
}
