package org.espice.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.espice.core.Engineering;
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
		assertEquals("p.3 HFE_IC \"Figure 3. DC Current Gain\": x IC 100 µA..1 A log, y HFE 10..1000 log; 2 series",
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
	void aRangeWritesItsUnitOnceWhereBothEndsShareIt() {
		assertEquals("0..10 V", PlotSummary.range(0, 10, "V"));
		assertEquals("100 µA..1 A", PlotSummary.range(1e-4, 1, "A"));
		assertEquals("1..100 pF", PlotSummary.range(1e-12, 1e-10, "F"));
		assertEquals("-50..150 °C", PlotSummary.range(-50, 150, "degC"));
		assertEquals("10..1000", PlotSummary.range(10, 1000, ""));
	}

	@Test
	void aRatioAxisIsPlainInTheUsualRangeElseScientific() {
		assertEquals("1000", Engineering.format(1000, ""));
		assertEquals("0.0001", Engineering.format(1e-4, ""));
		assertEquals("2.5", Engineering.format(2.5, ""));
		assertEquals("1e-12", Engineering.format(1e-12, ""));
		assertEquals("1.5e7", Engineering.format(1.5e7, ""));
		assertEquals("-40", Engineering.format(-40, ""));
		assertEquals("0", Engineering.format(0, ""));
	}
}
