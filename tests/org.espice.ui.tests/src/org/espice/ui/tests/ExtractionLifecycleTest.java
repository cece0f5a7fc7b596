package org.espice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.espice.core.batch.ItemState;
import org.espice.eclipse.internal.jobs.CurvesJob;
import org.espice.eclipse.internal.jobs.EspiceJobFamilies;
import org.espice.eclipse.internal.model.DatasheetMarkers;
import org.espice.eclipse.internal.model.DatasheetItem;
import org.espice.eclipse.internal.model.ExtractionQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Failures as problem markers, retry, and cancel, driven through the commands of the Batch view toolbar. */
@ExtendWith(WorkspaceLogOnFailure.class)
class ExtractionLifecycleTest {

	private IProject project;

	@BeforeEach
	void setUp() throws Exception {
		project = Workbenches.openProject("lifecycle");
	}

	@AfterEach
	void tearDown() throws Exception {
		Workbenches.closeProject(project);
	}

	@Test
	void failedFileGetsAProblemMarkerThatASuccessfulRetryRemoves() throws Exception {
		IFile broken = project.getFile("broken.pdf");
		broken.create(new ByteArrayInputStream("not a PDF at all".getBytes(StandardCharsets.US_ASCII)), true, null);

		Workbenches.extractWithWizard(new StructuredSelection(broken), null, null);
		Workbenches.joinExtraction();
		IMarker[] markers = broken.findMarkers(DatasheetMarkers.TYPE, false, IResource.DEPTH_ZERO);
		assertEquals(1, markers.length);
		assertEquals(IMarker.SEVERITY_ERROR, markers[0].getAttribute(IMarker.SEVERITY, -1));
		assertEquals("invalid-input", markers[0].getAttribute(DatasheetMarkers.CATEGORY, ""));
		assertTrue(markers[0].getAttribute(IMarker.MESSAGE, "").startsWith("broken.pdf: "),
				markers[0].getAttribute(IMarker.MESSAGE, ""));
		assertTrue(markers[0].isSubtypeOf(IMarker.PROBLEM), "shows in the Problems view");

		// The user fixes the file and retries the failed ones from the view's toolbar.
		IFile fixed = project.getFile("fixed.pdf");
		Workbenches.createSample(fixed, "ESP4148.pdf", 0);
		broken.setContents(fixed.getContents(), true, false, null);
		Workbenches.executeCommand("org.espice.ui.commands.retryFailed", StructuredSelection.EMPTY);
		Workbenches.joinExtraction();

		assertEquals(0, broken.findMarkers(DatasheetMarkers.TYPE, false, IResource.DEPTH_ZERO).length);
		DatasheetItem item = ExtractionQueue.getDefault().items().stream().filter(t -> t.file().equals(broken))
				.findFirst().orElseThrow();
		assertEquals("done", item.state().id(), item::failureMessage);
		assertEquals(List.of("ESP4148"), item.outcome().parts());
	}

	@Test
	void cancelStopsTheWholeBatch() throws Exception {
		IFolder folder = project.getFolder("many");
		folder.create(true, true, null);
		for (int i = 0; i < 40; i++) {
			Workbenches.createSample(folder.getFile(String.format("part%02d.pdf", i)), "ESP60N30.pdf", i + 1);
		}
		Workbenches.extractWithWizard(new StructuredSelection(folder), null, null);
		long start = System.nanoTime();
		Workbenches.executeCommand("org.espice.ui.commands.cancelExtraction", StructuredSelection.EMPTY);
		Workbenches.joinExtraction();
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.println("Cancel of a 40-file batch: every job ended " + millis + " ms after the command");
		// the files left cancelled below show that the cancel landed; this bound only catches a hang
		assertTrue(millis < 20_000, "cancel took " + millis + " ms");

		List<DatasheetItem> items = ExtractionQueue.getDefault().items();
		assertEquals(40, items.size());
		assertTrue(items.stream().allMatch(t -> t.state().isFinal()), "no file left queued or running: " + items);
		long cancelled = items.stream().filter(t -> t.state() instanceof ItemState.Cancelled).count();
		assertTrue(cancelled > 0, "some files were cancelled: " + items);

		// The cancelled ones can be run again.
		Workbenches.executeCommand("org.espice.ui.commands.retryFailed", StructuredSelection.EMPTY);
		Workbenches.joinExtraction();
		Workbenches.spinUntil(() -> ExtractionQueue.getDefault().items().stream()
				.allMatch(t -> t.state() instanceof ItemState.Done), Duration.ofSeconds(20),
				() -> "all done after retry");
	}

	@Test
	void cancelExtractionLeavesCurveSimulationsAlone() throws Exception {
		CurvesJob curves = new CurvesJob(List.of(), result -> {
		});
		curves.schedule(60_000); // waiting to run: a cancel of its family would remove it
		try {
			assertEquals(Job.SLEEPING, curves.getState());
			Job.getJobManager().cancel(EspiceJobFamilies.EXTRACTION);
			assertEquals(Job.SLEEPING, curves.getState(), "Cancel Extraction left the curve simulation scheduled");
			Job.getJobManager().cancel(EspiceJobFamilies.CURVES);
			assertEquals(Job.NONE, curves.getState(), "its own family cancels it");
		} finally {
			curves.cancel();
		}
	}
}
