package org.espice.core.fit;

import static org.espice.core.fit.Rows.max;
import static org.espice.core.fit.Rows.range;
import static org.espice.core.fit.Rows.typ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.spice.ModelCard;
import org.junit.jupiter.api.Test;

/**
 * The channel law's transconductance is ngspice's, weak inversion included, and the tables-only fit puts less than the
 * default fifth of the external resistance in the source where the printed gfs asks for less degeneration.
 */
class SourceShareTest {

	/** gfs is the slope of the law's own current against its gate voltage, also near the threshold. */
	@Test
	void theLawsTransconductanceIsTheSlopeOfItsTransferCurve() {
		SquareLaw law = new SquareLaw(3, 50, 0.3, 0.1, 0.1);
		for (double id : new double[] { 1e-3, 0.05, 1, 10 }) {
			double h = 1e-4 * id;
			double slope = 2 * h / (law.gateFor(id + h) - law.gateFor(id - h));
			assertEquals(slope, law.gfs(id, 0), 1e-4 * slope, "gfs at " + id + " A");
		}
	}

	/**
	 * A 600 V part: 0.54 Ohm at 10 V and 5 A, 8.5 S at 5 A. With a fifth of the resistance in the source (0.108 Ohm)
	 * no channel reaches 8.5 S short of a KP in the thousands; the drift region takes the resistance instead.
	 */
	@Test
	void aGfsTheDefaultSourceCannotReachMovesTheSplit() throws ProcessingException {
		Device d = new Device("M1", DeviceKind.MOSFET_N, List.of(range("VGS_TH", 2.0, 4.0, "ID", 1e-3, "VDS", 10),
				typ("RDS_ON", 0.54, "VGS", 10, "ID", 5), typ("GFS", 8.5, "ID", 5, "VDS", 10), max("ID", 10, "T", 25)));
		ModelCard c = VdmosFitter.fit(d, "M1", TaskMonitor.NONE);
		double rext = c.value("RD") + c.value("RS");
		SquareLaw law = new SquareLaw(c.value("VTO"), c.value("KP"), rext,
				VdmosFitter.KSUBTHRES, c.value("RS") / rext);
		assertEquals(8.5, law.gfs(5, 0), 0.02 * 8.5);
		assertTrue(c.value("KP") < 100, "a channel, not a short: KP " + c.value("KP"));
		assertTrue(c.value("RS") < 0.5 * VdmosFitter.RS_SHARE * rext, "RS " + c.value("RS"));
		assertTrue(c.params().stream().anyMatch(p -> p.name().equals("RS") && p.origin().contains("split fitted")));
	}

	/** Where the default split meets the tables, it stays. */
	@Test
	void aFitTheDefaultSplitMeetsKeepsIt() throws ProcessingException {
		Device d = new Device("M1", DeviceKind.MOSFET_N, List.of(typ("VGS_TH", 2, "ID", 250e-6),
				typ("RDS_ON", 0.05, "VGS", 10, "ID", 10), typ("GFS", 12, "ID", 10), max("ID", 30, "T", 25)));
		ModelCard c = VdmosFitter.fit(d, "M1", TaskMonitor.NONE);
		double rext = c.value("RD") + c.value("RS");
		assertEquals(VdmosFitter.RS_SHARE, c.value("RS") / rext, 1e-3);
	}
}
