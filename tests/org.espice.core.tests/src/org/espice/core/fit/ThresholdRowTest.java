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
 * Of two threshold rows, the one printed with its drain current is the test the channel is fitted to; a bare value
 * (often a stray limit read as typical) is used only when no other is printed.
 */
class ThresholdRowTest {

	private static ModelCard fit(Device d) throws ProcessingException {
		return VdmosFitter.fit(d, d.part(), TaskMonitor.NONE);
	}

	@Test
	void theThresholdWithItsCurrentWins() throws ProcessingException {
		ModelCard c = fit(new Device("M1", DeviceKind.MOSFET_N, List.of(typ("VGS_TH", 0.8),
				typ("VGS_TH", 2.1, "ID", 1e-3), typ("RDS_ON", 2.3, "VGS", 10, "ID", 0.2))));
		assertEquals(1, c.checks().stream().filter(k -> k.parameter().name().equals("VGS_TH")).count());
		assertEquals(2.1, c.checks().stream().filter(k -> k.parameter().name().equals("VGS_TH")).findFirst()
				.orElseThrow().target().value(), 1e-9);
	}

	@Test
	void aBareThresholdIsTheFallback() throws ProcessingException {
		ModelCard c = fit(new Device("M1", DeviceKind.MOSFET_N, List.of(typ("VGS_TH", 2.0),
				typ("RDS_ON", 2.3, "VGS", 10, "ID", 0.2))));
		assertEquals(2.0, c.checks().stream().filter(k -> k.parameter().name().equals("VGS_TH")).findFirst()
				.orElseThrow().target().value(), 1e-9);
	}
}
