package org.espice.core.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.espice.core.FailureCategory;
import org.espice.core.ProcessingException;
import org.junit.jupiter.api.Test;

/** A vendor's model file is reduced to its cards; one that would run or include something is refused. */
class VendorModelTest {

	static final String CLEAN = String.join("\n", "* Vendor library, rev 3", "*", ".model D1N4148 D(IS=2.52n RS=.568",
			"+ N=1.752 CJO=4p M=.4 TT=20n BV=75 IBV=1u)", ".param rg=2", ".subckt IRFX 1 2 3", "M1 9 2 3 3 MM L=1u W=1u",
			"RG 2 9 {rg}", ".model MM NMOS(LEVEL=1 VTO=3 KP=20)", ".ends IRFX", ".tran 1n 1u", "V1 1 0 5", ".end");

	@Test
	void aCleanFileKeepsItsModelsSubcircuitsAndParametersOnly() throws ProcessingException {
		VendorModel m = VendorModel.parse(CLEAN, false);
		assertEquals(List.of("D1N4148", "IRFX", "MM"), List.copyOf(m.names()));
		assertTrue(m.defines("irfx") && m.defines("D1N4148"));
		assertFalse(m.trusted());
		String t = m.text();
		assertTrue(t.contains("+ N=1.752 CJO=4p"), t);
		assertTrue(t.contains("RG 2 9 {rg}") && t.contains(".param rg=2") && t.contains(".ends IRFX"), t);
		assertFalse(t.contains(".tran") || t.contains("V1 1 0 5") || t.contains(".end\n") || t.contains("Vendor"), t);
	}

	@Test
	void aFileWithAShellLineIsRefusedWithTheLineNamed() {
		String hostile = CLEAN.substring(0, CLEAN.lastIndexOf(".end")) + ".control\nshell touch INJECTED\n.endc\n.end";
		ProcessingException e = assertThrows(ProcessingException.class, () -> VendorModel.parse(hostile, false));
		assertEquals(FailureCategory.INVALID_INPUT, e.category());
		assertTrue(e.getMessage().contains("line 13") && e.getMessage().contains(".control")
				&& e.getMessage().contains("--trust-model"), e.getMessage());
		// even without the block around it
		assertThrows(ProcessingException.class, () -> VendorModel.parse(CLEAN + "\nshell touch INJECTED\n", false));
		assertThrows(ProcessingException.class, () -> VendorModel.parse(CLEAN + "\nSYSTEM rm x\n", false));
	}

	@Test
	void includesLibraryReferencesAndCommandCommentsAreRefused() {
		for (String line : new String[] { ".include other.lib", ".INC 'x.lib'", ".lib models.lib typ", "*# shell ls",
				"*ng_script" }) {
			ProcessingException e = assertThrows(ProcessingException.class,
					() -> VendorModel.parse(line + "\n" + CLEAN, false), line);
			assertTrue(e.getMessage().contains("line 1"), e.getMessage());
		}
	}

	@Test
	void aTrustedFileIsUsedAsItIs() throws ProcessingException {
		String withInclude = ".include other.lib\n" + CLEAN;
		VendorModel m = VendorModel.parse(withInclude, true);
		assertTrue(m.trusted());
		assertEquals(withInclude, m.text());
	}

	@Test
	void aFileWithoutAModelIsRefused() {
		assertThrows(ProcessingException.class, () -> VendorModel.parse("* nothing here\nR1 1 0 1k\n", false));
	}
}
