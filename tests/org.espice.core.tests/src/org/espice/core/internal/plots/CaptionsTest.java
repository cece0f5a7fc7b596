package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.espice.core.DeviceKind;
import org.espice.core.Plot;
import org.junit.jupiter.api.Test;

/** Captions found on generated pages and given to the right plot, and the kind they name. */
class CaptionsTest {

	private static List<Plot> read(PlotSketch sketch, DeviceKind kind) throws IOException {
		try (PDDocument doc = sketch.document()) {
			return new PlotReader(kind).read(doc);
		}
	}

	/**
	 * A calibrated plot, 180 × 100 pt from (x0, y0): ticks 0..4 under it every 45 pt, 0..2 left of it every 50 pt,
	 * the given axis titles (none when null) and one rising curve.
	 */
	private static void plot(PlotSketch s, float x0, float y0, String xTitle, String yTitle) throws IOException {
		s.frame(x0, y0, x0 + 180, y0 + 100, 3);
		for (int i = 0; i <= 4; i++) {
			s.centred(String.valueOf(i), x0 + 45 * i, y0 - 9, 7);
		}
		for (int i = 0; i <= 2; i++) {
			s.right(String.valueOf(i), x0 - 3, y0 + 50 * i - 2.5f, 7);
		}
		if (xTitle != null) {
			s.centred(xTitle, x0 + 90, y0 - 19, 7);
		}
		if (yTitle != null) {
			s.rotated(yTitle, x0 - 14, y0 + 10, 7);
		}
		s.function(x0, x0 + 180, 30, x -> y0 + 10 + 0.4 * (x - x0), false);
	}

	/**
	 * Two captions printed as one run of 8 pt text from x = 80 at y = 468, spaces between them so that the second
	 * starts at x = 330, over the plot on the right; the run as printed.
	 */
	private static String oneRun(PlotSketch s, String first, String second) throws IOException {
		float gap = 330 - 80 - PlotSketch.FONT.getStringWidth(first) / 1000 * 8;
		int spaces = Math.round(gap / (PlotSketch.FONT.getStringWidth(" ") / 1000 * 8));
		String run = first + " ".repeat(spaces) + second;
		s.text(run, 80, 468, 8);
		return run;
	}

	/**
	 * Captions above their plots, each with the plot's y-axis title set level right under it at the frame's top left
	 * ("C (pF)", "VGS (V)"), as one line follows another: the title is no part of the caption, so the captions stay
	 * above their plots and each plot takes its own.
	 */
	@Test
	void anAxisTitleUnderACaptionIsNoLineOfIt() throws IOException {
		PlotSketch s = new PlotSketch();
		plot(s, 120, 500, "VDS (V)", null);
		plot(s, 120, 300, "QG (nC)", null);
		s.text("Figure 1. Capacitance variations", 50, 609, 8).text("C (pF)", 50, 599, 8);
		s.text("Figure 2. Gate charge", 50, 409, 8).text("VGS (V)", 50, 399, 8);

		List<Plot> plots = read(s, DeviceKind.MOSFET_N);
		assertEquals(2, plots.size(), plots.toString());
		assertEquals("Figure 1. Capacitance variations", plots.get(0).caption());
		assertEquals("Figure 2. Gate charge", plots.get(1).caption());
	}

	/** A caption set in capitals runs on to a second line holding one long word. */
	@Test
	void aCaptionInCapitalsRunsOnToItsNextLine() throws IOException {
		PlotSketch s = new PlotSketch();
		plot(s, 100, 500, "TC (°C)", "P (W)");
		s.text("FIGURE 1. NORMALIZED POWER DISSIPATION vs CASE", 80, 465, 8).text("TEMPERATURE", 80, 456, 8);

		assertEquals("FIGURE 1. NORMALIZED POWER DISSIPATION vs CASE TEMPERATURE",
				read(s, DeviceKind.MOSFET_N).get(0).caption());
	}

	/**
	 * A 2 × 2 grid whose captions sit above their plots: the caption of a plot of the lower row is set right under
	 * the plot above it, nearer to it than that plot's own caption. The layout decides: every plot takes the
	 * caption over it. "Figure 3." stands apart from the rest of its line; "Figure 4." runs on to a second line.
	 */
	@Test
	void captionsAboveAGridBelongToThePlotUnderThem() throws IOException {
		PlotSketch s = new PlotSketch();
		plot(s, 100, 500, "VDS, Drain-source voltage (V)", "ID, Drain current (A)");
		plot(s, 350, 500, "VGS, Gate-source voltage (V)", "ID, Drain current (A)");
		plot(s, 100, 300, "QG, Gate charge (nC)", "VGS, Gate-source voltage (V)");
		plot(s, 350, 300, "VDS, Drain-source voltage (V)", "C, Capacitance (nF)");
		s.text("Figure 1. Output characteristics", 80, 612, 8).text("Figure 2. Transfer characteristics", 330, 612, 8);
		s.text("Figure 3.", 80, 474, 8).text("Gate charge vs gate-source voltage", 130, 474, 8);
		s.text("Figure 4. Capacitance", 330, 474, 8).text("variations", 330, 465, 8);

		List<Plot> plots = read(s, DeviceKind.MOSFET_N);
		assertEquals(4, plots.size(), plots.toString());
		assertEquals("Figure 1. Output characteristics", plots.get(0).caption());
		assertEquals(Plot.Kind.OUTPUT, plots.get(0).kind());
		assertEquals("Figure 2. Transfer characteristics", plots.get(1).caption());
		assertEquals(Plot.Kind.TRANSFER, plots.get(1).kind());
		assertEquals("Figure 3. Gate charge vs gate-source voltage", plots.get(2).caption());
		assertEquals(Plot.Kind.GATE_CHARGE, plots.get(2).kind());
		assertEquals("Figure 4. Capacitance variations", plots.get(3).caption());
		assertEquals(Plot.Kind.CAPACITANCE, plots.get(3).kind());
		assertEquals("VDS", plots.get(0).x().quantity(), "the caption is never read as the x title of the plot above");
	}

	/**
	 * Two captions side by side printed as one run of text, spaces between them: each plot takes its own half, and
	 * the second caption's last word, on the next line, stays with it.
	 */
	@Test
	void captionsSideBySideInOneRunOfText() throws IOException {
		PlotSketch s = new PlotSketch();
		plot(s, 100, 500, "IF(AV) (A)", "P (W)");
		plot(s, 350, 500, "Tamb (°C)", "IF(AV) (A)");
		String run = oneRun(s, "Figure 1. Conduction losses versus current", "Figure 2. Average forward current versus");
		// the second line starts under "Average", as the first line's words after the number
		s.text("ambient temperature", 80 + PlotSketch.FONT.getStringWidth(run.substring(0, run.indexOf("Average")))
				/ 1000 * 8, 459, 8);

		List<Plot> plots = read(s, DeviceKind.SCHOTTKY);
		assertEquals("Figure 1. Conduction losses versus current", plots.get(0).caption());
		assertEquals("Figure 2. Average forward current versus ambient temperature", plots.get(1).caption());
		assertEquals(Plot.Kind.IF_DERATING, plots.get(1).kind());
	}

	/**
	 * The left caption's first line ends on "of" where the right one's figure number starts the same run of text
	 * ("... as a function of Fig. 2. Input ..."): a figure number closed by a full stop before a capitalised title heads
	 * a caption of its own, it is no reference, and the left caption's last words on the next line stay with it.
	 */
	@Test
	void aCaptionBesideOneEndingOnOfIsACaptionOfItsOwn() throws IOException {
		PlotSketch s = new PlotSketch();
		plot(s, 100, 500, "Tj (°C)", "VGS(th) (V)");
		plot(s, 350, 500, "VDS (V)", "C (pF)");
		oneRun(s, "Fig. 1. Gate-source threshold voltage as a function of",
				"Fig. 2. Input, output and reverse transfer capacitances");
		s.text("junction temperature", 80 + PlotSketch.FONT.getStringWidth("Fig. 1. ") / 1000 * 8, 459, 8);

		List<Plot> plots = read(s, DeviceKind.MOSFET_N);
		assertEquals("Fig. 1. Gate-source threshold voltage as a function of junction temperature", plots.get(0).caption());
		assertEquals("Fig. 2. Input, output and reverse transfer capacitances", plots.get(1).caption());
		assertEquals(Plot.Kind.CAPACITANCE, plots.get(1).kind());
	}

	/**
	 * The x-axis title "-ID (A)", set smaller and 3.5 pt over the caption's baseline across its words "vs. Drain": it
	 * runs across the caption's glyphs, so it is a line of its own, no exponent of the caption's; the caption reads
	 * clean and the axis is the drain current.
	 */
	@Test
	void anAxisTitleSetAcrossTheCaptionsLineIsNoPartOfIt() throws IOException {
		PlotSketch s = new PlotSketch();
		plot(s, 100, 500, null, "RDS(on) (Ohm)");
		String head = "Figure 3: On-Resistance ";
		float at = 80 + PlotSketch.FONT.getStringWidth(head) / 1000 * 8.6f;
		s.text(head + "vs. Drain Current and Gate", 80, 475, 8.6f);
		s.text("-ID (A)", at + 2, 478.5f, 6.8f);

		Plot p = read(s, DeviceKind.MOSFET_P).get(0);
		assertEquals("Figure 3: On-Resistance vs. Drain Current and Gate", p.caption());
		assertEquals("ID", p.x().quantity());
	}

	/** A tick number and a title run together, set at the size of the tick numbers, are no caption. */
	@Test
	void aNumberBeforeATitleAtTickSizeIsNoCaption() throws IOException {
		PlotSketch s = new PlotSketch();
		plot(s, 100, 500, null, "ID (A)");
		s.text("3 Output Current", 150, 481, 7);

		assertNull(read(s, DeviceKind.MOSFET_N).get(0).caption());
	}

	/** A note under the plot that refers to another figure ("as shown in Fig.25.") is not the plot's caption. */
	@Test
	void aReferenceToAnotherFigureIsNoCaption() throws IOException {
		PlotSketch s = new PlotSketch();
		plot(s, 100, 500, "Tamb (°C)", "IF(AV) (A)");
		s.text("Device mounted as shown in Fig.25.", 80, 466, 7);
		s.text("Fig.6 Maximum average forward current as a", 80, 440, 9).text("function of ambient temperature.", 95, 430,
				9);

		Plot p = read(s, DeviceKind.RECTIFIER).get(0);
		assertEquals("Fig.6 Maximum average forward current as a function of ambient temperature.", p.caption());
		assertEquals(Plot.Kind.IF_DERATING, p.kind());
	}

	/** Captions under their plots, numbered the way Infineon numbers them ("3 Safe operating area"). */
	@Test
	void captionsUnderTheirPlotsWithABareFigureNumber() throws IOException {
		PlotSketch s = new PlotSketch();
		plot(s, 100, 500, "VDS (V)", "ID (A)");
		plot(s, 100, 300, "VGS (V)", "ID (A)");
		s.text("1 Typ. output characteristics", 80, 468, 8).text("2 Typ. transfer characteristics", 80, 268, 8);

		List<Plot> plots = read(s, DeviceKind.MOSFET_N);
		assertEquals("1 Typ. output characteristics", plots.get(0).caption());
		assertEquals("2 Typ. transfer characteristics", plots.get(1).caption());
	}

	/**
	 * A plot whose axis titles name nothing known: its caption tells its kind, and the axes are named as that
	 * kind has them (a derating plot of a diode is forward current against temperature).
	 */
	@Test
	void captionNamesKindAndQuantitiesWhenTheAxisTitlesDoNot() throws IOException {
		PlotSketch s = new PlotSketch();
		plot(s, 100, 500, "Lead temperature", "Average rectified output (A)");
		s.text("Fig. 1 Forward current derating curve", 100, 468, 8);

		Plot p = read(s, DeviceKind.RECTIFIER).get(0);
		assertEquals(Plot.Kind.IF_DERATING, p.kind());
		assertEquals("T", p.x().quantity());
		assertEquals("IF", p.y().quantity());
	}

	/** A plot without a figure number on a page that numbers none: the title over its frame is its caption. */
	@Test
	void titleOverTheFrameWithoutANumber() throws IOException {
		PlotSketch s = new PlotSketch();
		plot(s, 100, 500, "IC (mA)", "Voltage (V)");
		s.centred("Saturation Voltage", 190, 618, 8).centred("vs. Collector Current", 190, 608, 8);

		Plot p = read(s, DeviceKind.BJT_NPN).get(0);
		assertEquals("Saturation Voltage vs. Collector Current", p.caption());
		assertEquals(Plot.Kind.VCESAT_IC, p.kind());
		assertEquals("VCE_SAT", p.y().quantity());
	}

	/** A gridded frame whose tick numbers are no text still says what it shows when its caption does. */
	@Test
	void unreadablePlotTakesItsKindFromTheCaption() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 500, 280, 600, 4);
		s.centred("VDS, Drain-source voltage (V)", 190, 480, 7).text("Figure 8. Maximum safe operating area", 100,
				468, 8);

		Plot p = read(s, DeviceKind.MOSFET_N).get(0);
		assertEquals(Plot.Kind.SOA, p.kind());
		assertNull(p.x());
		assertTrue(p.series().isEmpty());
		assertTrue(p.reason() != null && !p.reason().isEmpty());
	}
}
