package org.espice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.navigator.CommonNavigator;
import org.espice.eclipse.internal.jobs.EspiceJobFamilies;
import org.espice.eclipse.internal.model.ExtractionQueue;
import org.espice.ui.internal.handlers.ExtractModelsHandler;
import org.espice.ui.internal.views.BatchView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The user path in a real workbench: right-click a folder of datasheets in the Project Explorer, run "Extract
 * SPICE Models...", finish its wizard, and watch the SPICE Batch view list every PDF as done with its model.
 */
@ExtendWith(WorkspaceLogOnFailure.class)
class ExtractModelsCommandTest {

	private static final String MENU_LABEL = "Extract SPICE Models...";

	private IWorkbenchWindow window;
	private IProject project;

	@BeforeEach
	void setUp() throws Exception {
		project = Workbenches.openProject("ui-test");
		window = Workbenches.window();
	}

	@AfterEach
	void tearDown() throws Exception {
		Workbenches.closeProject(project);
	}

	@Test
	void folderOfTwoDatasheetsEndsWithBothDoneInTheBatchViewAndTheirModelsInTheProject() throws Exception {
		// Layout: <project>/datasheets/{ESP4148.pdf (diode), ESP60N30.pdf (N-MOSFET), readme.txt}
		IFolder folder = project.getFolder("datasheets");
		folder.create(true, true, null);
		Workbenches.createSample(folder.getFile("ESP4148.pdf"), "ESP4148.pdf", 0);
		Workbenches.createSample(folder.getFile("ESP60N30.pdf"), "ESP60N30.pdf", 0);
		IFile readme = folder.getFile("readme.txt");
		readme.create(new java.io.ByteArrayInputStream("not a datasheet".getBytes()), true, null);

		IWorkbenchPage page = window.getActivePage();
		CommonNavigator explorer = (CommonNavigator) page.showView(IPageLayout.ID_PROJECT_EXPLORER);
		IStructuredSelection selection = new StructuredSelection(folder);
		explorer.selectReveal(selection);
		Workbenches.spin(Duration.ofMillis(300));
		assertEquals(selection.toList(), explorer.getCommonViewer().getStructuredSelection().toList());

		// The view is open beside the explorer; the folder's context menu offers the command (screenshot).
		page.showView(BatchView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		Menu menu = openContextMenu(explorer);
		List<String> labels = menuLabels(menu);
		Path withMenu = Workbenches.screenshot("extract-command-context-menu");
		closeContextMenu(explorer, menu);
		assertTrue(labels.contains(MENU_LABEL), "context menu entries: " + labels);

		// The command opens the wizard on the folder's two PDFs; Finish starts the batch.
		List<String> offered = new ArrayList<>();
		Workbenches.extractWithWizard(selection, dialog -> {
			Table files = Workbenches.find(dialog.getCurrentPage().getControl(), Table.class).get(0);
			rows(files).forEach(r -> offered.add(r[0]));
		}, null);
		assertEquals(List.of("ESP4148.pdf", "ESP60N30.pdf"),
				offered.stream().map(f -> f.substring(f.lastIndexOf('/') + 1)).toList(), "the wizard lists the PDFs only");
		BatchView view = (BatchView) page.findView(BatchView.ID);
		Workbenches.joinExtraction();
		Table table = view.getViewer().getTable();
		Workbenches.spinUntil(() -> rows(table).size() == 2 && rows(table).stream()
				.allMatch(r -> r[BatchView.COLUMN_STATE].equals("Done")), Duration.ofSeconds(10),
				() -> "both datasheets shown as Done, table is " + describe(table));

		List<String[]> rows = rows(table);
		String base = folder.getFullPath().makeRelative() + "/";
		assertEquals(base + "ESP4148.pdf", rows.get(0)[BatchView.COLUMN_FILE]);
		assertEquals("ESP4148", rows.get(0)[BatchView.COLUMN_PARTS]);
		assertEquals("diode", rows.get(0)[BatchView.COLUMN_KIND]);
		assertEquals("100%", rows.get(0)[BatchView.COLUMN_PROGRESS]);
		assertEquals(base + "ESP60N30.pdf", rows.get(1)[BatchView.COLUMN_FILE]);
		assertEquals("ESP60N30", rows.get(1)[BatchView.COLUMN_PARTS]);
		assertEquals("mosfet-n", rows.get(1)[BatchView.COLUMN_KIND]);
		IFolder models = folder.getFolder("models");
		for (String[] row : rows) {
			assertTrue(Integer.parseInt(row[BatchView.COLUMN_PARAMETERS]) > 3, Arrays.toString(row));
			assertTrue(models.getFile(row[BatchView.COLUMN_MODEL]).exists(), "model in the workspace: " + row[6]);
			assertEquals("", row[BatchView.COLUMN_REASON]);
		}

		page.activate(view);
		Workbenches.spin(Duration.ofMillis(300));
		Path done = Workbenches.screenshot("batch-view-done");
		assertTrue(Files.size(withMenu) > 0 && Files.size(done) > 0);
	}

	@Test
	void damagedPdfIsShownAsFailedWithItsReason() throws Exception {
		IFolder folder = project.getFolder("mixed");
		folder.create(true, true, null);
		Workbenches.createSample(folder.getFile("good.pdf"), "ESPS340.pdf", 0);
		folder.getFile("broken.pdf").create(new java.io.ByteArrayInputStream("%PDF-1.7 truncated".getBytes()),
				true, null);

		window.getActivePage().showView(IPageLayout.ID_PROJECT_EXPLORER);
		if (window.getActivePage().findView(BatchView.ID) != null) {
			window.getActivePage().hideView(window.getActivePage().findView(BatchView.ID));
		}
		Workbenches.extractWithWizard(new StructuredSelection(folder), null, null);
		BatchView view = (BatchView) window.getActivePage().findView(BatchView.ID);
		assertNotNull(view, "the command opens the SPICE Batch view");
		Workbenches.joinExtraction();
		Table table = view.getViewer().getTable();
		Workbenches.spinUntil(() -> rows(table).size() == 2
				&& rows(table).stream().noneMatch(r -> r[BatchView.COLUMN_STATE].equals("Queued")
						|| r[BatchView.COLUMN_STATE].equals("Running")),
				Duration.ofSeconds(10), () -> "both files finished, table is " + describe(table) + ", datasheets "
						+ ExtractionQueue.getDefault().items() + ", jobs "
						+ Arrays.toString(Job.getJobManager().find(EspiceJobFamilies.EXTRACTION)));
		String[] broken = rows(table).get(0);
		assertEquals("Failed", broken[BatchView.COLUMN_STATE]);
		assertTrue(broken[BatchView.COLUMN_REASON].startsWith("broken.pdf: "), broken[BatchView.COLUMN_REASON]);
		assertEquals("Done", rows(table).get(1)[BatchView.COLUMN_STATE]);
	}

	@Test
	void theCommandIsInTheSpiceMenuAndTheViewToolbarAndHasAKeyBinding() throws Exception {
		window.getActivePage().showView(BatchView.ID);
		Workbenches.spin(Duration.ofMillis(200));
		org.eclipse.swt.widgets.Menu bar = window.getShell().getMenuBar();
		MenuItem spice = Arrays.stream(bar.getItems()).filter(i -> i.getText().replace("&", "").equals("SPICE"))
				.findFirst().orElseThrow(() -> new AssertionError("no SPICE menu in " + menuLabels(bar)));
		spice.getMenu().notifyListeners(SWT.Show, new Event());
		List<String> entries = menuLabels(spice.getMenu());
		spice.getMenu().notifyListeners(SWT.Hide, new Event());
		assertTrue(entries.contains(MENU_LABEL), "SPICE menu: " + entries);

		// Alt+Shift+E, bound to this command alone; not Ctrl+Alt+E, which is AltGr+E (the euro sign) on Windows.
		org.eclipse.ui.keys.IBindingService bindings = window.getService(org.eclipse.ui.keys.IBindingService.class);
		String key = bindings.getBestActiveBindingFormattedFor(ExtractModelsHandler.COMMAND_ID);
		assertNotNull(key, "a key binding reaches the command");
		KeySequence altShiftE = KeySequence.getInstance("M2+M3+E");
		List<TriggerSequence> keys = Arrays.asList(bindings.getActiveBindingsFor(ExtractModelsHandler.COMMAND_ID));
		assertTrue(keys.contains(altShiftE), "bound to Alt+Shift+E: " + keys);
		assertFalse(keys.contains(KeySequence.getInstance("M1+M3+E")), "not bound to Ctrl+Alt+E: " + keys);
		assertEquals(ExtractModelsHandler.COMMAND_ID,
				bindings.getPerfectMatch(altShiftE).getParameterizedCommand().getId(),
				"Alt+Shift+E runs this command and no other");

		BatchView view = (BatchView) window.getActivePage().findView(BatchView.ID);
		org.eclipse.jface.action.IToolBarManager toolbar = view.getViewSite().getActionBars().getToolBarManager();
		assertTrue(Arrays.stream(toolbar.getItems())
				.anyMatch(i -> "org.espice.ui.menus.batchView.extractModels".equals(i.getId())), "view toolbar");
	}

	@Test
	void contextMenuOffersTheCommandForPdfsAndContainersOnly() throws Exception {
		IFolder folder = project.getFolder("docs");
		folder.create(true, true, null);
		IFile pdf = folder.getFile("UPPER.PDF");
		Workbenches.createPdf(pdf, "Upper-case extension", 1);
		IFile text = folder.getFile("notes.txt");
		text.create(new java.io.ByteArrayInputStream("notes".getBytes()), true, null);

		CommonNavigator explorer = (CommonNavigator) window.getActivePage()
				.showView(IPageLayout.ID_PROJECT_EXPLORER);
		List<String> onPdf = entriesFor(explorer, new StructuredSelection(pdf));
		assertTrue(onPdf.contains(MENU_LABEL), "on a PDF file: " + onPdf);
		assertTrue(onPdf.contains("Verify with ngspice"), "verify on a PDF file: " + onPdf);
		assertTrue(entriesFor(explorer, new StructuredSelection(project)).contains(MENU_LABEL), "on a project");
		assertFalse(entriesFor(explorer, new StructuredSelection(text)).contains(MENU_LABEL), "on a text file");
		assertFalse(entriesFor(explorer, new StructuredSelection(List.of(pdf, text))).contains(MENU_LABEL),
				"on a PDF and a text file together");
	}

	/** The labels the explorer's context menu shows for {@code selection}, menu populated but not shown. */
	private static List<String> entriesFor(CommonNavigator explorer, IStructuredSelection selection) {
		explorer.selectReveal(selection);
		Workbenches.spin(Duration.ofMillis(150));
		Menu menu = explorer.getCommonViewer().getControl().getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		try {
			return menuLabels(menu);
		} finally {
			menu.notifyListeners(SWT.Hide, new Event());
			Workbenches.spin(Duration.ofMillis(50));
		}
	}

	/**
	 * Opens the explorer's context menu on screen as a right-click on the selected item does: a real button
	 * press through the X server (released by {@link #closeContextMenu}), else by showing the menu directly.
	 */
	private static Menu openContextMenu(CommonNavigator explorer) {
		Tree tree = (Tree) explorer.getCommonViewer().getControl();
		Display display = tree.getDisplay();
		Menu menu = tree.getMenu();
		TreeItem[] selected = tree.getSelection();
		tree.setFocus();
		if (selected.length == 1) {
			Rectangle bounds = selected[0].getBounds();
			Point at = tree.toDisplay(bounds.x + Math.min(bounds.width / 2, 30), bounds.y + bounds.height / 2);
			post(display, SWT.MouseMove, at, 0);
			Workbenches.spin(Duration.ofMillis(100));
			post(display, SWT.MouseDown, at, 3);
		}
		try {
			Workbenches.spinUntil(menu::isVisible, Duration.ofSeconds(2), () -> "context menu after right-click");
		} catch (AssertionError e) {
			menu.setVisible(true);
		}
		Workbenches.spinUntil(() -> menu.isVisible() && menu.getItemCount() > 0, Duration.ofSeconds(3),
				() -> "context menu shown with its items");
		Workbenches.spin(Duration.ofMillis(300));
		return menu;
	}

	private static void closeContextMenu(CommonNavigator explorer, Menu menu) {
		Tree tree = (Tree) explorer.getCommonViewer().getControl();
		menu.setVisible(false);
		Point at = tree.toDisplay(5, 5);
		post(tree.getDisplay(), SWT.MouseUp, at, 3);
		Workbenches.spin(Duration.ofMillis(200));
	}

	private static boolean post(Display display, int type, Point at, int button) {
		Event event = new Event();
		event.type = type;
		event.x = at.x;
		event.y = at.y;
		event.button = button;
		return display.post(event);
	}

	private static List<String> menuLabels(Menu menu) {
		List<String> labels = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			labels.add(item.getText().replace("&", "").replaceAll("\t.*", ""));
		}
		return labels;
	}

	private static List<String[]> rows(Table table) {
		List<String[]> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			String[] row = new String[table.getColumnCount()];
			for (int i = 0; i < row.length; i++) {
				row[i] = item.getText(i);
			}
			rows.add(row);
		}
		return rows;
	}

	private static String describe(Table table) {
		return rows(table).stream().map(Arrays::toString).toList().toString();
	}
}
