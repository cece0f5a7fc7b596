package org.espice.core.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.espice.core.Device;
import org.espice.core.ExtractionResult;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.extract.DatasheetReader;
import org.espice.core.fit.ModelBuilder;
import org.espice.core.simulate.DatasheetVerification;
import org.espice.core.simulate.ModelCurves;
import org.espice.core.simulate.ModelVerifier;
import org.espice.core.simulate.Ngspice;
import org.espice.core.simulate.NgspiceRunner;
import org.espice.core.spice.FittedModel;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.ModelParam;
import org.espice.samples.SampleDatasheets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model card of a sample MOSFET datasheet: every parameter with its origin, every fitted datasheet row beside a
 * crop of its page, the ngspice verification table and its medians, and the model's curves as charts; without
 * simulations the card says why instead of leaving the sections out.
 */
class ModelCardPageTest {

	@TempDir
	static Path dir;
	private static Path pdf;
	private static ExtractionResult read;
	private static Device device;
	private static FittedModel model;

	@BeforeAll
	static void sample() throws IOException, ProcessingException {
		pdf = SampleDatasheets.write(dir).stream().filter(p -> p.getFileName().toString().equals("ESP60N30.pdf"))
				.findFirst().orElseThrow();
		read = new DatasheetReader().read(pdf, TaskMonitor.NONE);
		device = read.devices().get(0);
		model = new ModelBuilder().fit(device, read, TaskMonitor.NONE);
	}

	private static int count(String html, String regex) {
		Matcher m = Pattern.compile(regex).matcher(html);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

	@Test
	void everyNumberHasItsOriginAndEveryFittedRowItsCrop() throws ProcessingException {
		NgspiceRunner runner = Ngspice.required();
		DatasheetVerification v = new ModelVerifier(runner).verifyDatasheet(device, model);
		List<ModelCurves.Curve> curves = new ModelCurves(runner).simulate(model);
		String html = ModelCardPage.html(new ModelCardPage.Inputs(model, device, read.curves(), pdf, v, curves, null));
		assertTrue(html.startsWith("<!DOCTYPE html>") && html.trim().endsWith("</html>"));
		assertTrue(html.contains("<h1>" + device.part()), html.substring(0, 400));
		for (ModelParam p : model.parameters()) {
			assertTrue(html.contains("<code>" + p.name() + "</code></td>"), "parameter " + p.name());
		}
		assertEquals(model.parameters().size(), count(html, "<span class=\"badge (datasheet|curve|fitted|default)\">"));
		int fitted = ((ModelCard) model).residuals().size();
		assertTrue(fitted > 3, "fitted rows " + fitted);
		assertEquals(fitted, count(html, "<img class=\"crop\" alt=\"[^\"]*\" src=\"data:image/png;base64,"),
				"a crop of its page beside every fitted row");
		assertEquals(v.points().size(), count(html, "<td>(fitted|held out)</td>"), "every simulated datasheet value");
		assertEquals(curves.size(), count(html, "<img class=\"chart\""));
		assertTrue(curves.size() >= 2, "transfer and output curves at least");
		System.out.printf("model card of %s: %d parameters, %d fitted rows with crops, %d values checked, %d charts, "
				+ "%d kB%n", device.part(), model.parameters().size(), fitted, v.points().size(), curves.size(),
				html.length() / 1024);
	}

	@Test
	void withoutNgspiceTheCardSaysSoAndKeepsTheRest() {
		String html = ModelCardPage.html(new ModelCardPage.Inputs(model, device, read.curves(), pdf, null, null,
				"ngspice not found"));
		assertEquals(2, count(html, "Not simulated: ngspice not found"), "the verification and the curves");
		assertTrue(html.contains("<img class=\"crop\""));
		assertFalse(html.contains("<img class=\"chart\""));
	}

	@Test
	void textIsEscaped() {
		assertEquals("default", ModelCardPage.origin(new ModelParam("IS", 1e-14, "default <1e-14> & so")));
		String html = ModelCardPage.html(new ModelCardPage.Inputs(model, device, List.of(), null, null, null,
				"<script>alert(1)</script>"));
		assertFalse(html.contains("<script>"));
		assertTrue(html.contains("&lt;script&gt;"));
	}

	@Test
	void originsAreClassified() {
		assertEquals("curve", ModelCardPage.origin(new ModelParam("CGDMAX", 1, "fitted to CRSS curve p.4 (24 points)")));
		assertEquals("fitted", ModelCardPage.origin(new ModelParam("KP", 1, "same fit as VTO")));
		assertEquals("fitted", ModelCardPage.origin(new ModelParam("VTO", 1, "least squares (LM) on VGS_TH (p.2)")));
		assertEquals("datasheet", ModelCardPage.origin(new ModelParam("BV", 60, "V(BR)DSS: VDSS max 60 V (p.1)")));
	}
}
