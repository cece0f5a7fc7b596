package org.espice.core.fit;

import static org.espice.core.fit.Rows.device;
import static org.espice.core.fit.Rows.typ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.ExtractionResult;
import org.espice.core.Parameter;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.spice.ModelCard;
import org.junit.jupiter.api.Test;

/**
 * A MOSFET whose table prints Coss at several drain voltages (1 V, 25 V and most of the rating, as many vendors do):
 * the output junction goes through them all when a junction law can, and is held to the headline value when none can.
 */
class OutputJunctionTest {

	private static final Parameter CRSS = typ("CRSS", 4e-11, "VDS", 25);

	private static ModelCard fit(Device d) throws ProcessingException {
		return (ModelCard) new ModelBuilder().fit(d, new ExtractionResult("x.pdf", 1, null, "ACME", List.of(d), null),
				TaskMonitor.NONE);
	}

	/** The device with Coss rows at {@code volts} that a junction law CJO, VJ, M plus the table's Cgd gives. */
	private static Device printed(double cjo, double vj, double m, double... volts) {
		List<Parameter> rows = new ArrayList<>(List.of(typ("VGS_TH", 3, "ID", 250e-6),
				typ("RDS_ON", 0.1, "VGS", 10, "ID", 10), typ("CISS", 2e-9, "VDS", 25), CRSS));
		VdmosCapacitances.TableCgd cgd = VdmosCapacitances.TableCgd.of(device("M", DeviceKind.MOSFET_N, CRSS),
				VdmosCapacitances.Rows.MOSFET, CRSS);
		for (double v : volts) {
			rows.add(typ("COSS", cjo / Math.pow(1 + v / vj, m) + cgd.at(v), "VGS", 0, "VDS", v));
		}
		return new Device("M1", DeviceKind.MOSFET_N, rows);
	}

	private static void near(double expected, double actual, double relTol, String what) {
		assertTrue(Math.abs(actual / expected - 1) <= relTol,
				what + ": expected " + expected + " within " + 100 * relTol + " %, got " + actual);
	}

	/** Every Coss row is a fitted point of the card, met within {@code tol}. */
	private static void allMet(ModelCard c, int rows, double tol) {
		List<ModelCard.Residual> coss = c.residuals().stream()
				.filter(r -> r.check().parameter().name().equals("COSS")).toList();
		assertEquals(rows, coss.size(), "every Coss row is fitted: " + coss);
		for (ModelCard.Residual r : coss) {
			near(r.check().target().value(), r.modelled(), tol, "Coss at " + r.check().parameter().conditions());
		}
	}

	@Test
	void threeVoltagesTellTheBuiltInPotentialAndTheGrading() throws ProcessingException {
		ModelCard c = fit(printed(3e-9, 0.4, 0.7, 25, 1, 160));
		near(0.4, c.value("VJ"), 0.05, "VJ");
		near(0.7, c.value("M"), 0.03, "M");
		near(3e-9, c.value("CJO"), 0.05, "CJO");
		allMet(c, 3, 0.01);
		assertTrue(c.parameters().stream().anyMatch(p -> p.name().equals("CJO") && p.origin().contains("3 voltages")),
				"the card says where CJO came from: " + c.parameters());
	}

	@Test
	void twoVoltagesTellTheGradingWithTheBuiltInPotentialHeld() throws ProcessingException {
		ModelCard c = fit(printed(3e-9, 0.8, 0.35, 25, 400));
		assertEquals(0.8, c.value("VJ"), 1e-12);
		near(0.35, c.value("M"), 0.02, "M");
		allMet(c, 2, 0.01);
	}

	@Test
	void aShapeNoJunctionFollowsIsHeldToTheHeadlineValue() throws ProcessingException {
		// a superjunction's Coss: down a decade by 25 V, then nearly flat to 400 V
		List<Parameter> rows = new ArrayList<>(List.of(typ("VGS_TH", 3, "ID", 250e-6),
				typ("RDS_ON", 0.1, "VGS", 10, "ID", 10), typ("CISS", 5e-9, "VDS", 25), CRSS,
				typ("COSS", 5.5e-10, "VDS", 25), typ("COSS", 5.6e-9, "VGS", 0, "VDS", 1),
				typ("COSS", 1.5e-10, "VGS", 0, "VDS", 400)));
		ModelCard c = fit(new Device("M1", DeviceKind.MOSFET_N, rows));
		assertEquals(0.8, c.value("VJ"), 1e-12);
		assertEquals(0.5, c.value("M"), 1e-12);
		allMet(c, 1, 1e-6);
		assertTrue(c.notes().stream().anyMatch(n -> n.contains("no junction law meets them all")), c.notes().toString());
	}
}
