package org.espice.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.espice.core.Device;
import org.espice.core.ExtractionResult;
import org.espice.core.Plot;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.spice.Dialect;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.ModelParam;
import org.espice.core.spice.Target;
import org.junit.jupiter.api.Test;

/**
 * KP falling with the gate voltage (ngspice's VDMOS THETA): the law's currents, gate voltages and transconductance
 * with it, and the channel fit that takes it where a transfer curve drawn past twice the rated current bends away from
 * the square law fitted below (a part rated 3 A drawn up to 20 A), and leaves it out where the curve does not bend.
 */
public class MobilityTest {

	/** The drawn channel: VTO 2 V, KP 2 A/V^2, 0.1 Ohm outside it (a fifth in the source), slope 0.1 V. */
	private static SquareLaw law(double theta) {
		return new SquareLaw(2, 2, 0.1, 0.1, 0.2, 1, 0, theta);
	}

	@Test
	void theLawWithThetaIsNgspicesVdmosLaw() {
		SquareLaw law = law(0.2);
		for (double vgs : new double[] { 3, 5, 8, 12 }) {
			double id = law.currentAt(vgs, 10);
			// ngspice: KP / (1 + THETA VGS) x overdrive^2 / 2, VGS the channel's own (less the source drop)
			double inside = vgs - id * law.rs();
			double overdrive = VdmosFitter.softplus(inside - law.vto(), law.ksub());
			assertEquals(law.kp() / (1 + 0.2 * inside) * overdrive * overdrive / 2, id, 1e-6 * id, "VGS " + vgs);
			assertEquals(vgs, law.gateFor(id, 10), 1e-9);
			double h = 1e-4;
			double slope = (law.currentAt(vgs + h, 10) - law.currentAt(vgs - h, 10)) / (2 * h);
			assertEquals(slope, law.gfs(id, 10), 1e-4 * slope, "gfs at VGS " + vgs);
		}
		// KP near 10 V on the gate is a third of KP: at 12 V the current is little over half the square law's
		assertTrue(law.currentAt(12, 10) < 0.6 * law(0).currentAt(12, 10));
	}

	@Test
	void aTransferCurveBendingPastTheRatingIsFittedWithTheta() throws ProcessingException {
		ModelCard card = fit(law(0.2));
		System.out.printf("drawn THETA 0.2: fitted %.4g (%s)%n", card.value("THETA"), origin(card, "THETA"));
		assertEquals(0.2, card.value("THETA"), 0.04);
		assertTrue(origin(card, "THETA").contains("bends up to 20.00 A"), origin(card, "THETA"));
		SquareLaw fitted = new SquareLaw(card.value("VTO"), card.value("KP"), card.value("RD") + card.value("RS"),
				card.value("KSUBTHRES"), card.value("RS") / (card.value("RD") + card.value("RS")), 1, 0,
				card.value("THETA"));
		for (double id : new double[] { 0.1, 1, 4, 10, 20 }) {
			assertEquals(law(0.2).gateFor(id, 10), fitted.gateFor(id, 10), 0.02 * law(0.2).gateFor(id, 10), "ID " + id);
		}
		// LTspice's card has no THETA: its KP is ngspice's at the RDS(on) row's gate voltage
		String lt = card.render(Dialect.LTSPICE);
		assertTrue(!lt.contains("THETA="), lt);
		double inside = 10 - 1 * card.value("RS");
		assertTrue(lt.contains(" KP=" + Target.fmt(card.value("KP") / (1 + card.value("THETA") * inside)) + " "), lt);
		assertTrue(lt.contains("THETA, KP's fall with the gate voltage, is not written"), lt);
	}

	@Test
	void aSquareLawCurveDrawnPastTheRatingTakesNoTheta() throws ProcessingException {
		ModelCard card = fit(law(0));
		assertNull(card.value("THETA"), origin(card, "THETA"));
	}

	private static String origin(ModelCard card, String name) {
		return card.params().stream().filter(p -> p.name().equals(name)).map(ModelParam::origin).findFirst()
				.orElse(null);
	}

	/** The part whose KP falls by THETA 0.2 /V: its rows. */
	public static Device bentPart() {
		return device(law(0.2));
	}

	/** Its transfer curve up to 20 A. */
	public static List<Plot> bentPlots() {
		return plots(law(0.2));
	}

	/** Its card, fitted. */
	public static ModelCard bentCard() throws ProcessingException {
		return fit(law(0.2));
	}

	/** The card fitted to the part {@code law} draws: its rows and its transfer curve up to 20 A. */
	private static ModelCard fit(SquareLaw law) throws ProcessingException {
		Device d = device(law);
		return (ModelCard) new ModelBuilder().fit(d,
				new ExtractionResult("x.pdf", 3, null, "ACME", List.of(d), null).withCurves(plots(law)),
				TaskMonitor.NONE);
	}

	/** The rows of the part drawn by {@code law}: its threshold, RDS(on) at 10 V, rated 3 A and 60 V. */
	private static Device device(SquareLaw law) {
		return OutputSaturationTest.drawnPart("M4", law, 1, 3, 60);
	}

	/** The transfer curve {@code law} draws at VDS 10 V, from 20 mA to 20 A (nearly seven times the rating). */
	private static List<Plot> plots(SquareLaw law) {
		List<Plot.Point> pts = new ArrayList<>();
		for (double id = 0.02; id <= 20 * (1 + 1e-9); id *= Math.pow(10, 0.1)) {
			pts.add(new Plot.Point(law.gateFor(id, 10), id));
		}
		return List.of(new Plot(4, new Plot.Box(50, 50, 250, 200), "Fig. 2 Typical Transfer Characteristics",
				Plot.Kind.TRANSFER, Plot.DrawnAs.VECTOR, new Plot.Axis("VGS", "V", Plot.Scale.LINEAR, 0, 15),
				new Plot.Axis("ID", "A", Plot.Scale.LINEAR, 0, 25), null,
				List.of(new Plot.Series(null, Map.of("T", 25.0, "VDS", 10.0), null, pts)), List.of(), null, List.of()));
	}
}
