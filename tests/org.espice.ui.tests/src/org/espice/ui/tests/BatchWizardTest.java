package org.espice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.espice.core.DeviceKind;
import org.espice.core.batch.BatchJournal;
import org.espice.core.batch.ItemState;
import org.espice.eclipse.internal.model.DatasheetMarkers;
import org.espice.eclipse.internal.model.DatasheetItem;
import org.espice.eclipse.internal.model.ExtractionQueue;
import org.espice.samples.SampleDatasheets;
import org.espice.ui.internal.handlers.ExtractModelsHandler;
import org.espice.ui.internal.wizards.DatasheetFilesPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The batch wizard driven through its widgets: files page, options page, Finish, then the batch's results. */
@ExtendWith(WorkspaceLogOnFailure.class)
class BatchWizardTest {

	private IProject project;

	@BeforeEach
	void setUp() throws Exception {
		project = Workbenches.openProject("wizard");
	}

	@AfterEach
	void tearDown() throws Exception {
		Workbenches.closeProject(project);
	}

	@Test
	void wizardListsValidatesAndRunsTheBatchIntoTheWorkspace() throws Exception {
		// Layout: sheets/{a.pdf (the core's embedded ESP4148 diode sample), b.pdf (2 pages of plain text),
		// empty.pdf (0 bytes), old/c.pdf (1 page)}
		IFolder sheets = project.getFolder("sheets");
		sheets.create(true, true, null);
		sheets.getFile("a.pdf").create(
				new ByteArrayInputStream(SampleDatasheets.layout("ESP4148.pdf").toBytes(null)), true, null);
		Workbenches.createPdf(sheets.getFile("b.pdf"), "B", 2);
		sheets.getFile("empty.pdf").create(new ByteArrayInputStream(new byte[0]), true, null);
		IFolder old = sheets.getFolder("old");
		old.create(true, true, null);
		Workbenches.createPdf(old.getFile("c.pdf"), "C", 1);

		List<String[]> filesWithSubfolders = new ArrayList<>();
		List<String[]> filesWithout = new ArrayList<>();
		AtomicReference<String> output = new AtomicReference<>();
		AtomicReference<String> kindCell = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Workbenches.whenOpened(WizardDialog.class, dialog -> {
			Control page1 = dialog.getCurrentPage().getControl();
			Table table = Workbenches.find(page1, Table.class).get(0);
			filesWithSubfolders.addAll(rows(table));
			Workbenches.screenshot("wizard-files-page");
			Button include = Workbenches.find(page1, Button.class).stream()
					.filter(b -> b.getText().replace("&", "").equals("Include subfolders")).findFirst().orElseThrow();
			include.setSelection(false);
			include.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
			filesWithout.addAll(rows(table));
			// b.pdf is forced to be read as a Zener datasheet, in its row's Device kind cell
			((DatasheetFilesPage) dialog.getCurrentPage()).setKind(sheets.getFile("b.pdf"), DeviceKind.ZENER);
			kindCell.set(table.getItem(1).getText(3));
			Workbenches.click(dialog.getShell(), "Next >");
			Control page2 = dialog.getCurrentPage().getControl();
			output.set(Workbenches.find(page2, Text.class).get(0).getText());
			Workbenches.screenshot("wizard-options-page");
			Workbenches.click(dialog.getShell(), "Finish");
		}, failure::set);
		Workbenches.executeCommand(ExtractModelsHandler.COMMAND_ID, new StructuredSelection(sheets));
		assertNull(failure.get(), () -> "driving the wizard failed: " + failure.get());

		String base = sheets.getFullPath().makeRelative() + "/";
		assertEquals(List.of(base + "a.pdf", base + "b.pdf", base + "empty.pdf", base + "old/c.pdf"),
				filesWithSubfolders.stream().map(r -> r[0]).toList());
		assertEquals("Empty file", filesWithSubfolders.get(2)[2]);
		assertEquals("OK", filesWithSubfolders.get(0)[2]);
		assertTrue(filesWithSubfolders.get(0)[1].endsWith("KB") || filesWithSubfolders.get(0)[1].endsWith("B"));
		assertEquals(3, filesWithout.size(), "without subfolders old/c.pdf is not offered");
		assertEquals(base + "models", output.get(), "default output folder is models/ beside the PDFs");

		// Finish ran the batch over the two valid, checked files (empty.pdf is unchecked, c.pdf was dropped).
		Workbenches.joinExtraction();
		List<DatasheetItem> datasheets = ExtractionQueue.getDefault().items();
		assertEquals(List.of(sheets.getFile("a.pdf"), sheets.getFile("b.pdf")),
				datasheets.stream().map(DatasheetItem::file).toList());
		assertTrue(datasheets.stream().allMatch(t -> t.state().isFinal()), datasheets::toString);

		IFolder models = sheets.getFolder("models");
		assertTrue(models.exists(), "the output folder is in the workspace without a manual refresh");
		DatasheetItem diode = datasheets.get(0);
		assertEquals("done", diode.state().id(), () -> diode + ": " + diode.failureMessage());
		assertEquals(List.of("ESP4148"), diode.outcome().parts());
		assertTrue(models.getFile(diode.outcome().modelFiles().get(0)).exists(),
				"the model file is in the workspace at once: " + diode.outcome().modelFiles());
		assertTrue(Arrays.stream(models.members()).anyMatch(r -> r.getName().endsWith(".batch.jsonl")),
				"the batch journal was written to the output folder");
		assertEquals("zener", kindCell.get());
		assertEquals(DeviceKind.ZENER, BatchJournal.read(diode.journal()).items().get(1).kindOverride(),
				"the per-file kind reached the batch");
		assertEquals(null, BatchJournal.read(diode.journal()).items().get(0).kindOverride());
		for (DatasheetItem datasheet : datasheets) {
			IMarker[] markers = datasheet.file().findMarkers(DatasheetMarkers.TYPE, false, IResource.DEPTH_ZERO);
			assertEquals(datasheet.state() instanceof ItemState.Failed ? 1 : 0, markers.length, datasheet.toString());
			if (datasheet.state() instanceof ItemState.Failed) {
				assertNotNull(datasheet.failureMessage());
				assertEquals(datasheet.failureCategory().id(), markers[0].getAttribute(DatasheetMarkers.CATEGORY, ""));
			}
		}
		Workbenches.spin(Duration.ofMillis(300));
		Workbenches.screenshot("batch-view-after-wizard");
	}

	@Test
	void filesPageRefusesASelectionWithoutValidPdfs() throws Exception {
		IFile empty = project.getFile("empty.pdf");
		empty.create(new ByteArrayInputStream(new byte[0]), true, null);
		AtomicReference<String> error = new AtomicReference<>();
		AtomicReference<Boolean> canGoOn = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Workbenches.whenOpened(WizardDialog.class, dialog -> {
			DatasheetFilesPage page = (DatasheetFilesPage) dialog.getCurrentPage();
			error.set(page.getErrorMessage());
			canGoOn.set(page.isPageComplete());
			dialog.close();
		}, failure::set);
		Workbenches.executeCommand(ExtractModelsHandler.COMMAND_ID, new StructuredSelection(empty));
		assertNull(failure.get());
		assertFalse(canGoOn.get());
		assertEquals("Check at least one valid PDF datasheet.", error.get());
		assertTrue(ExtractionQueue.getDefault().items().isEmpty(), "cancelling the wizard starts nothing");
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
}
