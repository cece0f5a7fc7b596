package org.espice.core.simulate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.espice.core.ProcessingException;
import org.junit.jupiter.api.Test;

/** ngspice runs only decks made of our own cards and control commands. */
class OwnDeckTest {

	static final String OURS = "* ESpice verification of D1\n.model D1 D (IS=1e-14 N=1.5)\nI0 0 a0 DC 0.01\n"
			+ "D0 a0 0 D1\n.control\nop\nlet m0 = v(a0)\nprint m0\nac lin 1 1e6 1e6\n.endc\n.end\n";

	@Test
	void ourDecksPass() {
		assertDoesNotThrow(() -> OwnDeck.check(OURS));
		assertDoesNotThrow(() -> OwnDeck.check("* load\n.model X D (IS=1)\nV1 n 0 1\nR1 n 0 1\n.op\n.end\n"));
	}

	@Test
	void anythingThatRunsOrIncludesIsRefused() {
		String[] hostile = { OURS.replace("op\n", "op\nshell touch INJECTED\n"),
				OURS.replace("print m0\n", "print `shell ls`\n"),
				"* t\n.control\nshell touch INJECTED\n.endc\n" + OURS,
				OURS.replace(".end\n", ".control\nop\n.endc\n.end\n"),
				OURS.replace("D0 a0 0 D1\n", "D0 a0 0 D1\n*# shell touch INJECTED\n"),
				OURS.replace("D0 a0 0 D1\n", "D0 a0 0 D1\n.include /etc/passwd\n"),
				OURS.replace("D0 a0 0 D1\n", "D0 a0 0 D1\n.lib x.lib tt\n"),
				OURS.replace("D0 a0 0 D1\n", "D0 a0 0 D1\nshell touch INJECTED\n"),
				OURS.replace("D0 a0 0 D1\n", "D0 a0 0 D1\n.endc\n"),
				"*ng_script\n" + OURS };
		for (String deck : hostile) {
			assertThrows(ProcessingException.class, () -> OwnDeck.check(deck), deck);
		}
	}

	@Test
	void spiceinitHoldsPlainSetLinesOnly() {
		assertDoesNotThrow(() -> OwnDeck.checkSpiceinit(List.of("set ngbehavior=ltpsa", "set ngbehavior=ps")));
		assertThrows(ProcessingException.class, () -> OwnDeck.checkSpiceinit(List.of("shell touch INJECTED")));
		assertThrows(ProcessingException.class, () -> OwnDeck.checkSpiceinit(List.of("set x=1\nshell ls")));
	}
}
