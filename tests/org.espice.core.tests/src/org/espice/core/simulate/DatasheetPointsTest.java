package org.espice.core.simulate;

import static org.espice.core.fit.Rows.device;
import static org.espice.core.fit.Rows.max;
import static org.espice.core.fit.Rows.range;
import static org.espice.core.fit.Rows.typ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.ExtractionResult;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.fit.ModelBuilder;
import org.espice.core.spice.FittedModel;
import org.espice.core.spice.Probe;
import org.junit.jupiter.api.Test;

/** Which datasheet values are simulated, how, whether the model was fitted to them, and why the others are not. */
class DatasheetPointsTest {

	private static FittedModel fit(Device d) throws ProcessingException {
		return new ModelBuilder().fit(d, new ExtractionResult("hand-built", 1, null, null, List.of(d), null),
				TaskMonitor.NONE);
	}

	private static DatasheetPoints.Planned find(List<DatasheetPoints.Planned> plan, String name) {
		return plan.stream().filter(p -> p.row().name().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void everyMosfetValueIsPlannedFittedOrHeldOutOrSkippedWithAReason() throws ProcessingException {
		Device d = device("M", DeviceKind.MOSFET_N, max("VDSS", 100), range("VGS_TH", 2.0, 4.0, "ID", 250e-6),
				typ("RDS_ON", 0.033, "VGS", 10, "ID", 16), typ("RDS_ON", 0.06, "VGS", 10, "ID", 16, "T", 150),
				typ("CISS", 1.96e-9, "VDS", 25), typ("CRSS", 4e-11, "VDS", 25), typ("QG", 7e-8, "VGS", 10, "VDD", 80,
						"ID", 16),
				typ("QGD", 3e-8, "VGS", 10, "VDS", 80, "ID", 16), typ("QGS", 1e-8, "ID", 16), max("VSD", 1.3, "ISD", 16),
				typ("GFS", 21, "ID", 16), max("IDSS", 25e-6), typ("TRR", 1.15e-7));
		List<DatasheetPoints.Planned> plan = DatasheetPoints.plan(d, fit(d));
		assertEquals(d.parameters().size(), plan.size(), "every value is listed");
		assertTrue(find(plan, "VGS_TH").fitted());
		assertTrue(plan.get(2).fitted(), "RDS(on) at 25 degC is fitted");
		assertTrue(plan.get(3).fitted(), "RDS(on) at 150 degC sets the resistances' temperature coefficient");
		assertEquals(Probe.RDS_ON, plan.get(3).check().probe());
		DatasheetPoints.Planned qg = find(plan, "QG");
		assertEquals(Probe.GATE_CHARGE, qg.check().probe());
		assertEquals(80.0, qg.check().parameter().condition("VDS"), "VDD stands for the drain voltage");
		assertFalse(qg.fitted());
		assertEquals(Probe.GATE_DRAIN_CHARGE, find(plan, "QGD").check().probe());
		assertTrue(find(plan, "QGD").fitted(), "QGD sets CGDMAX");
		assertTrue(find(plan, "QGS").reason().contains("VGS"), find(plan, "QGS").reason());
		assertEquals(16.0, find(plan, "VSD").check().parameter().condition("IS"), "ISD is the source current IS");
		assertTrue(find(plan, "GFS").fitted(), "gfs is part of the channel fit");
		assertEquals(Probe.TRANSCONDUCTANCE, find(plan, "GFS").check().probe());
		assertEquals(100.0, find(plan, "IDSS").check().parameter().condition("VDS"), "leakage at the rated VDS");
		assertEquals(Probe.CUTOFF_CURRENT, find(plan, "IDSS").check().probe());
		assertTrue(find(plan, "VDSS").reason().contains("rating"));
		assertTrue(find(plan, "TRR").reason().contains("switching"));
		assertNull(find(plan, "TRR").check());
	}

	@Test
	void bjtDiodeAndJfetValuesGetTheirProbes() throws ProcessingException {
		Device q = device("Q", DeviceKind.BJT_NPN, typ("HFE", 200, "IC", 2e-3, "VCE", 5),
				typ("HFE", 150, "IC", 0.1, "VCE", 1), max("VCE_SAT", 0.3, "IC", 0.1, "IB", 0.01),
				max("COBO", 4e-12, "VCB", 10, "f", 1e6), max("CIBO", 9e-12, "VEB", 0.5), max("ICBO", 5e-8, "VCB", 30),
				max("COBO", 6e-12, "VCB", 1),
				typ("FT", 3e8, "IC", 0.01, "VCE", 20), max("HFE", 800));
		List<DatasheetPoints.Planned> plan = DatasheetPoints.plan(q, fit(q));
		assertEquals(Probe.COLLECTOR_BASE_CAPACITANCE, find(plan, "COBO").check().probe());
		assertTrue(find(plan, "COBO").fitted() && find(plan, "CIBO").fitted(), "CJC and CJE come from them");
		assertFalse(plan.get(6).fitted(), "a second Cobo is held out");
		assertEquals(Probe.COLLECTOR_BASE_CAPACITANCE, plan.get(6).check().probe());
		assertEquals(Probe.EMITTER_BASE_CAPACITANCE, find(plan, "CIBO").check().probe());
		assertEquals(Probe.CUTOFF_CURRENT, find(plan, "ICBO").check().probe());
		assertTrue(plan.get(8).reason().contains("IC"), "an hFE without its IC is not simulated");
		Device r = device("R", DeviceKind.RECTIFIER, max("VRRM", 400), max("VF", 1.1, "IF", 1),
				max("VF", 0.95, "IF", 1, "T", 125), max("IR", 5e-6), typ("CT", 1.5e-11, "VR", 4));
		List<DatasheetPoints.Planned> rp = DatasheetPoints.plan(r, fit(r));
		assertTrue(rp.get(1).fitted());
		assertFalse(rp.get(2).fitted(), "the hot VF is held out");
		assertEquals(400.0, find(rp, "IR").check().parameter().condition("VR"), "IR at the rated VR");
		Device j = device("J", DeviceKind.JFET_N, range("VGS_OFF", -1.0, -5.0, "VDS", 15, "ID", 1e-9),
				range("IDSS", 5e-3, null, "VDS", 15), typ("GFS", 6e-3, "VDS", 15, "VGS", 0));
		assertEquals(Probe.TRANSCONDUCTANCE, find(DatasheetPoints.plan(j, fit(j)), "GFS").check().probe());
	}

	@Test
	void aCapacitancePrintedWithAnotherTestsConditionsIsNotSimulated() throws ProcessingException {
		Device d = device("Q", DeviceKind.IGBT, max("VCES", 600), range("VGE_TH", 4.0, 6.5, "IC", 1.4e-3),
				typ("VCE_SAT", 1.6, "IC", 48, "VGE", 15), typ("CIES", 3e-9, "VCE", 30, "VGE", 0),
				typ("CRES", 9e-11, "VCE", 480, "VGE", 15, "IC", 192, "T", 175));
		List<DatasheetPoints.Planned> plan = DatasheetPoints.plan(d, fit(d));
		DatasheetPoints.Planned cres = find(plan, "CRES");
		assertNull(cres.check());
		assertTrue(cres.reason().contains("VGE = 15") && cres.reason().contains("another test"), cres.reason());
		assertEquals(Probe.CISS, find(plan, "CIES").check().probe(), "VGE = 0 is a capacitance's own condition");
	}
}
