package org.espice.core.internal.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.ExtractionResult;
import org.espice.core.FailureCategory;
import org.espice.core.ProcessingException;
import org.espice.core.WorkStep;
import org.espice.core.batch.FileResult;
import org.espice.core.batch.ItemOutcome;
import org.espice.core.batch.ItemReview;
import org.espice.core.batch.ItemState;
import org.espice.core.batch.ItemTimings;
import org.espice.core.batch.PartFailure;
import org.espice.core.spice.FittedModel;

/**
 * The work on one file, on a worker thread: validate, read, fit every part, then write the models or hold them
 * for review. Every way it can end becomes one change of the batch (done, failed, retried, cancelled, paused).
 */
final class FilePipeline {

	private final BatchEngine engine;

	FilePipeline(BatchEngine engine) {
		this.engine = engine;
	}

	/** The models of a file's parts and the parts that could not be fitted. */
	private record Fits(List<FittedModel> models, List<PartFailure> failures) {

		/** The note of a done item: what was missing from a damaged file, the parts not fitted; or null. */
		String note(List<String> warnings) {
			List<String> lines = new ArrayList<>(warnings);
			lines.addAll(PartFailure.lines(failures));
			return lines.isEmpty() ? null : String.join("; ", lines);
		}
	}

	void process(ItemRun run) {
		ItemEntry e = run.entry;
		run.thread = Thread.currentThread();
		long t0 = System.nanoTime();
		long readMs = 0;
		long fitMs = 0;
		ItemOutcome outcome = ItemOutcome.NONE;
		try {
			engine.validator.checkFile(e.file);
			run.progress(WorkStep.READING, 0.1);
			DeviceKind kind = e.kind != null ? e.kind : engine.config.kindOverride();
			FileResult result = engine.work.process(e.file, kind, engine.config.limits(), run);
			run.checkCanceled();
			readMs = result.readMillis();
			fitMs = result.fitMillis();
			ExtractionResult x = readOrFail(result.extraction());
			List<Device> devices = x.devices();
			outcome = outcomeOf(devices, List.of());
			if (devices.isEmpty()) {
				throw new ProcessingException(FailureCategory.EXTRACTION_INCOMPLETE,
						e.fileName() + ": no part with values was found");
			}
			Fits fits = fitted(result);
			if (engine.config.previewBeforeWrite()) {
				engine.awaitReview(run, new ItemReview(null, x, fits.models(), PartFailure.lines(fits.failures())),
						outcome, new ItemTimings(readMs, fitMs, 0, ItemRun.ms(t0)));
				return;
			}
			engine.namingOrder.awaitTurn(run);
			long t2 = System.nanoTime();
			List<String> files = write(run, fits.models());
			outcome = outcomeOf(devices, files);
			engine.keep(run, x, fits.models(), PartFailure.lines(fits.failures()));
			engine.finishRun(run, new ItemState.Done(fits.note(x.warnings())), outcome,
					new ItemTimings(readMs, fitMs, ItemRun.ms(t2), ItemRun.ms(t0)), null);
		} catch (ProcessingException ex) {
			engine.failRun(run, ex.category(), ex.getMessage(), outcome,
					new ItemTimings(readMs, fitMs, 0, ItemRun.ms(t0)));
		} catch (CancellationException ex) {
			engine.stopped(run, outcome, new ItemTimings(readMs, fitMs, 0, ItemRun.ms(t0)));
		} catch (CriticalCondition ex) {
			engine.requeueCritical(run, ex.getMessage());
		} catch (IOException ex) {
			engine.failRun(run, FailureCategory.IO_ERROR, e.fileName() + ": " + OutputGuard.describe(ex), outcome,
					new ItemTimings(readMs, fitMs, 0, ItemRun.ms(t0)));
		} catch (RuntimeException | Error ex) {
			if (run.isCanceled()) {
				engine.stopped(run, outcome, new ItemTimings(readMs, fitMs, 0, ItemRun.ms(t0)));
			} else {
				engine.failRun(run, FailureCategory.INTERNAL, e.fileName() + ": unexpected " + ex, outcome,
						new ItemTimings(readMs, fitMs, 0, ItemRun.ms(t0)));
			}
		}
	}

	/** The datasheet as read, or the reason it could not be read, with what else went wrong. */
	private static ExtractionResult readOrFail(ExtractionResult x) throws ProcessingException {
		if (!x.ok()) {
			List<String> why = new ArrayList<>(List.of(x.failure().message()));
			why.addAll(x.warnings());
			throw new ProcessingException(x.failure().category(), String.join("; ", why));
		}
		return x;
	}

	/** Writes the accepted models of a file that waited for review, refitted first when values were edited. */
	void accept(ItemRun run, ItemReview review, List<Device> edited) {
		run.thread = Thread.currentThread();
		long t0 = System.nanoTime();
		ItemEntry e = run.entry;
		ExtractionResult x = review.extraction();
		ItemOutcome outcome = e.outcome;
		try {
			List<FittedModel> models = review.models();
			List<String> problems = review.problems();
			if (edited != null) {
				x = x.withDevices(edited);
				Fits fits = fitted(engine.work.fitAll(x, 0, run));
				models = fits.models();
				problems = PartFailure.lines(fits.failures());
				outcome = outcomeOf(edited, List.of());
			}
			long t1 = System.nanoTime();
			List<String> files = write(run, models);
			outcome = outcomeOf(x.devices(), files);
			engine.keep(run, x, models, problems);
			ItemTimings before = e.timings;
			List<String> note = new ArrayList<>(x.warnings());
			note.addAll(problems);
			engine.finishRun(run, new ItemState.Done(note.isEmpty() ? null : String.join("; ", note)),
					outcome, new ItemTimings(before.readMillis(), before.fitMillis() + ItemRun.ms(t0) - ItemRun.ms(t1),
							ItemRun.ms(t1), before.totalMillis() + ItemRun.ms(t0)), null);
		} catch (ProcessingException ex) {
			engine.failRun(run, ex.category(), ex.getMessage(), outcome, e.timings);
		} catch (CancellationException ex) {
			engine.stopped(run, outcome, e.timings);
		} catch (CriticalCondition ex) {
			engine.lock.lock();
			try {
				engine.reviews.put(e.index, review);
			} finally {
				engine.lock.unlock();
			}
			engine.awaitReview(run, review, outcome, e.timings);
			engine.pauseCritical(ex.getMessage());
		} catch (IOException | RuntimeException ex) {
			engine.failRun(run, FailureCategory.IO_ERROR, e.fileName() + ": " + ex.getMessage(), outcome,
					e.timings);
		}
	}

	/**
	 * The models of a file whose parts were fitted. Fails the file only when no part could be fitted, with the
	 * first failure's category and the reasons grouped by part.
	 */
	private static Fits fitted(FileResult r) throws ProcessingException {
		if (r.models().isEmpty()) {
			PartFailure first = r.failures().get(0);
			throw new ProcessingException(first.category(), PartFailure.grouped(first.category(), r.failures()));
		}
		return new Fits(r.models(), r.failures());
	}

	private static ItemOutcome outcomeOf(List<Device> devices, List<String> files) {
		return new ItemOutcome(devices.stream().map(Device::part).toList(),
				devices.isEmpty() ? null : devices.get(0).kind().id(),
				devices.stream().mapToInt(d -> d.parameters().size()).sum(), files);
	}

	/** Writes each model atomically; returns the file names. */
	private List<String> write(ItemRun run, List<FittedModel> models) throws IOException, CriticalCondition {
		run.progress(WorkStep.WRITING, 0);
		engine.output.check();
		List<String> files = new ArrayList<>();
		for (int i = 0; i < models.size(); i++) {
			run.checkCanceled();
			FittedModel m = models.get(i);
			String stem = ModelFileNames.stem(engine.config.naming(), m.part(), run.entry.fileName(),
					m.kind() == null ? null : m.kind().id(), engine.config.dialect().id());
			Path target = engine.names.claim(run.entry.index, stem, engine.config.dialect().fileExtension());
			String text = m.render(engine.config.dialect());
			try {
				engine.writer.write(target, text);
			} catch (IOException ex) {
				if (OutputGuard.isCritical(ex)) {
					throw new CriticalCondition(
							"Cannot write " + target + " (" + OutputGuard.describe(ex) + "). Fix it and resume.");
				}
				throw ex;
			}
			files.add(target.getFileName().toString());
			run.progress(WorkStep.WRITING, (i + 1.0) / models.size());
		}
		return files;
	}
}
