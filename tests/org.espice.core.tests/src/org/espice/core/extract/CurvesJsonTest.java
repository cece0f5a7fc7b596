package org.espice.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.espice.core.ExtractionResult;
import org.espice.core.Plot;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The {@code curves} key of the extraction JSON, beside {@code devices}, as the curves contract lays it out. */
class CurvesJsonTest {

	private static final Plot GAIN = new Plot(3, new Plot.Box(56.2, 420, 290.5, 610.8), "Figure 3. DC Current Gain",
			Plot.Kind.HFE_IC, Plot.DrawnAs.VECTOR, new Plot.Axis("IC", "A", Plot.Scale.LOG, 1e-4, 1),
			new Plot.Axis("HFE", "", Plot.Scale.LOG, 10, 1000),
			List.of(new Plot.Series("VCE = 1 V", Map.of("VCE", 1.0), null,
					List.of(new Plot.Point(1e-4, 118), new Plot.Point(2e-4, 131.5)))),
			List.of(), null);

	/** A result built the old way (no plots) writes no {@code curves} key at all. */
	@Test
	void noCurvesKeyWithoutPlots() {
		ExtractionResult r = new ExtractionResult("a.pdf", 2, null, null, List.of(), null);
		assertTrue(r.curves().isEmpty());
		assertFalse(ExtractionJson.toTree(r).has("curves"));
	}

	/** A read plot: page, frame, caption, kind, both axes, series with conditions and [x, y] points. */
	@Test
	void plotIsWrittenAsTheContractSays() {
		JsonNode c = ExtractionJson.toTree(new ExtractionResult("a.pdf", 4, null, null, List.of(), null)
				.withCurves(List.of(GAIN))).get("curves").get(0);
		assertEquals(3, c.get("page").asInt());
		assertEquals(56.2, c.get("bbox").get(0).asDouble());
		assertEquals("HFE_IC", c.get("kind").asText());
		assertEquals("vector", c.get("drawn_as").asText());
		assertEquals("log", c.get("x").get("scale").asText());
		assertEquals(1e-4, c.get("x").get("min").asDouble());
		assertEquals("HFE", c.get("y").get("quantity").asText());
		JsonNode s = c.get("series").get(0);
		assertEquals("VCE = 1 V", s.get("label").asText());
		assertEquals(1.0, s.get("conditions").get("VCE").asDouble());
		assertEquals(131.5, s.get("points").get(1).get(1).asDouble());
		assertFalse(c.has("reason"));
		assertFalse(c.has("parts"));
		assertFalse(c.has("warnings"));
	}

	/** The parts a plot is for and its disagreements with the tables, when there are any. */
	@Test
	void partsAndWarningsAreListedOnThePlot() {
		Plot checked = GAIN.withParts(List.of("BC337")).withWarnings(List.of("table HFE typ 250 at IC = 100 mA: the "
				+ "curve reads 25, a factor of 10^-1: an axis unit or decade is likely misread"));
		JsonNode c = ExtractionJson.toTree(new ExtractionResult("a.pdf", 4, null, null, List.of(), null)
				.withCurves(List.of(checked))).get("curves").get(0);
		assertEquals("BC337", c.get("parts").get(0).asText());
		assertEquals(1, c.get("warnings").size());
		assertTrue(c.get("warnings").get(0).asText().startsWith("table HFE typ 250"));
	}

	/** A plot that could not be read keeps its frame, has no series and says why. */
	@Test
	void unreadPlotCarriesItsReason() {
		Plot raster = new Plot(2, new Plot.Box(0, 0, 100, 80), null, Plot.Kind.OTHER, Plot.DrawnAs.RASTER, null, null,
				List.of(), List.of(), "plot is a raster image; its curves cannot be read from the PDF");
		JsonNode c = ExtractionJson.toTree(new ExtractionResult("a.pdf", 2, null, null, List.of(), null)
				.withCurves(List.of(raster))).get("curves").get(0);
		assertEquals("raster", c.get("drawn_as").asText());
		assertEquals(0, c.get("series").size());
		assertTrue(c.get("x").isNull());
		assertTrue(c.get("reason").asText().contains("raster"));
	}

	/**
	 * A gate charge plot with a second y axis: "y" stays the axis the plot is about, "y2" is written beside it and
	 * a curve read against it says so; a plot with one y axis writes no "y2" and no series "axis".
	 */
	@Test
	void secondAxisIsWrittenBesideY() {
		Plot charge = new Plot(4, new Plot.Box(100, 400, 300, 550), null, Plot.Kind.GATE_CHARGE, Plot.DrawnAs.VECTOR,
				new Plot.Axis("QG", "C", Plot.Scale.LINEAR, 0, 4e-8), new Plot.Axis("VGS", "V", Plot.Scale.LINEAR, 0, 16),
				new Plot.Axis("VDS", "V", Plot.Scale.LINEAR, 0, 400),
				List.of(new Plot.Series(null, Map.of(), null, List.of(new Plot.Point(0, 0), new Plot.Point(4e-8, 12))),
						new Plot.Series(null, Map.of(), null, List.of(new Plot.Point(0, 320), new Plot.Point(4e-8, 20)),
								true)),
				List.of(), null);
		JsonNode c = ExtractionJson.toTree(new ExtractionResult("a.pdf", 4, null, null, List.of(), null)
				.withCurves(List.of(charge, GAIN))).get("curves");
		assertEquals("VGS", c.get(0).get("y").get("quantity").asText());
		assertEquals(400.0, c.get(0).get("y2").get("max").asDouble());
		assertFalse(c.get(0).get("series").get(0).has("axis"));
		assertEquals("y2", c.get(0).get("series").get(1).get("axis").asText());
		assertFalse(c.get(1).has("y2"));
	}
}
