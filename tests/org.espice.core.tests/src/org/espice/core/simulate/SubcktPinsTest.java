package org.espice.core.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The pins of a vendor subcircuit, read from the forms model files use to name them. */
class SubcktPinsTest {

	@Test
	void rolesComeFromARowOfTerminalNamesOneLinePerPinOrThePinNames() {
		assertEquals(List.of("D", "G", "S"), SubcktPins.roles(".SUBCKT M1 3 4 5\n* Nodes        D G S\nM1 3 4 5 5 X\n.ENDS\n",
				"m1"));
		assertEquals(List.of("C", "B", "E"), SubcktPins.roles(".SUBCKT Q 1 2 3\n*    TERMINALS:  C B E\n"
				+ "*  45 Volt  1.5 Amp  Power Transistor\nQ1 1 2 3 QP\n.ENDS\n", "Q"));
		assertEquals(List.of("G", "S", "D"), SubcktPins.roles(".SUBCKT IRX 1 2 3\n* Model generated\n"
				+ "* Node 1 -> Gate\n* Node 2 -> Source\n* Node 3 -> Drain\nM1 3 1 2 2 MM\n.ENDS\n", "IRX"));
		assertEquals(List.of("D", "G", "S", "?"), SubcktPins.roles(".subckt F D G S TJ\nM1 D G S S MM\n.ends\n", "F"));
		assertNull(SubcktPins.roles(".SUBCKT Z 1 2 3\nM1 1 2 3 3 MM\n.ENDS\n", "Z"), "no pin is named");
	}

	@Test
	void anInstanceConnectsEachPinToTheNodeOfItsRole() {
		StringBuilder extra = new StringBuilder();
		String line = SubcktPins.instance("X7", List.of("G", "S", "D", "?"), List.of("D", "G", "S"),
				Arrays.asList("d7", "g7", "0"), "IRX", extra);
		assertEquals("X7 g7 0 d7 x7_p3 IRX", line);
		assertEquals("RX7_p3 x7_p3 0 1e9\n", extra.toString());
	}
}
