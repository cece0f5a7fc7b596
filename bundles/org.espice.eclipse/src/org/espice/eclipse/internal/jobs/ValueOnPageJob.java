package org.espice.eclipse.internal.jobs;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.espice.core.Provenance;
import org.espice.core.extract.ValueOnPage;
import org.espice.eclipse.internal.Messages;

/**
 * Renders the datasheet page a value was read from, its row outlined ({@link ValueOnPage}), off the UI thread for
 * "Show in Datasheet"; hands the PNG (or why there is none) to {@code result} on this job's thread.
 */
public final class ValueOnPageJob extends CurvesTabJob<ValueOnPageJob.Result> {

	/** The page as PNG bytes with the outlined row in its pixels (or null), or null with the reason. */
	public record Result(Provenance where, double zoom, byte[] png, Rectangle box, String problem) {
	}

	private final Path pdf;
	private final Provenance where;
	private final double zoom;

	public ValueOnPageJob(Path pdf, Provenance where, double zoom, Consumer<Result> result) {
		super(Messages.ValueOnPageJob_name, result);
		this.pdf = pdf;
		this.where = where;
		this.zoom = zoom;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		try {
			ValueOnPage v = ValueOnPage.render(pdf, where, zoom);
			handOver(new Result(where, zoom, v.png(), v.box(), null));
		} catch (IOException | RuntimeException e) {
			handOver(new Result(where, zoom, null, null,
					NLS.bind(Messages.ValueOnPageJob_failed, pdf.getFileName(), e.getMessage())));
		}
		return Status.OK_STATUS;
	}
}
