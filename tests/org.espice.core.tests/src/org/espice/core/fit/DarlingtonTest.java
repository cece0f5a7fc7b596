package org.espice.core.fit;

import static org.espice.core.fit.Rows.device;
import static org.espice.core.fit.Rows.max;
import static org.espice.core.fit.Rows.typ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.ExtractionResult;
import org.espice.core.Parameter;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.spice.Check;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;
import org.junit.jupiter.api.Test;

/**
 * A Darlington pair is one transistor with two base-emitter junctions in series (NF = NR = 2): its VBE(on) and
 * VBE(sat) of 1.2 to 2 V are met with the gain; a super-beta transistor, its gain as high but its VBE one junction's,
 * stays at NF = 1.
 */
class DarlingtonTest {

	/** The pair as the datasheet describes it: two junctions' VBE, a gain in the thousands. */
	private static final GummelPoon PAIR = new GummelPoon(5e-13, 4000, 3, 1e-14, 0.2, 20, 1.5, 2 * Fits.VT,
			GummelPoon.VAF, GummelPoon.BR, Double.NaN, GummelPoon.NK);

	private static ModelCard fit(Device d) throws ProcessingException {
		return (ModelCard) new ModelBuilder().fit(d, new ExtractionResult("x.pdf", 3, null, "ACME", List.of(d), null),
				TaskMonitor.NONE);
	}

	private static Parameter row(Probe probe, double ic, String key, double v) {
		Parameter p = typ(probe.name(), 0, "IC", ic, key, v);
		return typ(probe.name(), PAIR.predict(new Check(p, probe, Target.of(p))), "IC", ic, key, v);
	}

	@Test
	void aDarlingtonsTwoJunctionsAreMetWithItsGain() throws ProcessingException {
		Parameter vbeOn = row(Probe.VBE_ON, 1, "VCE", 3);
		Parameter vbeSat = row(Probe.VBE_SAT, 2, "IB", 0.008);
		assertTrue(vbeOn.typ() > 1.2 && vbeSat.typ() > 1.2, vbeOn + " " + vbeSat);
		Device d = device("Q1", DeviceKind.BJT_NPN, row(Probe.HFE, 0.1, "VCE", 3), row(Probe.HFE, 1, "VCE", 3),
				vbeOn, vbeSat);
		ModelCard c = fit(d);
		assertEquals(2, c.value("NF"), d.parameters().toString());
		assertEquals(2, c.value("NR"));
		GummelPoon g = CardTransistor.of(c);
		for (Parameter p : d.parameters()) {
			Probe probe = Probe.valueOf(p.name());
			Check k = new Check(p, probe, Target.of(p));
			assertEquals(p.typ(), g.predict(k), 0.03 * p.typ(), p.toString());
		}
	}

	@Test
	void aSuperBetaTransistorKeepsOneJunction() throws ProcessingException {
		ModelCard c = fit(device("Q2", DeviceKind.BJT_NPN, typ("HFE", 900, "IC", 1e-3, "VCE", 5),
				typ("HFE", 1100, "IC", 1e-2, "VCE", 5), max("VBE_ON", 0.8, "IC", 1e-2, "VCE", 5)));
		assertEquals(1, c.value("NF"));
		assertTrue(c.params().stream().noneMatch(p -> p.name().equals("NR")), c.params().toString());
	}
}
