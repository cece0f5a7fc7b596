package org.espice.core.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.ExtractionResult;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.WorkStep;
import org.espice.core.extract.DatasheetReader;
import org.espice.core.fit.DeviceCurves;
import org.espice.core.fit.ModelBuilder;
import org.espice.core.internal.batch.InputValidator;
import org.espice.core.spice.FittedModel;

/**
 * The per-file work the engine drives: read a datasheet, fit a model per part. The engine validates inputs,
 * writes files and handles timeouts, retries and cancellation around it. Implementations must be thread-safe
 * and should call {@link TaskMonitor#checkCanceled()} often (between pages, between fitting iterations).
 * {@link WorkerPool} runs any implementation's {@link #process} in worker processes.
 */
public interface FileWork {

	/** Reads the datasheet. Per-file problems come back as a failed result; cancellation throws. */
	ExtractionResult read(Path pdf, TaskMonitor monitor);

	/** Fits one part. */
	FittedModel fit(Device device, ExtractionResult source, TaskMonitor monitor) throws ProcessingException;

	/**
	 * Checks the PDF against {@code limits} (it opens, has pages, not too many), reads the datasheet and fits
	 * every part it specifies, {@code kind} forced on them when not null. A file that cannot be read comes back
	 * unread; a part that cannot be fitted comes back among the failures. The batch checks what it can without
	 * parsing the PDF (size, signature) before; everything that parses it happens here, where the work runs.
	 */
	default FileResult process(Path pdf, DeviceKind kind, ValidationLimits limits, TaskMonitor monitor) {
		long t0 = System.nanoTime();
		try {
			new InputValidator(limits).checkPages(pdf);
		} catch (ProcessingException e) {
			return FileResult.unread(ExtractionResult.failed(pdf.getFileName().toString(), 0, e.category(),
					e.getMessage()), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
		}
		ExtractionResult read = read(pdf, monitor);
		monitor.checkCanceled();
		long readMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
		if (!read.ok()) {
			return FileResult.unread(read, readMillis);
		}
		ExtractionResult x = kind == null ? read
				: read.withDevices(read.devices().stream().map(d -> d.withKind(kind)).toList());
		return fitAll(x, readMillis, monitor);
	}

	/**
	 * Fits every part of {@code x}; {@code readMillis} is what reading it took. Parts of a family whose values and
	 * curves are the same as an earlier part's are fitted once: the later ones get that model under their names.
	 */
	default FileResult fitAll(ExtractionResult x, long readMillis, TaskMonitor monitor) {
		long t0 = System.nanoTime();
		List<Device> devices = x.devices();
		List<FittedModel> models = new ArrayList<>();
		List<PartFailure> failures = new ArrayList<>();
		Map<List<Object>, FittedModel> fitted = new HashMap<>();
		for (int i = 0; i < devices.size(); i++) {
			Device d = devices.get(i);
			monitor.checkCanceled();
			List<Object> same = List.of(d.kind(), d.parameters(), DeviceCurves.usable(d, x.curves()));
			FittedModel earlier = fitted.get(same);
			FittedModel shared = earlier == null ? null : earlier.forPart(d);
			if (shared != null) {
				models.add(shared);
				continue;
			}
			try {
				FittedModel m = fit(d, x, part(monitor, i, devices.size()));
				models.add(m);
				fitted.putIfAbsent(same, m);
			} catch (ProcessingException ex) {
				failures.add(new PartFailure(d.part(), ex.category(), ex.getMessage()));
			}
		}
		monitor.checkCanceled();
		return new FileResult(x, models, failures, readMillis,
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
	}

	/** The monitor of part {@code i} of {@code n}: its fitting progress is that share of the file's. */
	private static TaskMonitor part(TaskMonitor file, int i, int n) {
		file.progress(WorkStep.FITTING, (double) i / n);
		return new TaskMonitor() {
			@Override
			public boolean isCanceled() {
				return file.isCanceled();
			}

			@Override
			public void progress(WorkStep s, double fraction) {
				file.progress(WorkStep.FITTING, (i + Math.max(0, Math.min(1, fraction))) / n);
			}
		};
	}

	/**
	 * The work of a class with a public no-argument constructor (tests inject misbehaving work this way, in this
	 * process and in workers), or the standard work when {@code className} is null.
	 *
	 * @param loader the caller's class loader, which sees the class (under OSGi the engine's own does not)
	 * @throws IllegalArgumentException when the class cannot be loaded or is no {@code FileWork}
	 */
	static FileWork named(String className, ClassLoader loader) {
		if (className == null) {
			return standard();
		}
		try {
			return (FileWork) Class.forName(className, true, loader).getConstructor().newInstance();
		} catch (ReflectiveOperationException | ClassCastException e) {
			throw new IllegalArgumentException("Cannot use " + className + " as per-file work: " + e, e);
		}
	}

	/** The real work: {@link DatasheetReader} then {@link ModelBuilder}. */
	static FileWork standard() {
		return new FileWork() {
			private final DatasheetReader reader = new DatasheetReader();
			private final ModelBuilder builder = new ModelBuilder();

			@Override
			public ExtractionResult read(Path pdf, TaskMonitor monitor) {
				return reader.read(pdf, monitor);
			}

			@Override
			public FittedModel fit(Device device, ExtractionResult source, TaskMonitor monitor)
					throws ProcessingException {
				return builder.fit(device, source, monitor);
			}
		};
	}
}
