package org.espice.core.fit;

import org.espice.core.Device;
import org.espice.core.Parameter;
import org.espice.core.Plot;
import org.espice.core.spice.Check;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;

/**
 * The fall of a MOSFET's threshold with temperature: ngspice's VDMOS lowers VTO by TCVTH per kelvin (the channel's
 * mobility law moves the threshold's overdrive the other way, a little). TCVTH is solved so that the model meets
 * the hottest typical VGS(th) row, which is then checked, else the VGS(th)-temperature curve at its hottest point up
 * to 175 degC as a ratio to its 25 degC value applied to the room threshold; the curve's other points are held out
 * and the card gives the error on them. A coefficient outside 0 to 20 mV/K, or a curve missed by more than
 * {@link MosCapacitanceCurves#MAX_SHAPE_ERROR}, is taken for a misread and not used.
 */
final class HotThreshold {

	/** the largest fall per kelvin taken for real */
	private static final double MAX_TC = 0.02;

	private HotThreshold() {
	}

	/** The model's threshold of check {@code c} at {@code t} degC with the coefficient {@code tc}. */
	private static double at(Check c, SquareLaw ch, double t, double tc) {
		return VdmosFitter.predict(c, HotOnResistance.hot(ch, t, tc, 1));
	}

	/**
	 * Sets TCVTH from a hot typical VGS(th) row, else from the VGS(th)-temperature curve; nothing without either.
	 *
	 * @param room the room-temperature threshold check the channel was fitted to
	 * @return the coefficient set, or 0
	 */
	static double fit(ModelCard card, Device d, SquareLaw ch, Check room, DeviceCurves curves) {
		Parameter hot = Fits.hottest(d.all("VGS_TH"), HotOnResistance.HOT);
		boolean p = card.flags().contains("pchan");
		if (hot != null) {
			Check c = new Check(hot, Probe.VGS_TH, Target.of(hot));
			double t = hot.condition("T");
			double tc = (at(c, ch, t, 0) - c.target().value()) / (t - Fits.TNOM_C);
			if (tc >= 0 && tc <= MAX_TC) {
				card.set("TCVTH", tc, Fits.fmt("so that VGS(th) at %.0f degC meets %s", t, Fits.from(hot, c.target())));
				card.check(c, at(c, ch, t, tc));
				return tc;
			}
			return 0;
		}
		TemperatureCurve curve = TemperatureCurve.of(curves, Plot.Kind.VTH_T);
		int hottest = curve == null ? -1 : curve.hottest(HotOnResistance.HOTTEST);
		if (hottest < 0 || !(curve.at(25) > 0) || curve.t()[hottest] < 100) {
			return 0;
		}
		double t = curve.t()[hottest];
		double ratio = curve.ratio(hottest);
		double room25 = at(room, ch, 25, 0);
		double tc = (at(room, ch, t, 0) - ratio * room25) / (t - Fits.TNOM_C);
		if (!(tc >= 0 && tc <= MAX_TC)) {
			return 0;
		}
		TemperatureCurve.HeldOut held = curve.heldOut(hottest, HotOnResistance.HOTTEST,
				x -> at(room, ch, x, tc) / at(room, ch, 25, tc));
		double heldOut = held.rms();
		int n = held.points();
		if (!(heldOut <= MosCapacitanceCurves.MAX_SHAPE_ERROR)) {
			card.note(Fits.fmt("the VGS(th)-temperature curve p.%d: a threshold falling linearly through its %.0f degC "
					+ "point misses its other points by rms %.0f %% (a misread curve); TCVTH left at 0", curve.page(), t,
					100 * heldOut));
			return 0;
		}
		card.set("TCVTH", tc, Fits.fmt("so that VGS(th) at %.0f degC is %.2f times its 25 degC value, as the VGS(th)-"
				+ "temperature curve p.%d draws it (the other %d points held out: rms %.1f %%)%s", t, ratio, curve.page(),
				n, 100 * heldOut, p ? "; ngspice lowers a p-channel's |VTO| by it too" : ""));
		return tc;
	}
}
