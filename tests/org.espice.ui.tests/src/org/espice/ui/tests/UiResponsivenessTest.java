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
import org.espice.core.batch.ItemState;
import org.espice.eclipse.internal.jobs.BatchRunJob;
import org.espice.eclipse.internal.jobs.EspiceJobFamilies;
import org.espice.eclipse.internal.model.DatasheetItem;
import org.espice.eclipse.internal.model.ExtractionQueue;
import org.espice.eclipse.internal.workspace.DatasheetCollector;
import org.espice.samples.SampleDatasheets;
import org.espice.ui.internal.views.BatchView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The UI thread stays responsive while 50 datasheets are processed: a Display timer that should fire every
 * 10 ms measures the longest gap between its runs, which is how long the UI thread was busy or blocked.
 */
@ExtendWith(WorkspaceLogOnFailure.class)
class UiResponsivenessTest {

	private static final int FILES = 50;
	/**
	 * A frozen UI thread, not a slow one: a loaded CI machine delays the timer by tens or hundreds of
	 * milliseconds, while engine work or I/O on the UI thread blocks it for seconds. The gap is printed.
	 */
	private static final long MAX_GAP_MILLIS = 2_000;

	private IProject project;
	private IFolder folder;

	@BeforeEach
	void setUp() throws Exception {
		project = Workbenches.openProject("responsive");
		folder = project.getFolder("fifty");
		folder.create(true, true, null);
		String[] samples = SampleDatasheets.catalog().stream().map(SampleDatasheets.Sample::file)
				.toArray(String[]::new);
		for (int i = 0; i < FILES; i++) {
			// real datasheets (the core's samples, each copy a little different) so each file is read and fitted
			Workbenches.createSample(folder.getFile(String.format("d%02d.pdf", i)), samples[i % samples.length], i + 1);
		}
		Workbenches.window().getActivePage().showView(BatchView.ID);
		Workbenches.spin(Duration.ofMillis(300));
	}

	@AfterEach
	void tearDown() throws Exception {
		Workbenches.closeProject(project);
	}

	@Test
	void aBatchStartedFromTheWizardNeverFreezesTheUiThread() throws Exception {
		GapMeter meter = new GapMeter(Display.getCurrent());
		// measured from Finish on: the batch, the view's live updates, the workspace writes and markers
		Workbenches.extractWithWizard(new StructuredSelection(folder), null, dialog -> meter.start());
		long gap = meter.awaitBatchAndStop();
		assertEquals(FILES, ExtractionQueue.getDefault().items().size());
		assertEquals(FILES, ExtractionQueue.getDefault().items().stream()
				.filter(t -> t.state() instanceof ItemState.Done)
				.count(), () -> ExtractionQueue.getDefault().items().toString());
		System.out.println("UI thread: longest gap " + gap + " ms with a " + FILES + "-file batch from the wizard");
		assertTrue(gap < MAX_GAP_MILLIS, "the UI thread was blocked for " + gap + " ms");
	}

	@Test
	void aBatchJobNeverFreezesTheUiThread() throws Exception {
		long before = usedHeapAfterGc();
		GapMeter meter = new GapMeter(Display.getCurrent());
		meter.start();
		List<DatasheetItem> items = ExtractionQueue.getDefault()
				.submit(DatasheetCollector.collect(new StructuredSelection(folder), true));
		new BatchRunJob(items, BatchConfig.defaults().withParallelism(2), folder.getFolder("models")).schedule();
		long gap = meter.awaitBatchAndStop();
		assertEquals(FILES, ExtractionQueue.getDefault().items().size());
		System.out.println("UI thread: longest gap " + gap + " ms with a " + FILES + "-file batch job");
		// the files are read in worker processes: the workbench's heap holds the batch, not the PDFs
		System.out.printf("workbench heap: %d MB before the batch, at most %d MB during it, %d MB after (after GC)%n",
				before >> 20, meter.peakHeap >> 20, usedHeapAfterGc() >> 20);
		assertTrue(gap < MAX_GAP_MILLIS, "the UI thread was blocked for " + gap + " ms");
	}

	private static long usedHeapAfterGc() {
		System.gc();
		Runtime r = Runtime.getRuntime();
		return r.totalMemory() - r.freeMemory();
	}

	/** A 10 ms Display timer that records the longest time between its runs: how long the UI thread was busy. */
	private static final class GapMeter {
		private final Display display;
		private long last;
		private long longest;
		private boolean running;
		/** The most heap in use at a tick. */
		long peakHeap;

		GapMeter(Display display) {
			this.display = display;
		}

		void start() {
			last = System.nanoTime();
			running = true;
			display.timerExec(10, this::tick);
		}

		private void tick() {
			long now = System.nanoTime();
			longest = Math.max(longest, now - last);
			last = now;
			Runtime r = Runtime.getRuntime();
			peakHeap = Math.max(peakHeap, r.totalMemory() - r.freeMemory());
			if (running) {
				display.timerExec(10, this::tick);
			}
		}

		/** Spins the event loop until every file finished, then stops; the longest gap in ms. */
		long awaitBatchAndStop() {
			Workbenches.spinUntil(() -> Job.getJobManager().find(EspiceJobFamilies.EXTRACTION).length == 0
					&& ExtractionQueue.getDefault().items().stream().allMatch(t -> t.state().isFinal()),
					Duration.ofSeconds(120), () -> "all " + FILES + " files finished");
			Workbenches.spin(Duration.ofMillis(100));
			running = false;
			Workbenches.screenshot("batch-view-fifty-files");
			return longest / 1_000_000;
		}
	}
}
