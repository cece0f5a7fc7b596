package org.espice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.espice.core.batch.BatchConfig;
import org.espice.ui.internal.handlers.DatasheetCollector;
import org.espice.ui.internal.handlers.ExtractModelsHandler;
import org.espice.ui.internal.jobs.BatchRunJob;
import org.espice.ui.internal.jobs.EspiceJobFamilies;
import org.espice.ui.internal.model.DatasheetTask;
import org.espice.ui.internal.model.ExtractionQueue;
import org.espice.ui.internal.views.BatchView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The UI thread stays responsive while 50 datasheets are processed: a Display timer that should fire every
 * 10 ms measures the longest gap between its runs, which is how long the UI thread was busy or blocked.
 */
class UiResponsivenessTest {

	private static final int FILES = 50;
	private static final long MAX_GAP_MILLIS = 200;

	private IProject project;
	private IFolder folder;

	@BeforeEach
	void setUp() throws Exception {
		project = Workbenches.openProject("responsive");
		folder = project.getFolder("fifty");
		folder.create(true, true, null);
		for (int i = 0; i < FILES; i++) {
			Workbenches.createPdf(folder.getFile(String.format("d%02d.pdf", i)), "Datasheet " + i, 4);
		}
		Workbenches.window().getActivePage().showView(BatchView.ID);
		Workbenches.spin(Duration.ofMillis(300));
	}

	@AfterEach
	void tearDown() throws Exception {
		Workbenches.closeProject(project);
	}

	@Test
	void perFileJobsNeverBlockTheUiThreadFor200ms() throws Exception {
		long gap = measureLongestGap(
				() -> Workbenches.executeCommand(ExtractModelsHandler.COMMAND_ID, new StructuredSelection(folder)));
		assertEquals(FILES, ExtractionQueue.getDefault().tasks().size());
		System.out.println("UI thread: longest gap " + gap + " ms with " + FILES + " per-file jobs");
		assertTrue(gap < MAX_GAP_MILLIS, "the UI thread was blocked for " + gap + " ms");
	}

	@Test
	void batchJobNeverBlocksTheUiThreadFor200ms() throws Exception {
		long gap = measureLongestGap(() -> {
			List<DatasheetTask> tasks = ExtractionQueue.getDefault()
					.submit(DatasheetCollector.collect(new StructuredSelection(folder), true));
			new BatchRunJob(tasks, BatchConfig.defaults().withParallelism(2), folder.getFolder("models")).schedule();
		});
		assertEquals(FILES, ExtractionQueue.getDefault().tasks().size());
		System.out.println("UI thread: longest gap " + gap + " ms with a " + FILES + "-file batch job");
		assertTrue(gap < MAX_GAP_MILLIS, "the UI thread was blocked for " + gap + " ms");
	}

	@FunctionalInterface
	interface Start {
		void run() throws Exception;
	}

	/** Starts the work, spins the event loop until every file finished, and returns the longest timer gap. */
	private static long measureLongestGap(Start start) throws Exception {
		Display display = Display.getCurrent();
		long[] last = { System.nanoTime() };
		long[] longest = { 0 };
		boolean[] running = { true };
		Runnable tick = new Runnable() {
			@Override
			public void run() {
				long now = System.nanoTime();
				longest[0] = Math.max(longest[0], now - last[0]);
				last[0] = now;
				if (running[0]) {
					display.timerExec(10, this);
				}
			}
		};
		display.timerExec(10, tick);
		start.run();
		Workbenches.spinUntil(() -> Job.getJobManager().find(EspiceJobFamilies.EXTRACTION).length == 0
				&& ExtractionQueue.getDefault().tasks().stream().allMatch(t -> t.state().isFinal()),
				Duration.ofSeconds(120), () -> "all " + FILES + " files finished");
		Workbenches.spin(Duration.ofMillis(100));
		running[0] = false;
		Workbenches.screenshot("batch-view-fifty-files");
		return longest[0] / 1_000_000;
	}
}
