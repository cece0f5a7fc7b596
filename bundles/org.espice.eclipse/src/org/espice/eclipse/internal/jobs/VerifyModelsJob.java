package org.espice.eclipse.internal.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.espice.core.Device;
import org.espice.core.ExtractionResult;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.extract.DatasheetReader;
import org.espice.core.fit.ModelBuilder;
import org.espice.core.simulate.ModelCurves;
import org.espice.core.simulate.ModelVerifier;
import org.espice.core.simulate.NgspiceRunner;
import org.espice.core.spice.FittedModel;
import org.espice.eclipse.internal.Messages;
import org.espice.eclipse.internal.preferences.EspicePreferences;

/**
 * "Verify with ngspice": reads the datasheet, fits each part and simulates the model in ngspice at the
 * datasheet's test conditions; hands a table of datasheet values against simulated ones, and the model's
 * characteristic curves with the datasheet points, to {@code report} (called on this job's thread). Nothing is
 * written.
 */
public final class VerifyModelsJob extends Job {

	/** The residual table (or why there is none) and the model curves against the datasheet points. */
	public record Report(String text, List<ModelCurves.Curve> curves) {
		static Report of(String text) {
			return new Report(text, List.of());
		}
	}

	private final IFile pdf;
	private final Consumer<Report> report;

	public VerifyModelsJob(IFile pdf, Consumer<Report> report) {
		super(NLS.bind(Messages.VerifyModelsJob_name, pdf.getName()));
		this.pdf = pdf;
		this.report = report;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == EspiceJobFamilies.EXTRACTION;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
		TaskMonitor taskMonitor = progress::isCanceled;
		Optional<NgspiceRunner> ngspice = EspicePreferences.ngspice();
		if (ngspice.isEmpty()) {
			report.accept(Report.of(Messages.VerifyModelsJob_noNgspice));
			return Status.OK_STATUS;
		}
		StringBuilder text = new StringBuilder();
		List<ModelCurves.Curve> curves = new ArrayList<>();
		try {
			ExtractionResult x = new DatasheetReader().read(pdf.getLocation().toFile().toPath(), taskMonitor);
			progress.worked(3);
			if (!x.ok()) {
				report.accept(Report.of(pdf.getName() + ": " + x.failure().message() + " [" //$NON-NLS-1$ //$NON-NLS-2$
						+ x.failure().category().id() + "]")); //$NON-NLS-1$
				return Status.OK_STATUS;
			}
			SubMonitor parts = progress.split(7).setWorkRemaining(Math.max(1, x.devices().size()));
			ModelVerifier verifier = new ModelVerifier(ngspice.get());
			ModelCurves plotter = new ModelCurves(ngspice.get());
			for (Device device : x.devices()) {
				parts.split(1);
				try {
					FittedModel model = new ModelBuilder().fit(device, x, taskMonitor);
					ModelVerifier.Verification v = verifier.verify(model);
					text.append(NLS.bind(Messages.VerifyModelsJob_summary,
							new Object[] { v.part(), v.passed(), v.points().size() })).append('\n');
					v.errors().forEach(e -> text.append("  ").append(e).append('\n')); //$NON-NLS-1$
					text.append(v.table()).append('\n');
					for (ModelCurves.Curve c : plotter.simulate(model)) {
						curves.add(x.devices().size() == 1 ? c : c.ofPart(v.part()));
					}
				} catch (ProcessingException e) {
					text.append(device.part()).append(": ").append(e.getMessage()).append(" [") //$NON-NLS-1$ //$NON-NLS-2$
							.append(e.category().id()).append("]\n\n"); //$NON-NLS-1$
				}
			}
		} catch (java.util.concurrent.CancellationException | OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		}
		report.accept(new Report(text.toString(), curves));
		return Status.OK_STATUS;
	}
}
