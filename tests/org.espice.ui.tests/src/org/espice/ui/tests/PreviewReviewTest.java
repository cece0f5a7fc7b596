package org.espice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Table;
import org.espice.core.batch.BatchConfig;
import org.espice.core.sample.SampleDatasheets;
import org.espice.ui.internal.jobs.BatchRunJob;
import org.espice.ui.internal.jobs.EspiceJobFamilies;
import org.espice.ui.internal.model.DatasheetTask;
import org.espice.ui.internal.model.ExtractionQueue;
import org.espice.ui.internal.model.TaskState;
import org.espice.ui.internal.views.BatchView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Preview before write: the file stops for review, its values show in the details pane, accept writes. */
class PreviewReviewTest {

	private IProject project;

	@BeforeEach
	void setUp() throws Exception {
		Workbenches.prepareWindow();
		ExtractionQueue.getDefault().clearFinished();
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("review-" + System.nanoTime());
		project.create(null);
		project.open(null);
	}

	@AfterEach
	void tearDown() throws Exception {
		Job.getJobManager().cancel(EspiceJobFamilies.EXTRACTION);
		Job.getJobManager().join(EspiceJobFamilies.EXTRACTION, new NullProgressMonitor());
		ExtractionQueue.getDefault().clearFinished();
		project.delete(true, true, null);
	}

	@Test
	void previewStopsForReviewAndAcceptFinishesTheFile() throws Exception {
		// The core's embedded sample of a switching diode: a datasheet extraction can read.
		IFolder folder = project.getFolder("review");
		folder.create(true, true, null);
		IFile pdf = folder.getFile("ESP4148.pdf");
		pdf.create(new ByteArrayInputStream(SampleDatasheets.layout("ESP4148.pdf").toBytes(null)), true, null);

		BatchView view = (BatchView) Workbenches.window().getActivePage().showView(BatchView.ID);
		List<DatasheetTask> tasks = ExtractionQueue.getDefault().submit(List.of(pdf));
		BatchRunJob job = new BatchRunJob(tasks, BatchConfig.defaults().withPreviewBeforeWrite(true),
				folder.getFolder("models"));
		job.schedule();
		DatasheetTask task = tasks.get(0);
		Workbenches.spinUntil(() -> task.state() == TaskState.AWAITING_REVIEW || task.state().isFinal(),
				Duration.ofSeconds(60), () -> "the file to await review, it is " + task);
		assertEquals(TaskState.AWAITING_REVIEW, task.state(), () -> task + " " + task.failureMessage());
		assertEquals(Job.RUNNING, job.getState(), "the batch job waits while a file awaits review");

		view.getViewer().setSelection(new StructuredSelection(task), true);
		Workbenches.spin(Duration.ofMillis(200));
		Table details = view.getDetails().getTable();
		assertTrue(details.getItemCount() > 0, "the details pane lists the values read");
		assertTrue(java.util.Arrays.stream(details.getItems()).anyMatch(i -> !i.getText(6).isEmpty()),
				"values name their source page");
		view.editReviewValue(0, 1, 1.5e-3);
		assertEquals("0.001500", details.getItem(0).getText(2), "the edited typ value shows in the pane");
		Workbenches.screenshot("batch-view-review");

		view.acceptSelected();
		Job.getJobManager().join(EspiceJobFamilies.EXTRACTION, new NullProgressMonitor());
		Workbenches.spinUntil(() -> task.state().isFinal(), Duration.ofSeconds(30), () -> "the file to finish");
		assertTrue(task.state() == TaskState.DONE || task.state() == TaskState.FAILED, task.toString());
		if (task.state() == TaskState.DONE) {
			assertTrue(!task.outcome().modelFiles().isEmpty());
			assertTrue(folder.getFolder("models").getFile(task.outcome().modelFiles().get(0)).exists(),
					"the model is in the workspace at once");
		}
	}
}
