package org.espice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
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
import org.espice.core.batch.ItemState;
import org.espice.core.simulate.ModelCurves;
import org.espice.core.simulate.NgspiceRunner;
import org.espice.core.spice.FittedModel;
import org.espice.eclipse.internal.jobs.BatchControl;
import org.espice.eclipse.internal.jobs.BatchRunJob;
import org.espice.eclipse.internal.model.DatasheetItem;
import org.espice.eclipse.internal.model.ExtractionQueue;
import org.espice.eclipse.internal.workspace.DatasheetCollector;
import org.espice.ui.internal.views.BatchView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SPICE Batch view's own controls on real datasheets: pause and resume from its toolbar, retry of the
 * selected row only, double-click to open a model, and the details pane with the model parameters that are
 * defaults marked as such.
 */
@ExtendWith(WorkspaceLogOnFailure.class)
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

	private static final String PAUSE = "org.espice.ui.commands.pauseBatch";
	private static final String RESUME = "org.espice.ui.commands.resumeBatch";
	private static final String RETRY_FAILED = "org.espice.ui.commands.retryFailed";

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
		List<DatasheetItem> datasheets = ExtractionQueue.getDefault()
				.submit(DatasheetCollector.collect(new StructuredSelection(sheets), true));
		GatedWork work = new GatedWork(first.getLocation().toFile().toPath());
		// Before the batch: nothing to pause, resume or retry, and the toolbar shows it.
		Workbenches.spin(Duration.ofMillis(200));
		assertEnablement(false, false, false);
		new BatchRunJob(datasheets, BatchConfig.defaults().withParallelism(1), sheets.getFolder("models"), work)
				.schedule();
		Workbenches.spinUntil(() -> datasheets.get(0).state() instanceof ItemState.Running, Duration.ofSeconds(20),
				() -> "the first file running, " + datasheets);
		Batch batch = BatchControl.runningBatches().get(0);
		AtomicBoolean engineOnUiThread = Workbenches.reportsOnUiThread(batch);
		Workbenches.spinUntil(() -> Workbenches.isEnabled(PAUSE), Duration.ofSeconds(10), () -> "Pause enabled");
		assertEnablement(true, false, false);

		// Pause from the toolbar while the first file runs: it finishes, the other two stay queued.
		Workbenches.executeCommand(PAUSE, StructuredSelection.EMPTY);
		Workbenches.spinUntil(() -> batch.state() == BatchState.PAUSED, Duration.ofSeconds(10),
				() -> "the batch to pause, it is " + batch.state());
		Workbenches.spinUntil(() -> Workbenches.isEnabled(RESUME), Duration.ofSeconds(10), () -> "Resume enabled");
		assertEnablement(false, true, false);
		work.open();
		Workbenches.spinUntil(() -> datasheets.get(0).state() instanceof ItemState.Done && batch.progress().running() == 0,
				Duration.ofSeconds(30), () -> "the running file to finish, " + datasheets);
		assertEquals(BatchState.PAUSED, batch.state());
		assertEquals(List.of("done", "queued", "queued"), datasheets.stream().map(t -> t.state().id()).toList());
		Workbenches.spinUntil(() -> view.getSummary().getText().contains("2 queued"), Duration.ofSeconds(5),
				() -> "the summary to count the queued files: " + view.getSummary().getText());
		Workbenches.screenshot("batch-view-paused");

		Workbenches.executeCommand(RESUME, StructuredSelection.EMPTY);
		Workbenches.joinExtraction();
		assertEquals(List.of("done", "done", "done"), datasheets.stream().map(t -> t.state().id()).toList(),
				() -> datasheets.stream().map(t -> t + " " + t.failureMessage()).toList() + " batch " + batch.state() + " "
						+ batch.message());
		assertFalse(engineOnUiThread.get(), "Pause and Resume ran the engine on the UI thread");
		// All done: again nothing to pause, resume or retry.
		Workbenches.spinUntil(() -> !Workbenches.isEnabled(PAUSE) && !Workbenches.isEnabled(RESUME),
				Duration.ofSeconds(10), () -> "Pause and Resume disabled after the batch");
		assertEnablement(false, false, false);

		// Retry Selected with the second row selected runs that file, in a new batch, and no other.
		Path firstJournal = datasheets.get(0).journal();
		long firstFinished = datasheets.get(0).finishedNanos();
		Workbenches.select(view, datasheets.get(1));
		Workbenches.executeCommand("org.espice.ui.commands.retrySelected", new StructuredSelection(datasheets.get(1)));
		Workbenches.joinExtraction();
		assertEquals("done", datasheets.get(1).state().id(), datasheets.get(1)::failureMessage);
		assertNotEquals(firstJournal, datasheets.get(1).journal(), "the retried file ran in a new batch");
		assertEquals(firstJournal, datasheets.get(0).journal(), "the other files did not run again");
		assertEquals(firstFinished, datasheets.get(0).finishedNanos());
		assertEquals(firstJournal, datasheets.get(2).journal());
	}

	@Test
	void doubleClickOpensTheModelAndTheDetailsMarkTheDefaultParameters() throws Exception {
		IFolder sheets = project.getFolder("one");
		sheets.create(true, true, null);
		Workbenches.createSample(sheets.getFile("ESP3904.pdf"), "ESP3904.pdf", 0);
		IFolder models = sheets.getFolder("models");
		DatasheetItem datasheet = Workbenches.runBatch(sheets, BatchConfig.defaults(), models).get(0);
		Workbenches.spinUntil(() -> datasheet.state() instanceof ItemState.Done, Duration.ofSeconds(10), datasheet::toString);

		// Selecting the row shows the values read and the model's parameters, defaults greyed and named.
		Workbenches.select(view, datasheet);
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

		// The table's context menu offers the commands on the row; Open Model opens its model file.
		Table table = view.getViewer().getTable();
		Menu menu = table.getMenu();
		assertNotNull(menu, "the table has a context menu");
		table.setFocus();
		menu.setLocation(table.toDisplay(60, table.getHeaderHeight() + table.getItemHeight()));
		menu.setVisible(true);
		Workbenches.spinUntil(() -> menu.getItemCount() > 0, Duration.ofSeconds(3), () -> "the context menu's items");
		Workbenches.spin(Duration.ofMillis(300));
		Workbenches.screenshot("batch-view-context-menu");
		List<String> entries = Arrays.stream(menu.getItems())
				.map(i -> i.getText().replace("&", "").replaceAll("\t.*", "")).toList();
		assertTrue(entries.containsAll(List.of("Open Model", "Verify with ngspice", "Retry Selected", "Export ZIP")),
				"context menu: " + entries);
		MenuItem openModel = Arrays.stream(menu.getItems())
				.filter(i -> i.getText().replace("&", "").startsWith("Open Model")).findFirst().orElseThrow();
		assertTrue(openModel.isEnabled(), "Open Model is enabled on a row with a model");
		openModel.notifyListeners(SWT.Selection, new Event());
		menu.setVisible(false);
		Workbenches.spin(Duration.ofMillis(300));
		assertNotNull(page.getActiveEditor(), "Open Model opened an editor");
		assertEquals(models.getFile(datasheet.outcome().modelFiles().get(0)),
				Adapters.adapt(page.getActiveEditor().getEditorInput(), IFile.class));
		page.closeAllEditors(false);

		// A double-click on the row opens its model file in an editor.
		Event doubleClick = new Event();
		doubleClick.item = table.getItem(0);
		table.notifyListeners(SWT.DefaultSelection, doubleClick);
		Workbenches.spin(Duration.ofMillis(300));
		IEditorPart editor = page.getActiveEditor();
		assertNotNull(editor, "an editor opened");
		assertEquals(models.getFile(datasheet.outcome().modelFiles().get(0)),
				Adapters.adapt(editor.getEditorInput(), IFile.class));
		page.closeAllEditors(false);
	}

	/** Pause, Resume and Retry Failed: the commands' enablement and the view toolbar's buttons agree with it. */
	private void assertEnablement(boolean pause, boolean resume, boolean retryFailed) {
		List<Boolean> expected = List.of(pause, resume, retryFailed);
		assertEquals(expected, List.of(Workbenches.isEnabled(PAUSE), Workbenches.isEnabled(RESUME),
				Workbenches.isEnabled(RETRY_FAILED)), "Pause, Resume, Retry Failed enabled");
		List<String> items = List.of("org.espice.ui.menus.batchView.pause", "org.espice.ui.menus.batchView.resume",
				"org.espice.ui.menus.batchView.retryFailed");
		Workbenches.spinUntil(() -> items.stream().map(this::toolbarEnabled).toList().equals(expected),
				Duration.ofSeconds(5), () -> "the toolbar to show Pause, Resume, Retry Failed enabled as " + expected
						+ ", it shows " + items.stream().map(this::toolbarEnabled).toList());
	}

	private boolean toolbarEnabled(String itemId) {
		ToolBarManager toolbar = (ToolBarManager) view.getViewSite().getActionBars().getToolBarManager();
		IContributionItem item = toolbar.find(itemId);
		return Arrays.stream(toolbar.getControl().getItems()).filter(i -> i.getData() == item).findFirst()
				.orElseThrow(() -> new AssertionError("no toolbar button " + itemId)).getEnabled();
	}
}
