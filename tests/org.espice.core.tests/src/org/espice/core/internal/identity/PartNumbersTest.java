package org.espice.core.internal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The shape of a type number, and the codes that only look like one. */
class PartNumbersTest {

	@Test
	void typeNumbersAsVendorsPrintThem() {
		for (String p : List.of("1N4001", "BC547B", "2SC1050", "SiHF9540", "MMBFJ112_SB51338", "BD136-10", "IRF540N",
				"BAT54-07P6FILM")) {
			assertTrue(PartNumbers.isPart(p), p);
		}
	}

	@Test
	void ratingsMaterialsPackagesNumbersAndDatesAreNoTypeNumbers() {
		for (String p : List.of("94V-0", "UL94V-0", "G-10", "FR-4", "1E-006", "2.5E+03", "TO-220AB", "DO-41",
				"SOT-23", "2004", "100mA", "V20mA", "Fig12")) {
			assertFalse(PartNumbers.isPart(p), p);
		}
	}

	@Test
	void rangesInOneWord() {
		assertEquals(List.of("ESP111", "ESP112", "ESP113"), PartNumbers.rangeMembers("ESP111-113"));
		assertEquals(List.of("ESP4001", "ESP4002", "ESP4003"), PartNumbers.rangeMembers("ESP4001-ESP4003"));
		assertTrue(PartNumbers.rangeMembers("ESP136-10").isEmpty(), "a gain group, not a range");
		assertTrue(PartNumbers.rangeMembers("ESP5400-T3").isEmpty(), "a packing code, not a range");
		assertTrue(PartNumbers.rangeMembers("ESP54-07P6FILM").isEmpty(), "a variant, not a range");
	}

	@Test
	void rangesAcrossSeriesAreTwoParts() {
		assertEquals(List.of("ESP4001", "ESP4002", "ESP4003"), PartNumbers.range("ESP4001", "ESP4003"));
		assertEquals(List.of("ESP4001", "XYZ4003"), PartNumbers.range("ESP4001", "XYZ4003"));
	}

	@Test
	void orderCodesBelongToTheirType() {
		List<String> devices = List.of("ESP4001", "ESP3904L", "ESP20H100CT", "ESP36A", "ESP36B", "ESP36", "ESP337");
		assertEquals("ESP4001", OrderCodes.deviceOf("ESP4001RL", devices), "reel");
		assertEquals("ESP4001", OrderCodes.deviceOf("ESP4001FF", devices), "fan-fold");
		assertEquals("ESP3904L", OrderCodes.deviceOf("ESP3904LT1G", devices), "packing with digits");
		assertEquals("ESP20H100CT", OrderCodes.deviceOf("ESP20H100CTG", devices), "lead-free");
		assertEquals("ESP4001", OrderCodes.deviceOf("ESP4001-T3", devices), "hyphen and letters");
		assertNull(OrderCodes.deviceOf("ESP337-25", devices), "a gain group is a part");
		assertNull(OrderCodes.deviceOf("ESP36G", devices), "a grade where the sheet has grades");
		assertNull(OrderCodes.deviceOf("ESP4001N", devices), "another letter is another part");
		assertNull(OrderCodes.deviceOf("ESP4001T", devices), "a package letter is another part");
	}
}
