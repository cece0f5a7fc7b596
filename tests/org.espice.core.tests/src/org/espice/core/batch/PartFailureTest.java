package org.espice.core.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.espice.core.FailureCategory;
import org.junit.jupiter.api.Test;

class PartFailureTest {

	@Test
	void aLineNamesPartCategoryAndMessage() {
		assertEquals("D1: fit-failed: no forward curve",
				new PartFailure("D1", FailureCategory.FIT_FAILED, "no forward curve").line());
	}

	@Test
	void partsFailingForTheSameReasonShareOneEntryAndTheItemsCategoryIsNotRepeated() {
		List<PartFailure> failures = List.of(new PartFailure("A", FailureCategory.FIT_FAILED, "no IS"),
				new PartFailure("B", FailureCategory.FIT_FAILED, "no IS"),
				new PartFailure("C", FailureCategory.UNSUPPORTED_DEVICE, "tunnel diode"),
				new PartFailure("D", FailureCategory.FIT_FAILED, "no BV"));
		assertEquals("A, B: no IS; C: unsupported-device: tunnel diode; D: no BV",
				PartFailure.grouped(FailureCategory.FIT_FAILED, failures));
	}

	@Test
	void aPartNameWithAColonStaysWhole() {
		// a line "X: 1: fit-failed: why" parsed back at its first ": " lost the part's name
		List<PartFailure> failures = List.of(new PartFailure("X: 1", FailureCategory.FIT_FAILED, "why"),
				new PartFailure("X: 2", FailureCategory.FIT_FAILED, "why"));
		assertEquals("X: 1, X: 2: why", PartFailure.grouped(FailureCategory.FIT_FAILED, failures));
	}
}
