package org.espice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.espice.core.Parameter;
import org.espice.core.extract.ValueOnPage;
import org.espice.eclipse.internal.model.DatasheetItem;
import org.espice.eclipse.internal.preferences.EspicePreferences;
import org.espice.ui.internal.views.BatchView;
import org.espice.ui.internal.views.DatasheetPageDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** "Show in Datasheet": a value's page rendered off the UI thread, its row outlined where the value was read. */
@ExtendWith(WorkspaceLogOnFailure.class)
class ShowInDatasheetTest {

	private IProject project;
	private BatchView view;

	@BeforeEach
	void setUp() throws Exception {
		project = Workbenches.openProject("page");
		view = (BatchView) Workbenches.window().getActivePage().showView(BatchView.ID);
	}

	@AfterEach
	void tearDown() throws Exception {
		Workbenches.closeProject(project);
	}

	@Test
	void theOutlineLandsOnTheRowsBoxAndNextValueMovesOn() throws Exception {
		IFolder sheets = project.getFolder("sheets");
		sheets.create(true, true, null);
		Workbenches.createSample(sheets.getFile("ESP3904.pdf"), "ESP3904.pdf", 0);
		List<DatasheetItem> done = Workbenches.runBatch(sheets, EspicePreferences.batchDefaults(),
				project.getFolder("models"));
		Workbenches.select(view, done.get(0));
		Workbenches.spinUntil(() -> view.getDetails().getTable().getItemCount() > 1, Duration.ofSeconds(10),
				() -> "the values of the datasheet");
		view.getDetails().getTable().setSelection(0);
		view.getDetails().setSelection(view.getDetails().getSelection());
		DatasheetPageDialog dialog = view.showInDatasheet();
		assertNotNull(dialog, "a value with a page is selected");
		try {
			Workbenches.spinUntil(() -> dialog.shown() != null, Duration.ofSeconds(20), () -> "the page rendered");
			Parameter first = dialog.value();
			Rectangle box = dialog.shown().box();
			assertNotNull(box, first + " has a box");
			assertEquals(first.source().page(), dialog.shown().where().page());
			ImageData data = dialog.image().getImageData();
			RGB edge = data.palette.getRGB(data.getPixel(box.x, box.y + box.height / 2));
			assertEquals(new RGB(ValueOnPage.OUTLINE.getRed(), ValueOnPage.OUTLINE.getGreen(),
					ValueOnPage.OUTLINE.getBlue()), edge, "the outline sits on the row's box " + box);
			assertTrue(box.x >= 0 && box.y >= 0 && box.x + box.width <= data.width && box.y + box.height <= data.height);
			Workbenches.screenshot("show-in-datasheet");

			dialog.step(1);
			Workbenches.spinUntil(() -> dialog.shown() != null, Duration.ofSeconds(20), () -> "the next value");
			assertNotSame(first, dialog.value(), "the next value of the datasheet");
			int width = dialog.image().getBounds().width;
			dialog.zoomBy(1);
			Workbenches.spinUntil(() -> dialog.shown() != null, Duration.ofSeconds(20), () -> "the zoomed page");
			assertTrue(dialog.image().getBounds().width > width, "zoomed in");
		} finally {
			dialog.close();
		}
	}

	@Test
	void theSystemViewerOpensAtThePageWhereItTakesOne() {
		java.nio.file.Path pdf = java.nio.file.Path.of("/data/sheets/a b.pdf");
		assertEquals(java.util.List.of("evince", "--page-index=3", "/data/sheets/a b.pdf"),
				org.espice.ui.internal.views.SystemViewer.command(pdf, 3, p -> true), "the first viewer found");
		assertEquals(java.util.List.of("okular", "--page", "7", "/data/sheets/a b.pdf"),
				org.espice.ui.internal.views.SystemViewer.command(pdf, 7, "okular"::equals));
		assertEquals(null, org.espice.ui.internal.views.SystemViewer.command(pdf, 7, p -> false),
				"none: the desktop's own viewer opens it, at its first page");
	}
}
