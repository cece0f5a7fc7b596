package org.espice.core.simulate;

import static org.espice.core.fit.Rows.max;
import static org.espice.core.fit.Rows.range;
import static org.espice.core.fit.Rows.typ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.ExtractionResult;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.fit.ModelBuilder;
import org.espice.core.spice.Dialect;
import org.espice.core.spice.ModelCard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A MOSFET's typical RDS(on) at a hot junction sets the temperature coefficient of its drain and source resistances:
 * ngspice meets the hottest row at its temperature, the card's own verification runs that check at it, and a cooler
 * hot row stays held out. The LTspice card leaves out what LTspice's VDMOS does not know, and says so.
 */
class HotOnResistanceNgspiceTest {

	private static NgspiceRunner runner;

	@BeforeAll
	static void ngspice() {
		runner = Ngspice.required();
	}

	/** An 800 V part whose on-resistance triples from 25 to 150 degC, most of it in the drift region. */
	private static Device device() {
		return new Device("HB_MOS800", DeviceKind.MOSFET_N, List.of(max("VDSS", 800),
				range("VGS_TH", 2.1, 3.9, "ID", 1e-3), typ("RDS_ON", 0.25, "VGS", 10, "ID", 11),
				typ("RDS_ON", 0.78, "VGS", 10, "ID", 11, "T", 150), typ("RDS_ON", 0.5, "VGS", 10, "ID", 11, "T", 100),
				typ("CISS", 2.3e-9, "VDS", 100, "VGS", 0, "f", 1e6)));
	}

	private static ModelCard fit(Device d) throws ProcessingException {
		return (ModelCard) new ModelBuilder().fit(d, new ExtractionResult("hand-built", 1, null, null, List.of(d), null),
				TaskMonitor.NONE);
	}

	@Test
	void theHottestRowIsMetAtItsTemperatureAndACoolerOneIsHeldOut() throws ProcessingException {
		Device d = device();
		ModelCard card = fit(d);
		assertTrue(card.value("TRD1") > 0, card.params().toString());
		DatasheetVerification v = new ModelVerifier(runner).verifyDatasheet(d, card);
		assertTrue(v.loaded(), v.errors().toString());
		DatasheetVerification.Point at150 = point(v, 150);
		DatasheetVerification.Point at100 = point(v, 100);
		System.out.printf("hot RDS(on): 150 degC %+.1f %% (fitted), 100 degC %+.1f %% (held out), TRD1 %.4g /K%n",
				100 * at150.error(), 100 * at100.error(), card.value("TRD1"));
		assertTrue(at150.fitted());
		assertFalse(at100.fitted());
		assertEquals(0, at150.error(), 0.01);
		// a linear coefficient through 25 and 150 degC lands near the datasheet at 100 degC
		assertEquals(0, at100.error(), 0.25);
	}

	@Test
	void theCardsOwnVerificationRunsTheHotCheckAtItsTemperature() throws ProcessingException {
		ModelVerifier.Verification v = new ModelVerifier(runner).verify(fit(device()));
		assertTrue(v.loaded(), v.errors().toString());
		assertTrue(v.points().stream().allMatch(ModelVerifier.Point::pass), v.table());
	}

	@Test
	void theLtspiceCardLeavesOutNgspicesTemperatureCoefficients() throws ProcessingException {
		ModelCard card = fit(device());
		assertTrue(card.render(Dialect.NGSPICE).contains("TRD1="));
		String lt = card.render(Dialect.LTSPICE);
		assertFalse(lt.contains("TRD1="), lt);
		assertTrue(lt.contains("are not written in this dialect"), lt);
	}

	private static DatasheetVerification.Point point(DatasheetVerification v, double t) {
		return v.points().stream().filter(p -> p.row().name().equals("RDS_ON") && Double.valueOf(t).equals(
				p.row().condition("T"))).findFirst().orElseThrow();
	}
}
