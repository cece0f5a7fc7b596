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
import org.eclipse.jface.viewers.StructuredSelection;
import org.espice.eclipse.internal.model.DatasheetMarkers;
import org.espice.eclipse.internal.model.DatasheetTask;
import org.espice.eclipse.internal.model.ExtractionQueue;
import org.espice.eclipse.internal.model.TaskState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Failures as problem markers, retry, and cancel, driven through the commands of the Batch view toolbar. */
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
		DatasheetTask task = ExtractionQueue.getDefault().tasks().stream().filter(t -> t.file().equals(broken))
				.findFirst().orElseThrow();
		assertEquals(TaskState.DONE, task.state(), task::failureMessage);
		assertEquals(List.of("ESP4148"), task.outcome().parts());
	}

	@Test
	void cancelStopsTheWholeBatchWithinASecond() throws Exception {
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
		assertTrue(millis < 1000, "cancel took " + millis + " ms");

		List<DatasheetTask> tasks = ExtractionQueue.getDefault().tasks();
		assertEquals(40, tasks.size());
		assertTrue(tasks.stream().allMatch(t -> t.state().isFinal()), "no file left queued or running: " + tasks);
		long cancelled = tasks.stream().filter(t -> t.state() == TaskState.CANCELED).count();
		assertTrue(cancelled > 0, "some files were cancelled: " + tasks);

		// The cancelled ones can be run again.
		Workbenches.executeCommand("org.espice.ui.commands.retryFailed", StructuredSelection.EMPTY);
		Workbenches.joinExtraction();
		Workbenches.spinUntil(() -> ExtractionQueue.getDefault().tasks().stream()
				.allMatch(t -> t.state() == TaskState.DONE), Duration.ofSeconds(20), () -> "all done after retry");
	}
}
