package org.espice.core.fit;

import java.util.function.Function;

import org.espice.core.TaskMonitor;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresProblem;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;

/**
 * Bounded least squares with Hipparchus' Levenberg-Marquardt: bounds are kept by a parameter validator that
 * clamps each step, the Jacobian by forward differences; the monitor is checked at every evaluation, so a
 * cancel takes effect between iterations.
 */
final class LeastSquares {

	record Result(double[] point, double rms, int iterations) {
	}

	private LeastSquares() {
	}

	static Result fit(double[] start, double[] lo, double[] hi, Function<double[], double[]> residuals,
			TaskMonitor monitor) {
		int n = start.length;
		double[] s = clamp(start.clone(), lo, hi);
		int m = residuals.apply(s).length;
		double[][] best = { null };
		double[] bestCost = { Double.POSITIVE_INFINITY };
		LeastSquaresProblem problem = new LeastSquaresBuilder().start(s).target(new double[m])
				.model(point -> {
					monitor.checkCanceled();
					double[] x = clamp(point.toArray(), lo, hi);
					double[] f0 = residuals.apply(x);
					double cost = 0;
					for (double v : f0) {
						cost += v * v;
					}
					if (cost < bestCost[0]) {
						bestCost[0] = cost;
						best[0] = x.clone();
					}
					Array2DRowRealMatrix jac = new Array2DRowRealMatrix(m, n);
					for (int j = 0; j < n; j++) {
						double h = 1e-6 * Math.max(1, Math.abs(x[j]));
						double[] xj = x.clone();
						xj[j] += xj[j] + h > hi[j] ? -h : h;
						double step = xj[j] - x[j];
						double[] fj = residuals.apply(xj);
						for (int i = 0; i < m; i++) {
							jac.setEntry(i, j, (fj[i] - f0[i]) / step);
						}
					}
					return new Pair<RealVector, org.hipparchus.linear.RealMatrix>(new ArrayRealVector(f0), jac);
				})
				.parameterValidator(v -> new ArrayRealVector(clamp(v.toArray(), lo, hi)))
				.maxEvaluations(2000).maxIterations(400).build();
		double[] p;
		int iterations;
		try {
			LeastSquaresOptimizer.Optimum opt = new LevenbergMarquardtOptimizer().optimize(problem);
			p = clamp(opt.getPoint().toArray(), lo, hi);
			iterations = opt.getIterations();
		} catch (MathIllegalStateException e) {
			// iteration limit on a flat (hinge) optimum: keep the best point evaluated
			p = best[0] == null ? s : best[0];
			iterations = -1;
		}
		double[] r = residuals.apply(p);
		double ss = 0;
		for (double v : r) {
			ss += v * v;
		}
		return new Result(p, Math.sqrt(ss / Math.max(1, r.length)), iterations);
	}

	private static double[] clamp(double[] x, double[] lo, double[] hi) {
		for (int i = 0; i < x.length; i++) {
			if (Double.isNaN(x[i])) {
				x[i] = (lo[i] + hi[i]) / 2;
			}
			x[i] = Math.max(lo[i], Math.min(hi[i], x[i]));
		}
		return x;
	}
}
