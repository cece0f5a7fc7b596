package org.espice.core.internal.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.espice.core.DeviceKind;
import org.espice.core.Parameter;
import org.espice.core.internal.layout.PageLayout;
import org.junit.jupiter.api.Test;

/**
 * Philips' BD136: under the gain rows, "hFE1 / hFE2  DC current gain ratio of the complementary pairs  1.3  1.6" is a
 * ratio of two parts' gains, not a gain of the part; Rohm's "DC current transfer ratio hFE" is the gain itself.
 */
class GainRatioRowTest {

	private static List<Parameter> gains(String... description) {
		Object[] cells = new Object[2 * description.length];
		for (int i = 0; i < description.length; i++) {
			cells[2 * i] = description[i];
			cells[2 * i + 1] = 80 + 40 * i;
		}
		List<org.espice.core.internal.layout.TextLine> lines = List.of(
				Lines.line(100, "SYMBOL", 40, "PARAMETER", 80, "CONDITIONS", 230, "MIN.", 330, "TYP.", 370, "MAX.", 410,
						"UNIT", 450),
				Lines.line(112, "hFE", 40, "DC", 80, "current", 100, "gain", 140, "IC", 230, "=", 240, "150", 250, "mA",
						270, "63", 330, "-", 370, "250", 410),
				Lines.line(124, concat(new Object[] { "hFE1", 40 }, cells, new Object[] { "IC", 230, "=", 240, "150",
						250, "mA", 270, "-", 330, "1.3", 370, "1.6", 410 })));
		PageLayout page = new PageLayout(1, 600, Lines.PAGE_HEIGHT, lines, 1000);
		return new TableReader(DeviceKind.BJT_PNP, List.of("BD136")).read(List.of(page), p -> {
		}).stream().map(TableReader.Reading::parameter).filter(p -> p.name().equals("HFE")).toList();
	}

	private static Object[] concat(Object[]... parts) {
		return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray();
	}

	@Test
	void aRatioOfTwoPartsGainsIsNoGain() {
		List<Parameter> hfe = gains("DC", "current", "gain", "ratio");
		assertEquals(1, hfe.size(), hfe.toString());
		assertEquals(63.0, hfe.get(0).min());
		assertEquals(1, gains("matched", "pairs").size());
		assertEquals(2, gains("DC", "current", "transfer", "ratio").size(), "the gain itself, by another name");
	}
}
