package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.Parameter;
import org.espice.core.Plot;
import org.espice.core.Provenance;
import org.junit.jupiter.api.Test;

/**
 * A symbol set beside a curve and a number next to it, read as a table row, are the plot's annotations: dropped where
 * the plot's axes were read, kept everywhere else.
 */
class PlotAnnotationsTest {

	private static final Plot.Box FRAME = new Plot.Box(100, 400, 300, 550);

	private static Parameter row(String name, double value, int page, double x0, double y0, double x1, double y1) {
		return new Parameter(name, value, null, null, "V", Map.of(), new Provenance(page, x0, y0, x1, y1, name + " row"));
	}

	private static Plot read(int page) {
		return new Plot(page, FRAME, "Figure 1. Forward Bias Safe Operating Area", Plot.Kind.SOA, Plot.DrawnAs.VECTOR,
				new Plot.Axis("VCE", "V", Plot.Scale.LOG, 5, 500), new Plot.Axis("IC", "A", Plot.Scale.LOG, 0.01, 100),
				null, List.of(), List.of(), null, List.of());
	}

	private static Plot unreadable(int page) {
		return new Plot(page, FRAME, "Figure 2. Reverse Bias Safe Operating Area", Plot.Kind.OTHER,
				Plot.DrawnAs.VECTOR, null, null, List.of(), List.of(),
				"the x-axis tick labels fall on neither a linear nor a log scale");
	}

	@Test
	void valuesReadInsideAReadPlotAreDroppedAndAllOthersKept() {
		Parameter table = row("VCEO", 400, 2, 60, 680, 500, 690);
		Parameter inPlot = row("VCEO", 3, 3, 150, 450, 250, 460);
		Parameter otherPage = row("VEBO", 9, 2, 150, 450, 250, 460);
		Parameter besidePlot = row("VCBO", 700, 3, 320, 450, 500, 460);
		Device d = new Device("MJE1", DeviceKind.BJT_NPN, List.of(table, inPlot, otherPage, besidePlot));
		List<Device> out = PlotAnnotations.outside(List.of(d), List.of(read(3)));
		assertEquals(List.of(table, otherPage, besidePlot), out.get(0).parameters());
		assertEquals("MJE1", out.get(0).part());
		// a plot whose axes were not read may be a table drawn in a frame: its words stay rows
		assertSame(d, PlotAnnotations.outside(List.of(d), List.of(unreadable(3))).get(0));
	}

	@Test
	void devicesWhoseOnlyValuesLieInPlotsStayAsTheyWere() {
		Device d = new Device("X1", DeviceKind.BJT_NPN, List.of(row("VCEO", 3, 3, 150, 450, 250, 460)));
		List<Device> devices = List.of(d);
		assertSame(devices, PlotAnnotations.outside(devices, List.of(read(3))));
	}
}
