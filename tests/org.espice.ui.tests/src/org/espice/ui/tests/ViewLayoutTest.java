package org.espice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.XMLMemento;
import org.espice.eclipse.internal.model.DatasheetItem;
import org.espice.eclipse.internal.model.ExtractionQueue;
import org.espice.eclipse.internal.preferences.EspicePreferences;
import org.espice.samples.SampleDatasheets;
import org.espice.ui.internal.views.BatchView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SPICE Batch view docked where Eclipse puts it (a wide band at the bottom): the details beside the table so
 * the table keeps its rows, the split's proportions kept for the next start, past batches in a drop-down.
 */
@ExtendWith(WorkspaceLogOnFailure.class)
class ViewLayoutTest {

	private IProject project;
	private BatchView view;

	@BeforeEach
	void setUp() throws Exception {
		project = Workbenches.openProject("layout");
		view = (BatchView) Workbenches.window().getActivePage().showView(BatchView.ID);
	}

	@AfterEach
	void tearDown() throws Exception {
		Workbenches.closeProject(project);
	}

	@Test
	void dockedAtTheBottomTheTableShowsItsRowsBesideTheDetailsAndPastBatchesAreADropDown() throws Exception {
		IFolder sheets = project.getFolder("sheets");
		sheets.create(true, true, null);
		for (var s : SampleDatasheets.catalog()) {
			Workbenches.createSample(sheets.getFile(s.file()), s.file(), 0);
		}
		List<DatasheetItem> done = Workbenches.runBatch(sheets, EspicePreferences.batchDefaults(),
				project.getFolder("models"));
		Workbenches.spin(Duration.ofMillis(500));

		assertEquals(SWT.HORIZONTAL, view.getSplit().getOrientation(), "a wide band: the details go beside the table");
		Table table = view.getViewer().getTable();
		int rows = (table.getClientArea().height - table.getHeaderHeight()) / table.getItemHeight();
		assertTrue(rows >= 6, "the docked table shows " + rows + " rows");
		Workbenches.screenshot("batch-view-docked-" + Workbenches.window().getShell().getSize().x);

		// the split as the user drags it is what the next start shows
		view.getSplit().setWeights(30, 70);
		view.getSplit().layout(true);
		Workbenches.spin(Duration.ofMillis(200));
		XMLMemento state = XMLMemento.createWriteRoot("view");
		view.saveState(state);
		assertEquals(30, state.getInteger("splitBeside0") * 100 / (state.getInteger("splitBeside0")
				+ state.getInteger("splitBeside1")), 2, "kept proportion");

		// the batch shown is shown again after a restart
		assertEquals(project.getFolder("models").getFullPath().toString(), state.getString(BatchView.SHOWN_BATCH));
		ExtractionQueue.getDefault().clearFinished();
		Workbenches.spinUntil(() -> ExtractionQueue.getDefault().items().isEmpty(), Duration.ofSeconds(5),
				() -> "an empty view");
		view.restoreShownBatch(state);
		Workbenches.spinUntil(() -> ExtractionQueue.getDefault().items().size() == done.size(), Duration.ofSeconds(20),
				() -> "the batch shown before the restart");

		// past batches: a drop-down of the view's toolbar, not a band of the view
		IAction past = Arrays.stream(view.getViewSite().getActionBars().getToolBarManager().getItems())
				.filter(i -> i instanceof ActionContributionItem a && a.getAction().getStyle() == IAction.AS_DROP_DOWN_MENU)
				.map(i -> ((ActionContributionItem) i).getAction()).findFirst().orElseThrow();
		ExtractionQueue.getDefault().clearFinished();
		Workbenches.spinUntil(() -> {
			Menu m = past.getMenuCreator().getMenu(table);
			return Arrays.stream(m.getItems()).anyMatch(i -> i.getText().contains(project.getName()));
		}, Duration.ofSeconds(20), () -> "the batch in the drop-down");
		Menu menu = past.getMenuCreator().getMenu(table);
		MenuItem ours = Arrays.stream(menu.getItems()).filter(i -> i.getText().contains(project.getName()))
				.findFirst().orElseThrow();
		ours.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		Workbenches.spinUntil(() -> ExtractionQueue.getDefault().items().size() == done.size(), Duration.ofSeconds(20),
				() -> "the past batch's files shown again");
	}

	@Test
	void atLaptopSizeTheDockedViewStillShowsRowsAndDetails() throws Exception {
		var shell = Workbenches.window().getShell();
		var before = shell.getBounds();
		try {
			shell.setBounds(0, 0, 1366, 768);
			Workbenches.spin(Duration.ofMillis(500));
			IFolder sheets = project.getFolder("sheets");
			sheets.create(true, true, null);
			for (var s : SampleDatasheets.catalog()) {
				Workbenches.createSample(sheets.getFile(s.file()), s.file(), 0);
			}
			Workbenches.runBatch(sheets, EspicePreferences.batchDefaults(), project.getFolder("models"));
			Workbenches.spin(Duration.ofMillis(500));
			view.getViewer().getTable().setSelection(0);
			view.getViewer().setSelection(view.getViewer().getSelection(), true);
			Table table = view.getViewer().getTable();
			int rows = (table.getClientArea().height - table.getHeaderHeight()) / table.getItemHeight();
			assertTrue(rows >= 4, "at 1366x768 the docked table shows " + rows + " rows");
			Workbenches.screenshot("batch-view-docked-1366x768");
		} finally {
			shell.setBounds(before);
		}
	}
}
