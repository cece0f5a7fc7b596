package org.espice.core.fit;

import static org.espice.core.fit.Rows.max;
import static org.espice.core.fit.Rows.typ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.ExtractionResult;
import org.espice.core.Plot;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.spice.Check;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;
import org.junit.jupiter.api.Test;

/**
 * A MOSFET's output curves (ID against VDS at VGS = 4.5, 6 and 10 V) drawn from a channel whose ohmic region conducts
 * three times as well as its saturation's KP gives (MTRIODE 3), beside a transfer curve and the tables drawn from the
 * same channel. The transfer curve and the table's RDS(on) at 10 V leave the on-resistance at the lower gate voltages
 * to KP alone; the output curves' ohmic part sets MTRIODE, the drain resistance follows so that the table's RDS(on)
 * stays met, and saturation stays as fitted. A part drawn with MTRIODE 1 gets none. An RDS(on) printed only as a
 * maximum is aimed at the curve's typical value at its VGS and ID.
 */
public class OutputCurvesTest {

	/** The drawn channel: VTO 3 V, KP 4 A/V^2, 0.1 Ohm outside it (a fifth in the source), slope 0.25 V, MTRIODE 3. */
	static final SquareLaw LAW = new SquareLaw(3, 4, 0.1, 0.25, 0.2, 3);
	private static final double[] GATES = { 4.5, 6, 10 };

	/** The on-resistance of {@code law} at {@code vgs} and {@code id}; 1e6 where its channel cannot carry it. */
	static double ron(SquareLaw law, double vgs, double id) {
		return VdmosFitter.predict(rdsOn(vgs, id), law);
	}

	private static Check rdsOn(double vgs, double id) {
		return new Check(typ("RDS_ON", 1, "VGS", vgs, "ID", id), Probe.RDS_ON, Target.of(typ("RDS_ON", 1)));
	}

	/**
	 * ID against VDS at {@code vgs}: the ohmic region up to 40 A or where the channel saturates, and from there flat
	 * to 10 V.
	 */
	static Plot.Series curve(SquareLaw law, double vgs) {
		List<Plot.Point> pts = new ArrayList<>();
		double last = 0;
		boolean saturates = false;
		for (double id = 0.5; id <= 40; id += 0.5) {
			double r = ron(law, vgs, id);
			if (r > 1e5 || r * id > 10) {
				saturates = true;
				break;
			}
			pts.add(new Plot.Point(r * id, id));
			last = id;
		}
		double knee = pts.get(pts.size() - 1).x();
		for (double v = knee + 1; saturates && v <= 10; v += 1) {
			pts.add(new Plot.Point(v, last * (1 + 0.001 * (v - knee))));
		}
		return new Plot.Series("VGS = " + vgs + " V", Map.of("VGS", vgs, "T", 25.0), null, pts);
	}

	static Plot output(SquareLaw law) {
		List<Plot.Series> s = new ArrayList<>();
		for (double vgs : GATES) {
			s.add(curve(law, vgs));
		}
		return new Plot(3, new Plot.Box(50, 50, 250, 200), "Fig. 1 Typical Output Characteristics", Plot.Kind.OUTPUT,
				Plot.DrawnAs.VECTOR, new Plot.Axis("VDS", "V", Plot.Scale.LINEAR, 0, 10),
				new Plot.Axis("ID", "A", Plot.Scale.LINEAR, 0, 40), null, s, List.of(), null, List.of());
	}

	/** The transfer curve at VDS = 25 V, in saturation, where MTRIODE does not enter. */
	static Plot transfer(SquareLaw law) {
		List<Plot.Point> pts = new ArrayList<>();
		for (double id = 0.2; id <= 20; id *= 1.25) {
			pts.add(new Plot.Point(law.gateFor(id), id));
		}
		return new Plot(4, new Plot.Box(50, 50, 250, 200), "Fig. 2 Typical Transfer Characteristics",
				Plot.Kind.TRANSFER, Plot.DrawnAs.VECTOR, new Plot.Axis("VGS", "V", Plot.Scale.LINEAR, 0, 10),
				new Plot.Axis("ID", "A", Plot.Scale.LINEAR, 0, 20), null,
				List.of(new Plot.Series(null, Map.of("T", 25.0, "VDS", 25.0), null, pts)), List.of(), null, List.of());
	}

	/** The tables of a part drawn from {@code law}: threshold at 250 uA, RDS(on) at 10 V and 5 A. */
	static Device mosfet(SquareLaw law) {
		return new Device("M1", DeviceKind.MOSFET_N, List.of(typ("VGS_TH", law.gateFor(250e-6), "ID", 250e-6),
				typ("RDS_ON", ron(law, 10, 5), "VGS", 10, "ID", 5), max("ID", 20, "T", 25)));
	}

	/** The tables of the part drawn with MTRIODE 3. */
	public static Device drawnMosfet() {
		return mosfet(LAW);
	}

	/** Its transfer and output plots. */
	public static List<Plot> drawnPlots() {
		return List.of(transfer(LAW), output(LAW));
	}

	private static ModelCard fit(Device d, Plot... plots) throws ProcessingException {
		ExtractionResult r = new ExtractionResult("x.pdf", 4, null, "ACME", List.of(d), null).withCurves(List.of(plots));
		return (ModelCard) new ModelBuilder().fit(d, r, TaskMonitor.NONE);
	}

	/** The card's channel as a law. */
	static SquareLaw law(ModelCard c) {
		double rs = c.value("RS");
		double rext = c.value("RD") + rs;
		double ksub = c.value("KSUBTHRES") == null ? VdmosFitter.KSUBTHRES : c.value("KSUBTHRES");
		double mtr = c.value("MTRIODE") == null ? 1 : c.value("MTRIODE");
		return new SquareLaw(c.value("VTO"), c.value("KP"), rext, ksub, rs / rext, mtr);
	}

	/** The worst relative on-resistance error of a card against the drawn channel at 4.5 and 6 V. */
	private static double worst(ModelCard c) {
		double worst = 0;
		for (double vgs : new double[] { 4.5, 6 }) {
			for (double id : new double[] { 1, 2, 3 }) {
				worst = Math.max(worst, Math.abs(ron(law(c), vgs, id) / ron(LAW, vgs, id) - 1));
			}
		}
		return worst;
	}

	@Test
	void theOhmicCurvesSetMtriodeAndTheTableStaysMet() throws ProcessingException {
		Device d = mosfet(LAW);
		ModelCard without = fit(d, transfer(LAW));
		ModelCard with = fit(d, transfer(LAW), output(LAW));
		assertNull(without.value("MTRIODE"));
		assertNotNull(with.value("MTRIODE"), with.params().toString());
		assertEquals(3, with.value("MTRIODE"), 0.3);
		String origin = with.params().stream().filter(p -> p.name().equals("MTRIODE")).findFirst().orElseThrow()
				.origin();
		assertTrue(origin.contains("the output curves at VGS = 4.500, 6.000, 10.00 V p.3"), origin);
		System.out.printf("on-resistance at 4.5 and 6 V: worst %.1f %% with the output curves, %.1f %% without%n",
				100 * worst(with), 100 * worst(without));
		assertTrue(worst(with) < 0.05, "worst " + worst(with));
		assertTrue(worst(without) > 0.2, "worst without the curves " + worst(without));
		for (ModelCard.Residual r : with.residuals()) {
			assertTrue(r.check().target().accepts(r.modelled()), r.check().parameter() + " -> " + r.modelled());
		}
		// saturation as fitted: the same gate voltage at the transfer curve's currents (within 0.1 %: the output
		// curves' saturated points, drawn by the same law, join the channel fit too)
		assertEquals(law(without).gateFor(10), law(with).gateFor(10), 1e-3 * law(without).gateFor(10));
	}

	@Test
	void aMaximumOnlyRdsOnIsAimedAtTheOutputCurvesTypical() throws ProcessingException {
		// the tables print RDS(on) as a maximum only, 30 % over the drawn part's: the fit aims at the output curve's
		// value at the row's VGS and ID, not at 90 % of the maximum
		double typical = ron(LAW, 10, 5);
		Device d = new Device("M1", DeviceKind.MOSFET_N, List.of(typ("VGS_TH", LAW.gateFor(250e-6), "ID", 250e-6),
				max("RDS_ON", 1.3 * typical, "VGS", 10, "ID", 5), max("ID", 20, "T", 25)));
		ModelCard c = fit(d, transfer(LAW), output(LAW));
		ModelCard.Residual r = c.residuals().stream().filter(x -> x.check().probe() == Probe.RDS_ON).findFirst()
				.orElseThrow();
		assertTrue(r.check().parameter().source().fromCurve(), r.check().parameter().toString());
		assertEquals(typical, r.check().target().value(), 0.02 * typical);
		assertEquals(0, ron(law(c), 10, 5) / typical - 1, 0.02);
		// without the curve, 90 % of the maximum
		ModelCard tables = fit(d, transfer(LAW));
		assertEquals(1.3 * 0.9 * typical, ron(law(tables), 10, 5), 0.03 * typical);
	}

	@Test
	void aChannelDrawnWithItsOwnKpGetsNoMtriode() throws ProcessingException {
		SquareLaw plain = new SquareLaw(3, 4, 0.1, 0.25, 0.2, 1);
		ModelCard c = fit(mosfet(plain), transfer(plain), output(plain));
		assertNull(c.value("MTRIODE"), c.params().toString());
	}

	@Test
	void theOhmicPartEndsWhereTheCurveBendsIntoSaturation() {
		Plot p = output(LAW);
		Plot.Series s = p.series().get(0);
		OutputCurves.Ohmic o = OutputCurves.ohmic(4.5, DeviceCurves.curve(p, s, "ID"));
		assertNotNull(o);
		double least = Double.POSITIVE_INFINITY;
		for (int k = 0; k < o.id().length; k++) {
			least = Math.min(least, o.ron(k));
		}
		for (int k = 0; k < o.id().length; k++) {
			assertTrue(o.ron(k) <= OutputCurves.OHMIC * least, "point " + k);
			assertTrue(o.vds()[k] < 10 - 1e-9, "no point of the flat tail");
		}
	}
}
