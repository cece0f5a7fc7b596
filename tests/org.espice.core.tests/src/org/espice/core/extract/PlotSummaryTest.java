package org.espice.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.espice.core.Plot;
import org.junit.jupiter.api.Test;

/** The one-line account of a plot that the table output and the IDE show. */
class PlotSummaryTest {

	@Test
	void readPlotGivesPageKindCaptionAxesAndSeries() {
		Plot gain = new Plot(3, new Plot.Box(56, 420, 290, 610), "Figure 3. DC Current Gain", Plot.Kind.HFE_IC,
				Plot.DrawnAs.VECTOR, new Plot.Axis("IC", "A", Plot.Scale.LOG, 1e-4, 1),
				new Plot.Axis("HFE", "", Plot.Scale.LOG, 10, 1000),
				List.of(new Plot.Series("VCE = 1 V", Map.of(), null, List.of()),
						new Plot.Series("VCE = 5 V", Map.of(), null, List.of())),
				List.of(), null);
		assertEquals("p.3 HFE_IC \"Figure 3. DC Current Gain\": x IC 0.0001..1 A log, y HFE 10..1000 log; 2 series",
				PlotSummary.line(gain));
	}

	@Test
	void unreadPlotGivesItsReason() {
		Plot raster = new Plot(2, new Plot.Box(0, 0, 100, 80), null, Plot.Kind.OTHER, Plot.DrawnAs.RASTER, null, null,
				List.of(), List.of(), "plot is a raster image");
		assertEquals("p.2 OTHER (raster) (no caption): x ?, y ?; not read: plot is a raster image",
				PlotSummary.line(raster));
	}

	@Test
	void numbersArePlainInTheUsualRangeElseScientific() {
		assertEquals("1000", PlotSummary.number(1000));
		assertEquals("0.0001", PlotSummary.number(1e-4));
		assertEquals("2.5", PlotSummary.number(2.5));
		assertEquals("1e-12", PlotSummary.number(1e-12));
		assertEquals("1.5e7", PlotSummary.number(1.5e7));
		assertEquals("-40", PlotSummary.number(-40));
		assertEquals("0", PlotSummary.number(0));
	}
}
