package org.espice.eclipse.internal.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.espice.core.Plot;
import org.espice.core.extract.PlotOverlays;
import org.espice.eclipse.internal.Messages;

/**
 * Draws one datasheet plot over its page region with the core's {@link PlotOverlays}, for the SPICE Batch view's
 * Curves tab; hands the PNG (or why there is none) to {@code result} on this job's thread. Nothing is written.
 */
public final class PlotOverlayJob extends CurvesTabJob<PlotOverlayJob.Result> {

	/** The drawn plot as PNG bytes, or null with the reason it could not be drawn. */
	public record Result(Plot plot, byte[] png, String problem) {
	}

	private final Path pdf;
	private final Plot plot;

	public PlotOverlayJob(Path pdf, Plot plot, Consumer<Result> result) {
		super(Messages.PlotOverlayJob_name, result);
		this.pdf = pdf;
		this.plot = plot;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		try {
			byte[] png = PlotOverlays.draw(pdf, List.of(plot)).get(0).png();
			handOver(new Result(plot, png, null));
		} catch (IOException | RuntimeException e) {
			handOver(new Result(plot, null, NLS.bind(Messages.PlotOverlayJob_failed, pdf.getFileName(),
					e.getMessage())));
		}
		return Status.OK_STATUS;
	}
}
