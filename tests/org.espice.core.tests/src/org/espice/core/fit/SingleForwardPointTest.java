package org.espice.core.fit;

import static org.espice.core.fit.Rows.typ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.spice.ModelCard;
import org.junit.jupiter.api.Test;

/**
 * A single forward point far above a junction's drop (a fast-recovery or co-packaged diode: 2.5 V at 30 A) puts
 * the excess in the series resistance, not into an IS at its lower bound; an ordinary point keeps the default split.
 */
class SingleForwardPointTest {

	private static ModelCard fit(double vf, double i) throws ProcessingException {
		return DiodeFitter.fit(new Device("D1", DeviceKind.RECTIFIER, List.of(typ("VF", vf, "IF", i))), "D1",
				TaskMonitor.NONE);
	}

	@Test
	void aHighVfGoesToTheSeriesResistance() throws ProcessingException {
		ModelCard c = fit(2.5, 30);
		double is = c.value("IS");
		double rs = c.value("RS");
		assertTrue(is > 1e-18, "IS " + is);
		assertEquals(1.5 / 30, rs, 1e-12);
		assertEquals(2.5, DiodeFitter.vf(is, c.value("N"), rs, 30), 1e-6);
		assertTrue(c.params().stream().anyMatch(p -> p.origin().contains("junction drop")), c.params().toString());
	}

	@Test
	void anOrdinaryPointKeepsTheDefaultSplit() throws ProcessingException {
		ModelCard c = fit(1.0, 1);
		assertEquals(0.1, c.value("RS"), 1e-12);
		assertTrue(c.params().stream().anyMatch(p -> p.origin().contains("10 % of VF")), c.params().toString());
	}
}
