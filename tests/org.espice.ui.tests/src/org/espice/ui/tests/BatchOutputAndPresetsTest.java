package org.espice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Spinner;
import org.espice.core.batch.BatchConfig;
import org.espice.eclipse.internal.jobs.EspiceJobFamilies;
import org.espice.eclipse.internal.jobs.HistoryJob;
import org.espice.eclipse.internal.model.BatchHistory;
import org.espice.eclipse.internal.model.DatasheetItem;
import org.espice.eclipse.internal.model.ExtractionQueue;
import org.espice.eclipse.internal.workspace.ProjectPresets;
import org.espice.ui.internal.handlers.BatchOutputHandler;
import org.espice.ui.internal.handlers.ExtractModelsHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** ZIP export and reports of a finished batch, and presets saved, loaded and deleted in the wizard. */
@ExtendWith(WorkspaceLogOnFailure.class)
class BatchOutputAndPresetsTest {

	private IProject project;
	private IFolder sheets;

	@BeforeEach
	void setUp() throws Exception {
		project = Workbenches.openProject("output");
		sheets = project.getFolder("sheets");
		sheets.create(true, true, null);
		Workbenches.createPdf(sheets.getFile("x.pdf"), "X", 1);
		Workbenches.createPdf(sheets.getFile("y.pdf"), "Y", 2);
	}

	@AfterEach
	void tearDown() throws Exception {
		Workbenches.closeProject(project);
	}

	@Test
	void exportZipAndReportsLandInTheOutputFolder() throws Exception {
		IFolder models = sheets.getFolder("models");
		Workbenches.runBatch(sheets, BatchConfig.defaults(), models);

		Workbenches.executeCommand(BatchOutputHandler.EXPORT_ZIP_ID, StructuredSelection.EMPTY);
		Workbenches.joinExtraction();
		IFile zip = Arrays.stream(models.members()).filter(r -> r.getName().endsWith(".zip"))
				.map(IFile.class::cast).findFirst().orElseThrow(() -> new AssertionError("no ZIP in " + models));
		List<String> entries = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(zip.getContents())) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				entries.add(e.getName());
			}
		}
		assertTrue(entries.stream().anyMatch(e -> e.endsWith(".report.md")), entries.toString());
		assertTrue(entries.stream().anyMatch(e -> e.contains("journal/")), entries.toString());

		Workbenches.executeCommand(BatchOutputHandler.OPEN_REPORT_ID, StructuredSelection.EMPTY);
		Workbenches.joinExtraction();
		Workbenches.spinUntil(() -> Workbenches.window().getActivePage().getActiveEditor() != null,
				java.time.Duration.ofSeconds(5), () -> "the Markdown report opened in an editor");
		IFile md = Arrays.stream(models.members()).filter(r -> r.getName().endsWith(".report.md"))
				.map(IFile.class::cast).findFirst().orElseThrow();
		assertTrue(md.exists());
		assertEquals(md.getName(), Workbenches.window().getActivePage().getActiveEditor().getEditorInput().getName());
		Workbenches.window().getActivePage().closeAllEditors(false);
	}

	@Test
	void pastBatchesComeBackFromTheirJournals() throws Exception {
		IFolder models = sheets.getFolder("models");
		List<DatasheetItem> items = Workbenches.runBatch(sheets, BatchConfig.defaults(), models);
		List<String> states = items.stream().map(t -> t.state().id()).toList();

		// As after a restart: nothing in the queue, the history read back from the workspace.
		ExtractionQueue.getDefault().clearFinished();
		new HistoryJob().schedule();
		Job.getJobManager().join(EspiceJobFamilies.HOUSEKEEPING, new NullProgressMonitor());
		BatchHistory.Entry entry = BatchHistory.getDefault().entries().stream()
				.filter(e -> e.output().equals(models)).findFirst()
				.orElseThrow(() -> new AssertionError("no history entry for " + models));
		assertEquals(2, entry.total());

		List<DatasheetItem> restored = BatchHistory.restore(entry);
		assertEquals(List.of(sheets.getFile("x.pdf"), sheets.getFile("y.pdf")),
				restored.stream().map(DatasheetItem::file).toList());
		assertEquals(states, restored.stream().map(t -> t.state().id()).toList());
		assertTrue(restored.stream().allMatch(t -> t.journal() != null && t.origin() != null));
	}

	@Test
	void presetsAreSavedLoadedAndDeletedPerProject() throws Exception {
		AtomicReference<Throwable> failure = new AtomicReference<>();
		List<Integer> parallelismAfterLoad = new ArrayList<>();
		List<List<String>> namesSeen = new ArrayList<>();
		Workbenches.whenOpened(WizardDialog.class, dialog -> {
			Workbenches.click(dialog.getShell(), "Next >");
			Control page = dialog.getCurrentPage().getControl();
			List<Spinner> spinners = Workbenches.find(page, Spinner.class); // parallelism, retries, timeout
			List<Combo> combos = Workbenches.find(page, Combo.class); // dialect, kind, preset
			Combo preset = combos.get(2);
			spinners.get(0).setSelection(5);
			spinners.get(2).setSelection(33);
			preset.setText("fast parts");
			Workbenches.click(page, "Save");
			namesSeen.add(Arrays.asList(preset.getItems()));
			spinners.get(0).setSelection(1);
			spinners.get(2).setSelection(120);
			preset.setText("fast parts");
			Workbenches.click(page, "Load");
			parallelismAfterLoad.add(spinners.get(0).getSelection());
			parallelismAfterLoad.add(spinners.get(2).getSelection());
			Workbenches.screenshot("wizard-presets");
			preset.setText("fast parts");
			Workbenches.click(page, "Delete");
			namesSeen.add(Arrays.asList(preset.getItems()));
			dialog.close();
		}, failure::set);
		Workbenches.executeCommand(ExtractModelsHandler.COMMAND_ID, new StructuredSelection(sheets));
		assertNull(failure.get(), () -> "driving the wizard failed: " + failure.get());
		assertEquals(List.of("fast parts"), namesSeen.get(0));
		assertEquals(List.of(5, 33), parallelismAfterLoad, "loading the preset restores parallelism and timeout");
		assertEquals(List.of(), namesSeen.get(1));
		assertFalse(project.getFile(".espice/presets/fast parts.json").exists());

		ProjectPresets presets = new ProjectPresets(project);
		presets.save("ci", BatchConfig.defaults().withParallelism(3));
		assertTrue(project.getFile(".espice/presets/ci.json").exists(), "the preset is a file in the project");
		assertEquals(3, presets.load("ci").parallelism());
		assertFalse(ProjectPresets.isValidName("../escape"));
	}
}
