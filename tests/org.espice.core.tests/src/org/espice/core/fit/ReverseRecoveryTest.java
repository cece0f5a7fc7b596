package org.espice.core.fit;

import static org.espice.core.fit.Rows.max;
import static org.espice.core.fit.Rows.typ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.espice.core.DeviceKind;
import org.espice.core.Parameter;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Probe;
import org.junit.jupiter.api.Test;

/**
 * TT from trr with the test's currents: ts = TT ln(1 + IF/IR), so the rectifier test (IF 0.5 A, IR 1 A) gives trr /
 * ln 1.5, a test with IF = IR trr / ln 2, and a trr without its IR is taken as IF = IR. The row is a check of the card
 * only where the verifier runs the test.
 */
class ReverseRecoveryTest {

	private static ModelCard card(Parameter trr, boolean checked) {
		ModelCard c = new ModelCard("D1", DeviceKind.RECTIFIER, "D1", "D");
		ReverseRecovery.tt(c, trr, checked);
		return c;
	}

	private static long checks(ModelCard c) {
		return c.checks().stream().filter(k -> k.probe() == Probe.REVERSE_RECOVERY).count();
	}

	@Test
	void theTestsCurrentsSetTheStorageLogarithm() {
		ModelCard rectifier = card(typ("TRR", 2e-6, "IF", 0.5, "IR", 1), true);
		assertEquals(2e-6 / Math.log(1.5), rectifier.value("TT"), 1e-12);
		assertEquals(1, checks(rectifier));
		ModelCard equal = card(typ("TRR", 2e-6, "IF", 1, "IR", 1), true);
		assertEquals(2e-6 / Math.log(2), equal.value("TT"), 1e-12);
	}

	@Test
	void withoutItsReverseCurrentTheTestIsTakenAsIfEqualsIr() {
		ModelCard c = card(typ("TRR", 100e-9, "IF", 10), true);
		assertEquals(100e-9 / Math.log(2), c.value("TT"), 1e-15);
		String origin = c.params().stream().filter(p -> p.name().equals("TT")).findFirst().orElseThrow().origin();
		assertTrue(origin.contains("taken equal"), origin);
		assertEquals(0, checks(c));
	}

	@Test
	void aSmallSignalOrBodyDiodeTrrIsNoCheck() {
		assertEquals(0, checks(card(max("TRR", 4e-9, "IF", 0.01, "IR", 0.01), true)));
		assertEquals(0, checks(card(typ("TRR", 2e-6, "IF", 0.5, "IR", 1), false)));
	}
}
