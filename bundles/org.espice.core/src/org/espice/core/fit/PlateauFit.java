package org.espice.core.fit;

import java.util.Arrays;
import java.util.List;

import org.espice.core.Device;
import org.espice.core.Parameter;
import org.espice.core.TaskMonitor;
import org.espice.core.spice.Check;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Target;

/**
 * The channel's square law with the Miller plateau of the gate-charge curve ({@link GateChargeCurves}), where no
 * transfer curve is followed ({@link ChannelFit}): the plateau is the one point of the transfer characteristic the
 * datasheet then draws, at the current of its gate-charge test.
 */
final class PlateauFit {

	/**
	 * Weight of the gate-charge curve's plateau against one table row: one point read off a drawn, often idealised
	 * curve weighs as a typical gfs does.
	 */
	static final double PLATEAU_WEIGHT = 0.5;
	/**
	 * A plateau further than this share from the gate voltage a (refused) transfer curve draws at its current is left
	 * out: the datasheet's two drawings of the same point disagree.
	 */
	static final double PLATEAU_AGREEMENT = 0.10;

	private PlateauFit() {
	}

	/**
	 * The law with the plateau as one more aim ({@link #PLATEAU_WEIGHT}), the weak-inversion slope (the threshold row
	 * sits in weak inversion, the plateau well above it) and the source's share of the external resistance
	 * ({@link ChannelFit#MIN_RS_SHARE}) fitted too. Left out, with a note, where the transfer curve {@code refused}
	 * (left out itself) draws another gate voltage at its current ({@link #PLATEAU_AGREEMENT}), or where following it
	 * breaks a table value the tables-only law {@code plain} met; {@code plain} then stands, as it does without a
	 * plateau.
	 */
	static ChannelFit.Result fit(ModelCard card, Device d, List<Check> checks, Parameter gfs, DeviceCurves curves,
			TransferCurves.Curve refused, double[] start, double[] lo, double[] hi, LeastSquares.Result plain,
			TaskMonitor monitor) {
		SquareLaw law = ChannelPoint.tablesLaw(plain.point());
		ChannelFit.Result tablesOnly = new ChannelFit.Result(law, plain.rms(), "", null, null, null);
		GateChargeCurves.Plateau plateau = GateChargeCurves.find(curves, d);
		if (plateau == null) {
			return tablesOnly;
		}
		String at = "(VGS " + Target.fmt(plateau.vgs()) + " V at ID " + Target.fmt(plateau.id()) + " A)";
		double drawn = refused == null ? Double.NaN : refused.gateAt(plateau.id());
		if (Math.abs(plateau.vgs() / drawn - 1) > PLATEAU_AGREEMENT) {
			card.note(plateau.describe() + " " + at + " left out of the channel fit: the " + refused.describe()
					+ " draws " + Target.fmt(drawn) + " V at that current");
			return tablesOnly;
		}
		double[] s = ChannelPoint.withShare(ChannelPoint.withSlope(start, VdmosFitter.KSUBTHRES), VdmosFitter.RS_SHARE);
		double[] l = ChannelPoint.withShare(ChannelPoint.withSlope(lo, ChannelPoint.MIN_KSUB), ChannelFit.MIN_RS_SHARE);
		double[] h = ChannelPoint.withShare(ChannelPoint.withSlope(hi, ChannelPoint.MAX_KSUB), VdmosFitter.RS_SHARE);
		LeastSquares.Result fit = ChannelPoint.floored(s, l, h, ChannelPoint.minKsub(d), x -> {
			SquareLaw q = SquareLaw.of(x);
			double[] r = ChannelFit.residuals(checks, gfs, null, k -> true, q);
			double[] out = Arrays.copyOf(r, r.length + 1);
			out[r.length] = PLATEAU_WEIGHT * (q.gateFor(plateau.id()) / plateau.vgs() - 1);
			return out;
		}, monitor);
		SquareLaw withIt = SquareLaw.of(fit.point());
		String broken = ChannelFit.broken(withIt, law, checks, gfs);
		if (broken != null) {
			card.note(plateau.describe() + " " + at + " left out of the channel fit: following it " + broken);
			return tablesOnly;
		}
		String supply = Double.isNaN(plateau.vds()) ? "" : ", drain supply " + Target.fmt(plateau.vds()) + " V";
		String figures = Fits.fmt("; %s (VGS %s V at ID %s A%s; the law gives %s V, the tables alone %s V)",
				plateau.describe(), Target.fmt(plateau.vgs()), Target.fmt(plateau.id()), supply,
				Target.fmt(withIt.gateFor(plateau.id())), Target.fmt(law.gateFor(plateau.id())));
		return new ChannelFit.Result(withIt, fit.rms(), figures, plateau.describe(), null, null);
	}
}
