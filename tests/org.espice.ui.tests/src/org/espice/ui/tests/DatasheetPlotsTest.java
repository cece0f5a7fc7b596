package org.espice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.IWorkbenchPage;
import org.espice.core.batch.BatchConfig;
import org.espice.core.batch.ItemState;
import org.espice.eclipse.internal.model.DatasheetItem;
import org.espice.tests.common.TestPdfs;
import org.espice.ui.internal.views.BatchView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Curves tab of the SPICE Batch view shows the datasheet's own plots beside the model's: one line per plot read
 * from the selected datasheet, and the chosen plot drawn over its page by the engine's overlay renderer.
 */
@ExtendWith(WorkspaceLogOnFailure.class)
class DatasheetPlotsTest {

	@TempDir
	Path tmp;
	private IProject project;

	@BeforeEach
	void setUp() throws Exception {
		project = Workbenches.openProject("plots");
	}

	@AfterEach
	void tearDown() throws Exception {
		Workbenches.closeProject(project);
	}

	@Test
	void curvesTabListsTheDatasheetPlotsAndDrawsTheChosenOne() throws Exception {
		IFolder sheets = project.getFolder("sheets");
		sheets.create(true, true, null);
		IFile pdf = sheets.getFile("ESP5201.pdf");
		Path generated = TestPdfs.datasheetWithPlot(tmp.resolve("ESP5201.pdf"), "ESP5201");
		pdf.create(Files.newInputStream(generated), true, null);
		BatchView view = (BatchView) Workbenches.window().getActivePage().showView(BatchView.ID);
		DatasheetItem item = Workbenches.runBatch(sheets, BatchConfig.defaults(), sheets.getFolder("models")).get(0);
		Workbenches.spinUntil(() -> item.state() instanceof ItemState.Done, Duration.ofSeconds(30), item::toString);

		view.showDetailsTab(0);
		Workbenches.select(view, item);
		String[] lines = view.getDatasheetPlotLines();
		assertEquals(1, lines.length, String.join("\n", lines));
		assertTrue(lines[0].startsWith("p.2 OUTPUT \"Figure 1. Output Characteristics\": x VDS 0..10 V linear"),
				lines[0]);
		assertEquals(null, view.getDatasheetPlotImage(), "nothing is drawn before the Curves tab is shown");

		view.showDetailsTab(2);
		Workbenches.spinUntil(() -> view.getDatasheetPlotImage() != null, Duration.ofSeconds(30),
				() -> "the first plot drawn over its page");
		Rectangle image = view.getDatasheetPlotImage();
		// the frame is 200 x 150 pt, drawn at least 1.5 pixels a point, with axes and title around it
		assertTrue(image.width > 300 && image.height > 225, image.toString());
		IWorkbenchPage page = Workbenches.window().getActivePage();
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		Workbenches.spin(Duration.ofMillis(300));
		Workbenches.screenshot("batch-view-datasheet-plots");
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
	}
}
