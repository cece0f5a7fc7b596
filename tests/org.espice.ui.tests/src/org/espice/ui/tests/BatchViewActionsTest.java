package org.espice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.espice.core.Device;
import org.espice.core.ExtractionResult;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.batch.Batch;
import org.espice.core.batch.BatchConfig;
import org.espice.core.batch.BatchState;
import org.espice.core.batch.FileWork;
import org.espice.core.model.FittedModel;
import org.espice.core.model.ModelCurves;
import org.espice.core.model.NgspiceRunner;
import org.espice.eclipse.internal.jobs.BatchControl;
import org.espice.eclipse.internal.jobs.BatchRunJob;
import org.espice.eclipse.internal.model.DatasheetTask;
import org.espice.eclipse.internal.model.ExtractionQueue;
import org.espice.eclipse.internal.model.TaskState;
import org.espice.eclipse.internal.workspace.DatasheetCollector;
import org.espice.ui.internal.views.BatchView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SPICE Batch view's own controls on real datasheets: pause and resume from its toolbar, retry of the
 * selected row only, double-click to open a model, and the details pane with the model parameters that are
 * defaults marked as such.
 */
class BatchViewActionsTest {

	/** The real reader and fitter; reading the first file waits until the test opens the gate. */
	static final class GatedWork implements FileWork {
		private final FileWork real = FileWork.standard();
		private final CountDownLatch gate = new CountDownLatch(1);
		private final Path gated;

		GatedWork(Path gated) {
			this.gated = gated;
		}

		void open() {
			gate.countDown();
		}

		@Override
		public ExtractionResult read(Path pdf, TaskMonitor monitor) {
			if (pdf.equals(gated)) {
				try {
					while (!gate.await(20, TimeUnit.MILLISECONDS)) {
						monitor.checkCanceled();
					}
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					monitor.checkCanceled();
				}
			}
			return real.read(pdf, monitor);
		}

		@Override
		public FittedModel fit(Device device, ExtractionResult source, TaskMonitor monitor)
				throws ProcessingException {
			return real.fit(device, source, monitor);
		}
	}

	private IProject project;
	private BatchView view;

	@BeforeEach
	void setUp() throws Exception {
		project = Workbenches.openProject("actions");
		view = (BatchView) Workbenches.window().getActivePage().showView(BatchView.ID);
	}

	@AfterEach
	void tearDown() throws Exception {
		Workbenches.closeProject(project);
	}

	@Test
	void pauseHoldsQueuedFilesResumeFinishesThemAndRetrySelectedRunsOnlyTheSelectedRow() throws Exception {
		// Layout: sheets/{a-ESP4148.pdf (diode), b-ESPS340.pdf (Schottky), c-ESP3904.pdf (NPN)}
		IFolder sheets = project.getFolder("sheets");
		sheets.create(true, true, null);
		IFile first = sheets.getFile("a-ESP4148.pdf");
		Workbenches.createSample(first, "ESP4148.pdf", 0);
		Workbenches.createSample(sheets.getFile("b-ESPS340.pdf"), "ESPS340.pdf", 0);
		Workbenches.createSample(sheets.getFile("c-ESP3904.pdf"), "ESP3904.pdf", 0);
		List<DatasheetTask> tasks = ExtractionQueue.getDefault()
				.submit(DatasheetCollector.collect(new StructuredSelection(sheets), true));
		GatedWork work = new GatedWork(first.getLocation().toFile().toPath());
		new BatchRunJob(tasks, BatchConfig.defaults().withParallelism(1), sheets.getFolder("models"), work)
				.schedule();
		Workbenches.spinUntil(() -> tasks.get(0).state() == TaskState.RUNNING, Duration.ofSeconds(20),
				() -> "the first file running, " + tasks);

		// Pause from the toolbar while the first file runs: it finishes, the other two stay queued.
		Workbenches.executeCommand("org.espice.ui.commands.pauseBatch", StructuredSelection.EMPTY);
		Batch batch = BatchControl.runningBatches().get(0);
		assertEquals(BatchState.PAUSED, batch.state());
		work.open();
		Workbenches.spinUntil(() -> tasks.get(0).state() == TaskState.DONE && batch.progress().running() == 0,
				Duration.ofSeconds(30), () -> "the running file to finish, " + tasks);
		assertEquals(BatchState.PAUSED, batch.state());
		assertEquals(List.of(TaskState.DONE, TaskState.QUEUED, TaskState.QUEUED),
				tasks.stream().map(DatasheetTask::state).toList());
		Workbenches.spinUntil(() -> view.getSummary().getText().contains("2 queued"), Duration.ofSeconds(5),
				() -> "the summary to count the queued files: " + view.getSummary().getText());
		Workbenches.screenshot("batch-view-paused");

		Workbenches.executeCommand("org.espice.ui.commands.resumeBatch", StructuredSelection.EMPTY);
		Workbenches.joinExtraction();
		assertEquals(List.of(TaskState.DONE, TaskState.DONE, TaskState.DONE),
				tasks.stream().map(DatasheetTask::state).toList(),
				() -> tasks.stream().map(t -> t + " " + t.failureMessage()).toList() + " batch " + batch.state() + " "
						+ batch.message());

		// Retry Selected with the second row selected runs that file, in a new batch, and no other.
		Path firstJournal = tasks.get(0).journal();
		long firstFinished = tasks.get(0).finishedNanos();
		Workbenches.select(view, tasks.get(1));
		Workbenches.executeCommand("org.espice.ui.commands.retrySelected", new StructuredSelection(tasks.get(1)));
		Workbenches.joinExtraction();
		assertEquals(TaskState.DONE, tasks.get(1).state(), tasks.get(1)::failureMessage);
		assertNotEquals(firstJournal, tasks.get(1).journal(), "the retried file ran in a new batch");
		assertEquals(firstJournal, tasks.get(0).journal(), "the other files did not run again");
		assertEquals(firstFinished, tasks.get(0).finishedNanos());
		assertEquals(firstJournal, tasks.get(2).journal());
	}

	@Test
	void doubleClickOpensTheModelAndTheDetailsMarkTheDefaultParameters() throws Exception {
		IFolder sheets = project.getFolder("one");
		sheets.create(true, true, null);
		Workbenches.createSample(sheets.getFile("ESP3904.pdf"), "ESP3904.pdf", 0);
		IFolder models = sheets.getFolder("models");
		DatasheetTask task = Workbenches.runBatch(sheets, BatchConfig.defaults(), models).get(0);
		Workbenches.spinUntil(() -> task.state() == TaskState.DONE, Duration.ofSeconds(10), task::toString);

		// Selecting the row shows the values read and the model's parameters, defaults greyed and named.
		Workbenches.select(view, task);
		assertTrue(view.getDetails().getTable().getItemCount() > 5, "the values read are listed");
		Table parameters = view.getModelParameters().getTable();
		assertTrue(parameters.getItemCount() > 5, "the model parameters are listed");
		List<TableItem> defaults = Arrays.stream(parameters.getItems()).filter(i -> i.getText(3).equals("default"))
				.toList();
		List<TableItem> fitted = Arrays.stream(parameters.getItems()).filter(i -> i.getText(3).equals("datasheet"))
				.toList();
		assertTrue(!defaults.isEmpty() && !fitted.isEmpty(), "both kinds of parameter are present");
		assertTrue(defaults.stream().allMatch(i -> i.getText(4).startsWith("default")), "a default says why");
		assertTrue(fitted.stream().anyMatch(i -> i.getText(1).equals("BF")), "the gain comes from the datasheet");
		assertNotEquals(fitted.get(0).getForeground(1), defaults.get(0).getForeground(1), "defaults are greyed");
		assertTrue(view.getDetailsHeading().contains(defaults.size() + " of them defaults"),
				view.getDetailsHeading());
		IWorkbenchPage page = Workbenches.window().getActivePage();
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		view.showDetailsTab(1);
		Workbenches.spin(Duration.ofMillis(300));
		Workbenches.screenshot("batch-view-model-parameters");
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);

		// The Curves tab simulates the model in ngspice: hFE against IC with the datasheet's hFE points on it.
		if (NgspiceRunner.find().isPresent()) {
			view.showDetailsTab(2);
			Workbenches.spinUntil(() -> view.getCurvePlot().getCurve() != null, Duration.ofSeconds(30),
					() -> "a simulated curve on the Curves tab");
			ModelCurves.Curve curve = view.getCurvePlot().getCurve();
			assertTrue(!curve.simulated().isEmpty() && !curve.points().isEmpty(), curve.toString());
			page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
			Workbenches.spin(Duration.ofMillis(300));
			Workbenches.screenshot("batch-view-curves");
			page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
		}

		// A double-click on the row opens its model file in an editor.
		Table table = view.getViewer().getTable();
		Event doubleClick = new Event();
		doubleClick.item = table.getItem(0);
		table.notifyListeners(SWT.DefaultSelection, doubleClick);
		Workbenches.spin(Duration.ofMillis(300));
		IEditorPart editor = page.getActiveEditor();
		assertNotNull(editor, "an editor opened");
		assertEquals(models.getFile(task.outcome().modelFiles().get(0)),
				Adapters.adapt(editor.getEditorInput(), IFile.class));
		page.closeAllEditors(false);
	}
}
