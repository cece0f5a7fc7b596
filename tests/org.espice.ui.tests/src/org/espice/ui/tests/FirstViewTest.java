package org.espice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;
import org.espice.eclipse.internal.jobs.EspiceJobFamilies;
import org.espice.eclipse.internal.jobs.SampleBatchJob;
import org.espice.eclipse.internal.model.ExtractionQueue;
import org.espice.samples.SampleDatasheets;
import org.espice.ui.internal.views.BatchView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The SPICE Batch view with no batch: it offers a folder of the workspace, or the sample datasheets. */
@ExtendWith(WorkspaceLogOnFailure.class)
class FirstViewTest {

	private BatchView view;

	@BeforeEach
	void setUp() throws Exception {
		Workbenches.prepareWindow();
		Workbenches.joinExtraction();
		ExtractionQueue.getDefault().clearFinished();
		view = (BatchView) Workbenches.window().getActivePage().showView(BatchView.ID);
		Workbenches.spinUntil(() -> view.getFirstUse().getVisible(), Duration.ofSeconds(10),
				() -> "the first-use panel of an empty view");
	}

	@AfterEach
	void tearDown() throws Exception {
		Job.getJobManager().cancel(EspiceJobFamilies.EXTRACTION);
		Workbenches.joinExtraction();
		ExtractionQueue.getDefault().clearFinished();
		for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (p.getName().startsWith(SampleBatchJob.PROJECT_NAME)) {
				p.delete(true, true, null);
			}
		}
	}

	@Test
	void trySamplesWritesThemIntoANewProjectAndRunsThem() throws Exception {
		assertTrue(view.getSamplesLink().getText().contains("Try it on sample datasheets"));
		Workbenches.screenshot("first-view");
		view.getSamplesLink().notifyListeners(SWT.Selection, new Event());
		AtomicReference<IProject> made = new AtomicReference<>();
		Workbenches.spinUntil(() -> {
			made.set(ResourcesPlugin.getWorkspace().getRoot().getProject(SampleBatchJob.PROJECT_NAME));
			return made.get().exists() && Job.getJobManager().find(EspiceJobFamilies.EXTRACTION).length == 0;
		}, Duration.ofMinutes(3), () -> "the sample project and its batch");
		IFolder sheets = made.get().getFolder("datasheets");
		IFolder models = made.get().getFolder("models");
		models.refreshLocal(IResource.DEPTH_ONE, null);
		int n = SampleDatasheets.catalog().size();
		assertEquals(n, count(sheets, "pdf"), "one PDF per sample");
		assertTrue(count(models, "lib") >= n, "a model per sample part, at least");
		Workbenches.spinUntil(() -> !view.getFirstUse().getVisible(), Duration.ofSeconds(10),
				() -> "the panel to give way to the batch");
		Workbenches.screenshot("first-view-samples-done");
	}

	@Test
	void fromAFolderAsksForTheFolder() {
		AtomicBoolean asked = new AtomicBoolean();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Workbenches.whenOpened(ContainerSelectionDialog.class, d -> {
			asked.set(true);
			d.close();
		}, failure::set);
		view.getFromFolderLink().notifyListeners(SWT.Selection, new Event());
		assertTrue(asked.get(), "a folder dialog opened; " + failure.get());
	}

	private static long count(IFolder folder, String extension) {
		try {
			return Arrays.stream(folder.members()).filter(r -> extension.equals(r.getFileExtension())).count();
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}
}
