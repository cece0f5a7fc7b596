package org.espice.core.spice;

/**
 * The equations of ngspice's VDMOS channel that the fitters and the card writers share: the weak-inversion overdrive
 * and the channel's drop in the ohmic region (n-channel magnitudes).
 */
public final class VdmosLaw {

	private VdmosLaw() {
	}

	/** ngspice's weak-inversion overdrive: ksub*ln(1 + exp(vgst/ksub)). */
	public static double softplus(double vgst, double ksub) {
		double x = vgst / ksub;
		return x > 40 ? vgst : ksub * Math.log1p(Math.exp(x));
	}

	/**
	 * The square law's drain voltage at {@code id} in the ohmic region with overdrive {@code vgst}, before MTRIODE
	 * scales it; NaN where the channel cannot carry {@code id}.
	 */
	public static double ohmicDrop(double vgst, double kp, double id) {
		double disc = vgst * vgst - 2 * id / kp;
		return vgst > 0 && disc >= 0 ? vgst - Math.sqrt(disc) : Double.NaN;
	}
}
