package org.espice.core.internal.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.espice.core.DeviceKind;
import org.espice.core.internal.layout.TextLine;
import org.junit.jupiter.api.Test;

class SymbolHeaderTest {

	private final SymbolHeader finder = new SymbolHeader(DeviceKind.ZENER);

	/** "Type  VZ @ IZT  ZZ @ IZT  IR @ VR", the header of a Zener family table. */
	static TextLine zenerHeader(double y) {
		return Lines.line(y, "Type", 50, "VZ", 150, "@", 165, "IZT", 175, "ZZ", 230, "@", 245, "IZT", 255, "IR", 310,
				"@", 325, "VR", 335);
	}

	@Test
	void eachTestPointAfterAtHeadsAConditionColumnOfItsOwn() {
		TextLine header = zenerHeader(100);
		List<SymbolColumn> cols = finder.find(Lines.last(header), Lines.tokens(header).words());
		assertEquals(Arrays.asList("VZ", null, "ZZ", null, "IR", null), cols.stream().map(c -> c.name).toList());
		assertEquals(Arrays.asList(null, "IZ", null, "IZ", null, "VR"), cols.stream().map(c -> c.condKey).toList());
		assertEquals("IZT", cols.get(0).link, "VZ is read at the IZT printed after its @");
	}

	@Test
	void aLineWithValuesIsNoSymbolHeader() {
		TextLine row = Lines.text(100, "VZ 3.3 ZZ 10 IR 100");
		assertNull(finder.find(Lines.last(row), Lines.tokens(row).words()));
	}

	@Test
	void fewerThanTwoSymbolsIsNoSymbolHeader() {
		TextLine line = Lines.text(100, "Type VZ Package Marking");
		assertNull(finder.find(Lines.last(line), Lines.tokens(line).words()));
	}

	@Test
	void withoutLeakageColumnVrIsARating() {
		List<SymbolColumn> cols = new ArrayList<>(List.of(new SymbolColumn(null, "VR", "VR", 100, 110),
				new SymbolColumn("VF", null, "VF", 150, 160)));
		assertEquals("VRRM?", SymbolHeader.ratingsWithoutTests(cols).get(0).name);
		cols.add(new SymbolColumn("IR", null, "IR", 200, 210));
		assertNull(SymbolHeader.ratingsWithoutTests(cols).get(0).name, "next to IR, VR is its test condition");
	}

	@Test
	void aSurgeHeadingTakesItsColumnsOut() {
		TextLine surge = Lines.line(90, "Surge", 305);
		TextLine header = zenerHeader(100);
		List<SymbolColumn> cols = finder.find(Lines.last(surge, header), Lines.tokens(header).words());
		assertEquals(Arrays.asList("VZ", null, "ZZ", null, null), cols.stream().map(c -> c.name).toList());
	}

	@Test
	void symbolAndUnitGluedAreSplit() {
		List<String> words = SymbolHeader.headerWords(Lines.line(100, "IZK(mA)", 50, "@IZT", 120).words()).stream()
				.map(w -> w.text()).toList();
		assertEquals(List.of("IZK", "(mA)", "@", "IZT"), words);
	}
}
