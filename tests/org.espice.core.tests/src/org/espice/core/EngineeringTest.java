package org.espice.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Values as engineers write them, and back. */
class EngineeringTest {

	@Test
	void valuesAreWrittenWithAnSiPrefixAndTheirUnit() {
		assertEquals("2.2 pF", Engineering.format(2.2e-12, "F"));
		assertEquals("1.5 ms", Engineering.format(1.5e-3, "s"));
		assertEquals("4.2 mΩ", Engineering.format(4.2e-3, "Ohm"));
		assertEquals("100 V", Engineering.format(100, "V"));
		assertEquals("250 µA", Engineering.format(2.5e-4, "A"));
		assertEquals("75 MHz", Engineering.format(75e6, "Hz"));
		assertEquals("1 V", Engineering.format(0.99996, "V"), "rounded before the prefix is chosen");
		assertEquals("-20 V", Engineering.format(-20, "V"));
		assertEquals("0 V", Engineering.format(0, "V"));
		assertEquals("62.5 K/W", Engineering.format(62.5, "K/W"), "no prefix on a compound unit");
		assertEquals("0.5 K/W", Engineering.format(0.5, "K/W"));
		assertEquals("250", Engineering.format(250, ""), "a ratio is a plain number");
		assertEquals("1.235 kΩ", Engineering.format(1234.5, "Ohm"), "four significant digits");
		assertEquals("2,2 pF", Engineering.format(2.2e-12, "F", Locale.GERMANY));
		assertEquals("-", Engineering.format(Double.NaN, "V"));
	}

	@Test
	void typedValuesReadWithOrWithoutPrefixAndUnit() {
		Locale de = Locale.GERMANY;
		assertEquals(2.2e-12, Engineering.parse("2.2p", "F", Locale.ROOT));
		assertEquals(2.2e-12, Engineering.parse("2.2 pF", "F", Locale.ROOT));
		assertEquals(2.2e-12, Engineering.parse("2,2 pF", "F", de));
		assertEquals(2.2e-12, Engineering.parse("2.2e-12", "F", de));
		assertEquals(2.2e-15, Engineering.parse("2.2f", "F", Locale.ROOT), "f is femto, not farad");
		assertEquals(4.2e-3, Engineering.parse("4.2 mOhm", "Ohm", Locale.ROOT));
		assertEquals(4.2e-3, Engineering.parse("4.2mΩ", "Ohm", Locale.ROOT));
		assertEquals(1e7, Engineering.parse("10meg", "Ohm", Locale.ROOT), "SPICE's meg");
		assertEquals(1e7, Engineering.parse("10 M", "Ohm", Locale.ROOT));
		assertEquals(1.5e-6, Engineering.parse("1.5u", "A", Locale.ROOT));
		assertEquals(-20.0, Engineering.parse("-20 V", "V", Locale.ROOT));
		assertEquals(5.0, Engineering.parse("5 v", "V", Locale.ROOT), "a unit in the other case");
		assertNull(Engineering.parse("5 V", "A", Locale.ROOT), "another unit");
		assertNull(Engineering.parse("abc", "V", Locale.ROOT));
		assertNull(Engineering.parse("2.5 xA", "A", Locale.ROOT));
		for (double v : new double[] { 2.2e-12, 1.5e-14, -2.5, 1234.5, 75e6, 0.0015 }) {
			for (Locale l : new Locale[] { Locale.ROOT, de }) {
				String shown = Engineering.format(v, "A", l);
				assertEquals(v, Engineering.parse(shown, "A", l), Math.abs(v) * 1e-3, shown);
			}
		}
	}

	@Test
	void aConditionsUnitFollowsItsSymbol() {
		assertEquals("V", Engineering.conditionUnit("VGS"));
		assertEquals("A", Engineering.conditionUnit("ID"));
		assertEquals("Hz", Engineering.conditionUnit("f"));
		assertEquals("°C", Engineering.conditionUnit("T"));
		assertEquals("s", Engineering.conditionUnit("TP"));
		assertEquals("Ω", Engineering.conditionUnit("RG"));
	}
}
