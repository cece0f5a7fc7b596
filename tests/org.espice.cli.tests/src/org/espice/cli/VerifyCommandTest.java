package org.espice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.espice.core.simulate.NgspiceRunner;
import org.espice.tests.common.TestPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code espice verify} prints every datasheet value of the part: simulated ones with datasheet value, model value,
 * error and whether the model was fitted to them, the others with the reason they are not simulated, and the median
 * error per quantity; as a table or as JSON, for our model and for a vendor model beside it.
 */
@ExtendWith(IsolatedHome.class)
class VerifyCommandTest {

	@TempDir
	Path tmp;

	@Test
	void theTableListsEveryValueWithItsErrorAndWhetherItWasFitted() throws Exception {
		assumeTrue(NgspiceRunner.find().isPresent(), "ngspice not installed");
		Path pdf = TestPdfs.datasheet(tmp.resolve("in/m.pdf"), "VFY1");
		BatchCliTest.Run r = BatchCliTest.espice("verify", pdf.toString());
		assertEquals(0, r.code(), r.out() + r.err());
		String out = r.out();
		assertTrue(out.contains("model loaded"), out);
		assertTrue(out.matches("(?s).*VGS_TH .*typ 2\\.100 V .*fitted .*"), out);
		assertTrue(out.matches("(?s).*VDSS .*not simulated: a rating.*"), out);
		assertTrue(out.contains("median err") && out.contains("held-out"), out);
	}

	@Test
	void jsonCarriesPointsNotSimulatedValuesAndQuantitiesForOursAndTheVendors() throws Exception {
		assumeTrue(NgspiceRunner.find().isPresent(), "ngspice not installed");
		Path pdf = TestPdfs.datasheet(tmp.resolve("in/m.pdf"), "VFY2");
		Path lib = tmp.resolve("vendor.lib");
		Files.writeString(lib, ".SUBCKT VEND 1 2 3\n* Node 1 -> Gate\n* Node 2 -> Source\n* Node 3 -> Drain\n"
				+ "M1 3 1 2 INNER\n.model INNER VDMOS (nchan VTO=2 KP=0.5 RD=0.5 CGS=20p CGDMAX=5p CGDMIN=1p)\n.ENDS\n");
		BatchCliTest.Run r = BatchCliTest.espice("verify", pdf.toString(), "--format", "json", "--against", lib.toString(),
				"--name", "VEND");
		assertEquals(0, r.code(), r.out() + r.err());
		JsonNode all = new ObjectMapper().readTree(r.out());
		assertEquals(1, all.size());
		JsonNode ours = all.get(0).get("ours");
		assertTrue(ours.get("loaded").asBoolean());
		JsonNode th = null;
		for (JsonNode p : ours.get("points")) {
			if (p.get("name").asText().equals("VGS_TH")) {
				th = p;
			}
		}
		assertTrue(th != null && th.get("fitted").asBoolean() && th.has("error") && th.has("model"), ours.toString());
		assertFalse(ours.get("not_simulated").isEmpty());
		assertTrue(ours.get("not_simulated").get(0).get("reason").asText().length() > 10);
		assertTrue(ours.get("quantities").size() > 0);
		JsonNode vendor = all.get(0).get("vendor");
		assertTrue(vendor.get("loaded").asBoolean(), vendor.toString());
		assertEquals(ours.get("points").size(), vendor.get("points").size());
	}
}
