package org.espice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Table;
import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.ExtractionResult;
import org.espice.core.TaskMonitor;
import org.espice.core.batch.BatchConfig;
import org.espice.core.batch.FileWork;
import org.espice.core.batch.ItemState;
import org.espice.core.spice.Dialect;
import org.espice.core.spice.FittedModel;
import org.espice.core.spice.ModelParam;
import org.espice.eclipse.internal.jobs.BatchRunJob;
import org.espice.eclipse.internal.model.DatasheetItem;
import org.espice.eclipse.internal.model.ExtractionQueue;
import org.espice.samples.SampleDatasheets;
import org.espice.ui.internal.views.BatchView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Preview before write: the file stops for review, its values show in the details pane, accept writes. The
 * datasheet is read by the real reader; the fitter is a stand-in that writes the values it is given, so this
 * tests the review flow, not fitting.
 */
@ExtendWith(WorkspaceLogOnFailure.class)
class PreviewReviewTest {

	/** Real extraction; "fitting" renders the part's parameters as comment lines of a model file. */
	static final class RealReaderEchoFitter implements FileWork {
		private final FileWork real = FileWork.standard();

		@Override
		public ExtractionResult read(Path pdf, TaskMonitor monitor) {
			return real.read(pdf, monitor);
		}

		@Override
		public FittedModel fit(Device device, ExtractionResult source, TaskMonitor monitor) {
			return new FittedModel() {
				@Override
				public String part() {
					return device.part();
				}

				@Override
				public DeviceKind kind() {
					return device.kind();
				}

				@Override
				public String modelName() {
					return device.part().replaceAll("[^A-Za-z0-9_]", "_");
				}

				@Override
				public List<ModelParam> parameters() {
					return List.of(new ModelParam("IS", 1e-14, "default 10 fA"));
				}

				@Override
				public String cardType() {
					return "D";
				}

				@Override
				public String render(Dialect dialect) {
					StringBuilder text = new StringBuilder("* stand-in model for " + device.part() + "\n");
					device.parameters().forEach(p -> text.append("* ").append(p.name()).append(" typ=")
							.append(p.typ()).append('\n'));
					return text.append(".model ").append(modelName()).append(" D()\n").toString();
				}
			};
		}
	}

	private IProject project;

	@BeforeEach
	void setUp() throws Exception {
		project = Workbenches.openProject("review");
	}

	@AfterEach
	void tearDown() throws Exception {
		Workbenches.closeProject(project);
	}

	@Test
	void previewStopsForReviewAndAcceptFinishesTheFile() throws Exception {
		Review r = awaitReview("review");
		IFolder folder = r.folder();
		BatchView view = r.view();
		BatchRunJob job = r.job();
		DatasheetItem item = r.item();
		assertEquals("awaiting-review", item.state().id(), () -> item + " " + item.failureMessage());
		assertEquals(Job.RUNNING, job.getState(), "the batch job waits while a file awaits review");
		// on a condition the batch signals, not in a sleep-poll loop (which would show as TIMED_WAITING)
		Workbenches.spinUntil(() -> job.getThread() != null && job.getThread().getState() == Thread.State.WAITING,
				Duration.ofSeconds(5), () -> "the batch job's thread to wait without a timeout, it is "
						+ (job.getThread() == null ? "gone" : job.getThread().getState()));

		Workbenches.select(view, item);
		Table details = view.getDetails().getTable();
		assertTrue(details.getItemCount() > 0, "the details pane lists the values read");
		assertTrue(java.util.Arrays.stream(details.getItems()).anyMatch(i -> !i.getText(6).isEmpty()),
				"values name their source page");
		view.editReviewValue(0, 1, 1.5e-3);
		assertEquals(org.espice.core.Engineering.format(1.5e-3, details.getItem(0).getText(4),
				java.util.Locale.getDefault(java.util.Locale.Category.FORMAT)), details.getItem(0).getText(2),
				"the edited typ value shows in the pane, with its prefix and unit");
		var page = Workbenches.window().getActivePage();
		page.setPartState(page.getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
		Workbenches.spin(Duration.ofMillis(300));
		assertTrue(view.getSummary().getText().contains("1 awaiting review"), view.getSummary().getText());
		Workbenches.screenshot("batch-view-review");
		page.setPartState(page.getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);

		AtomicBoolean engineOnUiThread = Workbenches.reportsOnUiThread(job.batch());
		view.acceptSelected();
		Workbenches.joinExtraction();
		assertFalse(engineOnUiThread.get(), "Accept ran the engine (and its journal's sync) on the UI thread");
		Workbenches.spinUntil(() -> item.state().isFinal(), Duration.ofSeconds(30), () -> "the file to finish");
		assertEquals("done", item.state().id(), () -> item + " " + item.failureMessage());
		assertTrue(!item.outcome().modelFiles().isEmpty());
		IFile model = folder.getFolder("models").getFile(item.outcome().modelFiles().get(0));
		assertTrue(model.exists(), "the model is in the workspace at once");
		String text = new String(model.getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(text.contains("typ=0.0015"), () -> "the accepted model carries the edited value:\n" + text);
	}

	@Test
	void aRejectedFileShowsAsSkippedNotCancelled() throws Exception {
		Review r = awaitReview("rejected");
		BatchView view = r.view();
		BatchRunJob job = r.job();
		DatasheetItem item = r.item();
		Workbenches.select(view, item);
		AtomicBoolean engineOnUiThread = Workbenches.reportsOnUiThread(job.batch());
		view.rejectSelected();
		Workbenches.joinExtraction();
		assertFalse(engineOnUiThread.get(), "Reject ran the engine on the UI thread");

		// The engine skips a rejected file; the view says so (it said "Cancelled" when it kept its own states).
		assertEquals("skipped", item.state().id(), item::toString);
		Table table = view.getViewer().getTable();
		Workbenches.spinUntil(() -> "Skipped".equals(table.getItem(0).getText(BatchView.COLUMN_STATE)),
				Duration.ofSeconds(5), () -> "the row to read Skipped: " + table.getItem(0).getText(BatchView.COLUMN_STATE));
		Workbenches.spinUntil(() -> view.getSummary().getText().contains("0 cancelled, 1 skipped"),
				Duration.ofSeconds(5), () -> "the summary to count the skipped file: " + view.getSummary().getText());
		assertEquals("rejected in review", table.getItem(0).getText(BatchView.COLUMN_REASON),
				"the reason the engine gave");
	}

	/** One file of a batch run with preview-before-write, waiting for review in the Batch view. */
	private record Review(IFolder folder, BatchView view, BatchRunJob job, DatasheetItem item) {
	}

	/** Runs the core's embedded sample of a switching diode (a datasheet extraction can read) until it awaits review. */
	private Review awaitReview(String folderName) throws Exception {
		IFolder folder = project.getFolder(folderName);
		folder.create(true, true, null);
		IFile pdf = folder.getFile("ESP4148.pdf");
		pdf.create(new ByteArrayInputStream(SampleDatasheets.layout("ESP4148.pdf").toBytes(null)), true, null);
		BatchView view = (BatchView) Workbenches.window().getActivePage().showView(BatchView.ID);
		List<DatasheetItem> items = ExtractionQueue.getDefault().submit(List.of(pdf));
		BatchRunJob job = new BatchRunJob(items, BatchConfig.defaults().withPreviewBeforeWrite(true),
				folder.getFolder("models"), new RealReaderEchoFitter());
		job.schedule();
		DatasheetItem item = items.get(0);
		Workbenches.spinUntil(() -> item.state() instanceof ItemState.AwaitingReview || item.state().isFinal(),
				Duration.ofSeconds(60), () -> "the file to await review, it is " + item);
		return new Review(folder, view, job, item);
	}
}
