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
		Workbenches.screenshot("batch-view-docked-default-window");

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
	void columnWidthsAndSortComeBackAfterARestart() throws Exception {
		IFolder sheets = project.getFolder("sheets");
		sheets.create(true, true, null);
		for (var s : SampleDatasheets.catalog()) {
			Workbenches.createSample(sheets.getFile(s.file()), s.file(), 0);
		}
		Workbenches.runBatch(sheets, EspicePreferences.batchDefaults(), project.getFolder("models"));
		Workbenches.spin(Duration.ofMillis(300));
		Table table = view.getViewer().getTable();
		String firstInInputOrder = table.getItem(0).getText(0);

		// a click on the File header sorts by it; a second click turns the order round
		table.getColumn(0).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		table.getColumn(0).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		Workbenches.spin(Duration.ofMillis(200));
		assertEquals(table.getColumn(0), table.getSortColumn());
		assertEquals(SWT.DOWN, table.getSortDirection());
		List<String> files = Arrays.stream(table.getItems()).map(i -> i.getText(0)).toList();
		assertEquals(files.stream().sorted(java.util.Comparator.reverseOrder()).toList(), files);

		XMLMemento state = XMLMemento.createWriteRoot("view");
		view.saveState(state);
		state.putInteger("columnWidth0", 333); // as if the user had dragged the File column that wide

		// a restart: the view starts in input order with weighted widths, then applies its saved state
		view.sortBy(-1, false);
		Workbenches.spin(Duration.ofMillis(200));
		assertEquals(firstInInputOrder, table.getItem(0).getText(0));
		view.restoreColumns(state);
		Workbenches.spin(Duration.ofMillis(200));
		assertEquals(table.getColumn(0), table.getSortColumn());
		assertEquals(SWT.DOWN, table.getSortDirection());
		assertEquals(files, Arrays.stream(table.getItems()).map(i -> i.getText(0)).toList());
		assertEquals(333, table.getColumn(0).getWidth());
	}

	@Test
	void atLaptopSizeTheDockedViewStillShowsRowsDetailsAndAPlot() throws Exception {
		// the bottom stack of a 768-pixel window is about 200 pixels: the plot goes compact (axis titles and
		// legend inside its frame) and keeps the height for the curves
		dockedAt(1366, 768, 4, 90);
	}

	@Test
	void atFullHdTheDockedViewShowsRowsDetailsAndAPlot() throws Exception {
		dockedAt(1920, 1080, 6, 150);
	}

	/** The workbench window at {@code width x height}, a batch of the samples done, a part's curves shown. */
	private void dockedAt(int width, int height, int minRows, int minPlotHeight) throws Exception {
		var shell = Workbenches.window().getShell();
		var before = shell.getBounds();
		var screen = shell.getDisplay().getPrimaryMonitor().getBounds();
		assertTrue(screen.width >= width && screen.height >= height,
				"the display (" + screen + ") must hold " + width + "x" + height + "; releng/test starts Xvfb at 1920x1080");
		try {
			shell.setBounds(0, 0, width, height);
			Workbenches.spin(Duration.ofMillis(500));
			IFolder sheets = project.getFolder("sheets");
			sheets.create(true, true, null);
			for (var s : SampleDatasheets.catalog()) {
				Workbenches.createSample(sheets.getFile(s.file()), s.file(), 0);
			}
			Workbenches.runBatch(sheets, EspicePreferences.batchDefaults(), project.getFolder("models"));
			Workbenches.spin(Duration.ofMillis(500));
			Table table = view.getViewer().getTable();
			int rows = (table.getClientArea().height - table.getHeaderHeight()) / table.getItemHeight();
			assertTrue(rows >= minRows, "at " + width + "x" + height + " the docked table shows " + rows + " rows");
			DatasheetItem mosfet = ExtractionQueue.getDefault().items().stream()
					.filter(d -> d.outcome().kind() != null && d.outcome().kind().startsWith("mosfet")).findFirst()
					.orElse(ExtractionQueue.getDefault().items().get(0));
			Workbenches.select(view, mosfet);
			view.showDetailsTab(2);
			Workbenches.spinUntil(() -> view.getCurvePlot().getCurve() != null, Duration.ofSeconds(60),
					() -> "the model's curves");
			var plot = view.getCurvePlot().getSize();
			System.out.println("docked at " + width + "x" + height + ": " + rows + " table rows, curve plot " + plot.x
					+ "x" + plot.y + " px");
			for (var s : shell.getDisplay().getShells()) {
				if (s.getData() instanceof org.espice.ui.internal.views.CompletionNotice notice) {
					notice.close(); // the batch's notice would cover the view in the screenshot
				}
			}
			Workbenches.spin(Duration.ofMillis(300));
			Workbenches.screenshot("batch-view-docked-" + width + "x" + height);
			assertTrue(plot.x >= 300 && plot.y >= minPlotHeight, "a readable plot: " + plot);
			var tabs = Workbenches.find(view.getViewer().getTable().getShell(), org.eclipse.swt.custom.CTabFolder.class)
					.stream().filter(t -> t.getItemCount() == 3 && t.getItem(2).getText().equals("Curves")).findFirst()
					.orElseThrow();
			for (var item : tabs.getItems()) {
				assertTrue(item.isShowing(), "every details tab shows in its row: " + item.getText());
			}
			Workbenches.spin(Duration.ofMillis(500));
			// hovering over the model's curve names the point with SI prefixes and units
			var curve = view.getCurvePlot().getCurve();
			var series = curve.simulated().get(0);
			org.eclipse.swt.graphics.Point at = null;
			for (int i = series.x().length / 2; at == null && i < series.x().length; i++) {
				at = view.getCurvePlot().tracePoint(series.label(), i);
			}
			assertTrue(at != null, "a simulated point on the plot");
			String tip = view.getCurvePlot().tipAt(at.x, at.y);
			assertTrue(tip != null && tip.contains(curve.xLabel() + " = ") && tip.contains(curve.yLabel() + " = "), tip);
			assertTrue(!tip.matches(".*\\d[eE][-+]?\\d.*"), "no exponent notation: " + tip);
			if (curve.yUnit() != null && !curve.yUnit().isEmpty()) {
				assertTrue(tip.endsWith(" " + org.espice.core.Engineering.symbol(curve.yUnit())), tip);
			}
		} finally {
			shell.setBounds(before);
		}
	}
}
