package org.espice.core.internal.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.espice.core.DeviceKind;
import org.espice.core.internal.layout.TextLine;
import org.junit.jupiter.api.Test;

class RowLabelTest {

	static final Columns HEADER = new Columns(new ColumnHeader(new KnownParts(List.of())).columns(Lines.line(100,
			"Parameter", 50, "Symbol", 170, "Conditions", 220, "Min", 300, "Typ", 330, "Max", 360, "Unit", 390)));
	private static final RowLabel.RowContext MOSFET = new RowLabel.RowContext(DeviceKind.MOSFET_N,
			new KnownParts(List.of()), false);

	@Test
	void theSymbolInTheSymbolColumnNamesTheRow() {
		TextLine row = Lines.line(112, "Gate", 50, "threshold", 75, "voltage", 125, "VGS(th)", 170, "VDS", 220, "=", 240,
				"VGS", 250, "2.0", 300, "4.0", 360, "V", 390);
		RowLabel label = RowLabel.of(Lines.tokens(row), HEADER, MOSFET);
		assertEquals("VGS_TH", label.name());
		assertEquals(3, label.nameAt());
		assertEquals(7, label.firstValue(), "2.0 under Min");
		assertTrue(label.describes());
	}

	/** A symbol the text layer glued to the description's last word names the row; a symbol's own case is no glue. */
	@Test
	void aSymbolGluedToTheDescriptionNamesTheRow() {
		RowLabel.RowContext pnp = new RowLabel.RowContext(DeviceKind.BJT_PNP, new KnownParts(List.of()), false);
		assertEquals("VCE_SAT", RowLabel.of(Lines.tokens(Lines.text(112,
				"Collector to emitter saturation voltageVCE(sat) IC = -3A, IB = -0.375A -1.2 V")), null, pnp).name());
		assertEquals("HFE", RowLabel.of(Lines.tokens(Lines.text(112, "DC current gain hFE IC = 1 A 70")), null, pnp)
				.name());
	}

	/** A pulsed or peak rating printed under the continuous one's symbol is the pulsed rating, or none we name. */
	@Test
	void aPulsedRatingUnderTheContinuousSymbolIsNotTheContinuousRating() {
		RowLabel.RowContext bjt = new RowLabel.RowContext(DeviceKind.BJT_NPN, new KnownParts(List.of()), true);
		RowLabel.RowContext fet = new RowLabel.RowContext(DeviceKind.MOSFET_N, new KnownParts(List.of()), true);
		assertEquals("IC", RowLabel.of(Lines.tokens(Lines.text(112, "Collector Current (Continue) IC 1 A")), null, bjt)
				.name());
		assertNull(RowLabel.of(Lines.tokens(Lines.text(112, "Collector Current (Pulse) IC 2 A")), null, bjt).name(),
				"a peak collector current has no name of ours");
		assertEquals("IDM",
				RowLabel.of(Lines.tokens(Lines.text(112, "Drain Current Pulsed ID 8 A")), null, fet).name());
	}

	/** "for 2N2222A  0.5 W" under "Ptot Total Dissipation": the row above, for one part; "for" describes nothing. */
	@Test
	void forAPartQualifiesTheRowAbove() {
		RowLabel.RowContext bjt = new RowLabel.RowContext(DeviceKind.BJT_NPN,
				new KnownParts(List.of("2N2219A", "2N2222A")), true);
		RowLabel label = RowLabel.of(Lines.tokens(Lines.line(112, "for", 75, "2N2222A", 95, "0.5", 330, "W", 390)),
				HEADER, bjt);
		assertFalse(label.describes());
		assertNull(label.name());
		assertTrue(RowLabel.of(Lines.tokens(Lines.line(112, "for", 75, "switching", 95, "0.5", 330, "W", 390)),
				HEADER, bjt).describes(), "for anything else than a part is prose");
	}

	@Test
	void symbolsInTheConditionsNameNoRow() {
		TextLine row = Lines.line(112, "Zero", 50, "gate", 75, "VDS", 220, "=", 240, "60", 250, "V", 262, "1", 360,
				"µA", 390);
		RowLabel label = RowLabel.of(Lines.tokens(row), HEADER, MOSFET);
		assertEquals(-1, label.nameAt(), "VDS is the key of a condition");
	}

	@Test
	void aDescriptionNamesARowWithoutSymbol() {
		RowLabel label = RowLabel.of(Lines.tokens(Lines.text(112, "Input capacitance 1200 pF")), null, MOSFET);
		assertEquals("CISS", label.name());
		assertEquals(-1, label.nameAt());
		assertEquals(2, label.firstValue());
	}

	@Test
	void aRowOfConditionsAndValuesNamesNothing() {
		TextLine row = Lines.line(124, "VGS", 220, "=", 240, "4.5", 250, "V", 270, "1.1", 330, "1.6", 360);
		RowLabel label = RowLabel.of(Lines.tokens(row), HEADER, MOSFET);
		assertNull(label.name());
		assertFalse(label.describes());
		assertEquals(4, label.firstValue());
	}

	@Test
	void aValueOutsideTheValueColumnsIsNoValue() {
		TextLine row = Lines.line(112, "VGS(th)", 170, "2.0", 450);
		assertEquals(-1, RowLabel.of(Lines.tokens(row), HEADER, MOSFET).firstValue());
	}
}
