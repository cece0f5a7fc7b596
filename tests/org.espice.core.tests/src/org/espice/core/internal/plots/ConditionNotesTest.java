package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.Plot;
import org.junit.jupiter.api.Test;

/**
 * A line of conditions printed between a plot and its caption holds for every curve of the plot: Philips and NXP
 * print "f = 1 MHz; Tj = 25 °C." over "Fig.8 Diode capacitance as a function of reverse voltage" under the plot,
 * Infineon "C=f(VDS); VGS=0 V; f=1 MHz" under "11 Typ. capacitances" over it.
 */
class ConditionNotesTest {

	/**
	 * A capacitance plot 180 × 100 pt from (100, 500), ticks 0..40 V under it and 0..20 pF beside it, a falling
	 * curve, inside a box drawn around it and its caption (as Philips does), the caption 50 pt under the frame and
	 * the given lines between them.
	 */
	private static Plot read(String... notes) throws IOException {
		return read(false, notes);
	}

	/** As {@link #read(String...)}, or with the caption over the plot and the notes between them. */
	private static Plot read(boolean captionAbove, String... notes) throws IOException {
		return read(List.of(), captionAbove, notes);
	}

	/** The plot without notes or caption. */
	private static PlotSketch plot() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 500, 280, 600, 3);
		for (int i = 0; i <= 4; i++) {
			s.centred(String.valueOf(10 * i), 100 + 45 * i, 491, 7);
		}
		for (int i = 0; i <= 2; i++) {
			s.right(String.valueOf(10 * i), 97, 500 + 50 * i - 2.5f, 7);
		}
		return s.centred("VR (V)", 190, 481, 7).rotated("Cd (pF)", 86, 510, 7)
				.function(100, 280, 30, x -> 500 + 90 * Math.exp(-(x - 100) / 50), false);
	}

	/** As {@link #read(boolean, String...)}, for a datasheet of these parts. */
	private static Plot read(List<Device> devices, boolean captionAbove, String... notes) throws IOException {
		PlotSketch s = plot().frame(60, 420, 320, 640, 0);
		for (int i = 0; i < notes.length; i++) {
			s.text(notes[i], 70, captionAbove ? 615 - 9 * i : 466 - 9 * i, 7);
		}
		s.text("Fig.8 Diode capacitance as a function of reverse voltage; typical values.", 70,
				captionAbove ? 627 : 440, 8);
		try (PDDocument doc = s.document()) {
			List<Plot> plots = new PlotReader(DeviceKind.DIODE, devices).read(doc);
			assertEquals(1, plots.size(), plots.toString());
			return plots.get(0);
		}
	}

	private static Map<String, Double> conditions(Plot p) {
		assertFalse(p.series().isEmpty(), p.toString());
		return p.series().get(0).conditions();
	}

	@Test
	void aLineOfConditionsUnderThePlotHoldsForItsCurves() throws IOException {
		Plot p = read("f = 1 MHz; Tj = 25 \u00b0C.");
		assertEquals(Plot.Kind.CT_VR, p.kind());
		assertEquals(Map.of("f", 1e6, "T", 25.0), conditions(p));
	}

	/** Lines that say more than conditions, and a condition two lines give differently, are not taken. */
	@Test
	void onlyConditionsStatedAlikeAreTaken() throws IOException {
		assertEquals(Map.of(), conditions(read("VR = VRRMmax; mounted as in Fig.9.")));
		assertEquals(Map.of("f", 1e6), conditions(read("f = 1 MHz; Tj = 25 \u00b0C.", "Tj = 150 \u00b0C.")));
	}

	/** Under a caption over the plot: what the plot draws and a test tying two symbols are passed over. */
	@Test
	void aLineUnderACaptionOverThePlotHoldsForItsCurves() throws IOException {
		assertEquals(Map.of("f", 1e6, "T", 25.0),
				conditions(read(true, "CT=f(VR); VR=VRRM; f=1 MHz; Tj=25 \u00b0C")));
		// a word on how a value was taken ("pulsed") is no more than that
		assertEquals(Map.of("f", 1e6, "IF", 0.5), conditions(read(true, "CT=f(VR); f=1 MHz; IF=0.5 A pulsed")));
	}

	/** A line between the plot and its caption that names some of the datasheet's parts: the plot is theirs. */
	@Test
	void aLineNamingPartsLimitsThePlotToThem() throws IOException {
		List<Device> grades = "ABCDEFG".chars()
				.mapToObj(g -> new Device("BYM36" + (char) g, DeviceKind.RECTIFIER, List.of())).toList();
		Plot p = read(grades, false, "BYM36D and E.", "f = 1 MHz; Tj = 25 \u00b0C.");
		assertEquals(List.of("BYM36D", "BYM36E"), p.parts());
		assertEquals(Map.of("f", 1e6, "T", 25.0), conditions(p));
		assertEquals(List.of(), read(grades, false, "BYM36A to G").parts(), "every part named: for all");
	}

	/** A line on the caption's far side is another plot's (the next plot's notes, set under its own caption). */
	@Test
	void aLineBeyondTheCaptionIsNotThePlots() throws IOException {
		PlotSketch s = plot();
		s.text("Fig.8 Diode capacitance as a function of reverse voltage.", 70, 466, 8);
		s.text("f = 1 MHz; Tj = 25 \u00b0C.", 70, 440, 7);
		try (PDDocument doc = s.document()) {
			assertEquals(Map.of(), conditions(new PlotReader(DeviceKind.DIODE).read(doc).get(0)));
		}
	}
}
