package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.Plot;
import org.junit.jupiter.api.Test;

/** A plot's parts from its caption, on a datasheet for several parts. */
class PlotPartsTest {

	private static final List<Device> DEVICES = List.of(new Device("BC546", DeviceKind.BJT_NPN, List.of()),
			new Device("BC547", DeviceKind.BJT_NPN, List.of()), new Device("BC548", DeviceKind.BJT_NPN, List.of()));

	private static Plot captioned(String caption) {
		return new Plot(3, new Plot.Box(100, 400, 300, 550), caption, Plot.Kind.BJT_CAP, Plot.DrawnAs.VECTOR, null,
				null, List.of(), List.of(), null);
	}

	@Test
	void aCaptionNamingSomePartsLimitsThePlotToThem() {
		List<Plot> out = PlotParts.assign(
				List.of(captioned("Figure 5. Capacitances (BC547/BC548)"), captioned("Figure 11. Capacitance BC546"),
						captioned("Figure 1. Normalized DC Current Gain"),
						captioned("Figure 2. BC546, BC547, BC548 On Voltages"), captioned("Figure 3. BC5470 Gain")),
				DEVICES);
		assertEquals(List.of("BC547", "BC548"), out.get(0).parts());
		assertEquals(List.of("BC546"), out.get(1).parts());
		assertEquals(List.of(), out.get(2).parts(), "no part named: for all");
		assertEquals(List.of(), out.get(3).parts(), "every part named: for all");
		assertEquals(List.of(), out.get(4).parts(), "a longer number is another part");
	}

	/** Grades named as a run after the first ("BYM36D and E", "BYM36A to C", "BYM36A,B,C") are each named. */
	@Test
	void aRunOfGradesNamesEachGrade() {
		List<Device> grades = "ABCDEFG".chars()
				.mapToObj(g -> new Device("BYM36" + (char) g, DeviceKind.RECTIFIER, List.of())).toList();
		assertEquals(List.of("BYM36D", "BYM36E"), PlotParts.named("BYM36D and E.", grades));
		assertEquals(List.of("BYM36A", "BYM36B", "BYM36C"), PlotParts.named("BYM36A to C", grades));
		assertEquals(List.of("BYM36A", "BYM36B", "BYM36C"), PlotParts.named("BYM36A,B,C", grades));
		assertEquals(List.of("BYM36D", "BYM36F"), PlotParts.named("BYM36D and F", grades), "two named, not a range");
		assertEquals(List.of("BC546", "BC547", "BC548"), PlotParts.named("BC546 - 8", DEVICES));
	}
}
