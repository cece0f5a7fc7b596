package org.espice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.espice.core.Device;
import org.espice.core.ExtractionResult;
import org.espice.core.FailureCategory;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.WorkStep;
import org.espice.core.batch.BatchConfig;
import org.espice.core.batch.FileWork;
import org.espice.core.batch.ItemState;
import org.espice.core.spice.FittedModel;
import org.espice.eclipse.internal.jobs.BatchRunJob;
import org.espice.eclipse.internal.jobs.EspiceJobFamilies;
import org.espice.eclipse.internal.model.DatasheetItem;
import org.espice.eclipse.internal.model.ExtractionQueue;
import org.espice.eclipse.internal.workspace.DatasheetCollector;
import org.espice.ui.internal.views.BatchView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A batch whose files each take a minute (a stand-in reader that works page by page, checking for cancel) is
 * cancelled from the Batch view's toolbar command while files run: everything stops at once. The time is
 * printed; the bound only tells a cancel that landed from one that did not (files that ran to their end),
 * so a busy machine does not fail it.
 */
@ExtendWith(WorkspaceLogOnFailure.class)
class BatchCancelTest {

	/** Reads "pages" for 60 s per file, reporting progress and checking the monitor every 50 ms. */
	static final class SlowReader implements FileWork {
		private static final int PAGES = 1200;

		@Override
		public ExtractionResult read(Path pdf, TaskMonitor monitor) {
			for (int i = 0; i < PAGES; i++) {
				monitor.checkCanceled();
				monitor.progress(WorkStep.READING, i / (double) PAGES);
				try {
					Thread.sleep(50);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					monitor.checkCanceled();
				}
			}
			return ExtractionResult.failed(pdf.getFileName().toString(), 1, FailureCategory.EXTRACTION_INCOMPLETE,
					"stand-in reader");
		}

		@Override
		public FittedModel fit(Device device, ExtractionResult source, TaskMonitor monitor)
				throws ProcessingException {
			throw new ProcessingException(FailureCategory.FIT_FAILED, "stand-in");
		}
	}

	/** Far below the minute a file takes when the cancel does not reach it. */
	private static final long MAX_CANCEL_MILLIS = 15_000;

	private IProject project;

	@BeforeEach
	void setUp() throws Exception {
		project = Workbenches.openProject("cancel");
	}

	@AfterEach
	void tearDown() throws Exception {
		Workbenches.closeProject(project);
	}

	@Test
	void cancelFromTheViewStopsTheRunningFilesOfABatch() throws Exception {
		IFolder folder = project.getFolder("slow");
		folder.create(true, true, null);
		for (int i = 0; i < 6; i++) {
			Workbenches.createPdf(folder.getFile("s" + i + ".pdf"), "Slow " + i, 1);
		}
		Workbenches.window().getActivePage().showView(BatchView.ID);
		List<DatasheetItem> items = ExtractionQueue.getDefault()
				.submit(DatasheetCollector.collect(new StructuredSelection(folder), true));
		new BatchRunJob(items, BatchConfig.defaults().withParallelism(2).withRetries(0, 0), folder.getFolder("models"),
				new SlowReader()).schedule();

		Workbenches.spinUntil(() -> items.stream().filter(t -> t.state() instanceof ItemState.Running).count() == 2,
				Duration.ofSeconds(20), () -> "two files running, " + items);
		Workbenches.spin(Duration.ofMillis(500));
		assertEquals(2, Job.getJobManager().find(EspiceJobFamilies.EXTRACTION).length - 1,
				"one job per running file (parallelism 2) beside the batch job");
		Workbenches.screenshot("batch-view-mid-batch");

		long start = System.nanoTime();
		Workbenches.executeCommand("org.espice.ui.commands.cancelExtraction", StructuredSelection.EMPTY);
		Workbenches.joinExtraction();
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.println("Cancel from the view: every job ended " + millis + " ms after the command");
		assertTrue(millis < MAX_CANCEL_MILLIS, "cancel took " + millis + " ms: it did not reach the running files");
		Workbenches.spinUntil(() -> items.stream().allMatch(t -> t.state() instanceof ItemState.Cancelled),
				Duration.ofSeconds(5), () -> "every file cancelled, " + items);
	}
}
