package org.espice.eclipse.internal.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.espice.core.ProcessingException;
import org.espice.core.simulate.ModelCurves;
import org.espice.core.simulate.NgspiceRunner;
import org.espice.core.spice.FittedModel;
import org.espice.eclipse.internal.Messages;
import org.espice.eclipse.internal.preferences.EspicePreferences;

/**
 * Simulates the characteristic curves of fitted models in ngspice, for the SPICE Batch view's plot; hands the
 * curves (or why there are none) to {@code result} on this job's thread. Nothing is written.
 */
public final class CurvesJob extends CurvesTabJob<CurvesJob.Result> {

	/** What the simulation gave: the curves of every model in order, and a line per model that gave none. */
	public record Result(List<ModelCurves.Curve> curves, List<String> problems) {
	}

	private final List<FittedModel> models;

	public CurvesJob(List<FittedModel> models, Consumer<Result> result) {
		super(Messages.CurvesJob_name, result);
		this.models = List.copyOf(models);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), models.size());
		Optional<NgspiceRunner> ngspice = EspicePreferences.ngspice();
		if (ngspice.isEmpty()) {
			handOver(new Result(List.of(), List.of(Messages.VerifyModelsJob_noNgspice)));
			return Status.OK_STATUS;
		}
		ModelCurves simulator = new ModelCurves(ngspice.get());
		List<ModelCurves.Curve> curves = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (FittedModel model : models) {
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			try {
				List<ModelCurves.Curve> ofModel = simulator.simulate(model);
				if (ofModel.isEmpty()) {
					problems.add(NLS.bind(Messages.CurvesJob_noPoints, model.modelName()));
				}
				for (ModelCurves.Curve c : ofModel) {
					// with several parts in one datasheet, each title names its model
					curves.add(models.size() == 1 ? c : c.ofPart(model.modelName()));
				}
			} catch (ProcessingException e) {
				problems.add(model.modelName() + ": " + e.getMessage()); //$NON-NLS-1$
			}
			progress.worked(1);
		}
		handOver(new Result(curves, problems));
		return Status.OK_STATUS;
	}
}
