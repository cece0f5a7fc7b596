package org.espice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.espice.eclipse.internal.workspace.DatasheetCollector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Which files a selection stands for. The PDFs here are empty files: only names and places matter. */
@ExtendWith(WorkspaceLogOnFailure.class)
class DatasheetCollectorTest {

	private IProject project;

	@BeforeEach
	void setUp() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("collector-" + System.nanoTime());
		project.create(null);
		project.open(null);
	}

	@AfterEach
	void tearDown() throws Exception {
		project.delete(true, true, null);
	}

	private IFile file(String path) throws Exception {
		IFile file = project.getFile(path);
		if (file.getParent() instanceof IFolder folder) {
			createFolders(folder);
		}
		file.create(new ByteArrayInputStream(new byte[0]), true, null);
		return file;
	}

	private static void createFolders(IFolder folder) throws Exception {
		if (folder.getParent() instanceof IFolder parent && !parent.exists()) {
			createFolders(parent);
		}
		if (!folder.exists()) {
			folder.create(true, true, null);
		}
	}

	@Test
	void foldersContributeTheirPdfsRecursivelyInPathOrderOnce() throws Exception {
		// Layout: lib/{b.pdf, A.PDF, notes.txt, sub/c.pdf, sub/deeper/d.Pdf}, bin/copy.pdf (derived)
		IFile b = file("lib/b.pdf");
		IFile a = file("lib/A.PDF");
		file("lib/notes.txt");
		IFile c = file("lib/sub/c.pdf");
		IFile d = file("lib/sub/deeper/d.Pdf");
		file("bin/copy.pdf");
		project.getFolder("bin").setDerived(true, null);

		IFolder lib = project.getFolder("lib");
		assertEquals(List.of(a, b, c, d), DatasheetCollector.collect(new StructuredSelection(List.of(lib, b)), true));
		assertEquals(List.of(a, b), DatasheetCollector.collect(new StructuredSelection(lib), false));
		assertEquals(List.of(a, b, c, d), DatasheetCollector.collect(new StructuredSelection(project), true),
				"derived folders (build output) are skipped");
	}

	@Test
	void nonPdfFilesAndOtherObjectsContributeNothing() throws Exception {
		IFile text = file("readme.txt");
		assertEquals(List.of(), DatasheetCollector.collect(new StructuredSelection(List.of(text, "a string")), true));
		assertEquals(List.of(), DatasheetCollector.collect(StructuredSelection.EMPTY, true));
	}
}
