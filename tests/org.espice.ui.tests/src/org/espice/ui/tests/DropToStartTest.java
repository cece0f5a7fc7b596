package org.espice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.espice.eclipse.internal.workspace.ExternalDatasheets;
import org.espice.samples.SampleDatasheets;
import org.espice.ui.internal.views.BatchView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dropping PDFs or folders on the SPICE Batch view opens the wizard on them. The drop is handed over as the view's
 * drop targets hand it: the Project Explorer's selection, or the file manager's paths.
 */
@ExtendWith(WorkspaceLogOnFailure.class)
class DropToStartTest {

	@TempDir
	Path desktop;

	private IProject project;
	private BatchView view;

	@BeforeEach
	void setUp() throws Exception {
		project = Workbenches.openProject("drop");
		view = (BatchView) Workbenches.window().getActivePage().showView(BatchView.ID);
	}

	@AfterEach
	void tearDown() throws Exception {
		Workbenches.closeProject(project);
	}

	/** Drops {@code data} and returns the files page's rows and message once the wizard shows them. */
	private List<String> dropAndRead(Object data, AtomicReference<String> message) {
		List<String> rows = new ArrayList<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Workbenches.whenOpened(WizardDialog.class, dialog -> {
			Table files = Workbenches.find(dialog.getShell(), Table.class).get(0);
			for (TableItem i : files.getItems()) {
				rows.add(i.getText(0));
			}
			message.set(dialog.getCurrentPage().getMessage());
			dialog.close();
		}, failure::set);
		view.dropped(data);
		Workbenches.spinUntil(() -> !rows.isEmpty() || failure.get() != null, Duration.ofSeconds(30),
				() -> "the wizard on the dropped files");
		assertNull(failure.get());
		return rows;
	}

	@Test
	void aFolderDroppedFromTheProjectExplorerOpensTheWizardOnItsPdfs() throws Exception {
		IFolder sheets = project.getFolder("sheets");
		sheets.create(true, true, null);
		Workbenches.createSample(sheets.getFile("ESP4148.pdf"), "ESP4148.pdf", 0);
		Workbenches.createSample(sheets.getFile("ESP3904.pdf"), "ESP3904.pdf", 0);
		AtomicReference<String> message = new AtomicReference<>();
		List<String> rows = dropAndRead(new StructuredSelection(sheets), message);
		assertEquals(2, rows.size(), rows.toString());
		assertTrue(rows.stream().allMatch(r -> r.startsWith(project.getName() + "/sheets/")), rows.toString());
		assertNull(message.get(), "nothing was copied");
	}

	@Test
	void filesFromTheDesktopAreCopiedIntoAProjectFolderTheWizardNames() throws Exception {
		List<Path> written = SampleDatasheets.write(desktop);
		Path one = written.get(0);
		AtomicReference<String> message = new AtomicReference<>();
		List<String> rows = dropAndRead(new String[] { one.toString() }, message);
		IFolder copies = ExternalDatasheets.target(null);
		IFile copy = copies.getFile(one.getFileName().toString());
		assertTrue(copy.exists(), "copied into " + copies.getFullPath());
		assertTrue(Files.size(one) == copy.getLocation().toFile().length());
		assertEquals(List.of(copy.getFullPath().makeRelative().toString()), rows);
		assertTrue(message.get() != null && message.get().contains(copies.getFullPath().makeRelative().toString()),
				"the wizard says where: " + message.get());
	}
}
