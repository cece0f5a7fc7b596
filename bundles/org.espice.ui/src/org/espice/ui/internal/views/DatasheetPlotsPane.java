package org.espice.ui.internal.views;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.espice.core.Plot;
import org.espice.core.extract.PlotSummary;
import org.espice.eclipse.internal.jobs.PlotOverlayJob;
import org.espice.ui.internal.Messages;

/**
 * The datasheet's own plots beside the model's curves: the plots read from the selected datasheet, one line each as
 * the command line prints them, and the chosen plot drawn over its page region by the engine's overlay renderer,
 * so the reading can be checked at a glance. Drawing runs in a job; a drawn plot is kept while its datasheet shows.
 */
final class DatasheetPlotsPane {

	private final Composite control;
	private final org.eclipse.swt.widgets.List list;
	private final Label status;
	private final Canvas canvas;
	/** Drawn plots of the datasheet shown, as PNG; dropped when another datasheet shows. */
	private final Map<Plot, byte[]> drawn = new HashMap<>();
	private Path pdf;
	private List<Plot> plots = List.of();
	private Plot wanted;
	private Image image;

	DatasheetPlotsPane(Composite parent) {
		control = new Composite(parent, SWT.NONE);
		control.setLayout(new GridLayout(1, false));
		Label heading = new Label(control, SWT.NONE);
		heading.setText(Messages.DatasheetPlots_heading);
		list = new org.eclipse.swt.widgets.List(control, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, list.getItemHeight() * 3).applyTo(list);
		list.addListener(SWT.Selection, e -> drawSelected());
		status = new Label(control, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		canvas = new Canvas(control, SWT.DOUBLE_BUFFERED);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 160).applyTo(canvas);
		canvas.addListener(SWT.Paint, e -> paint(e.gc));
		control.addListener(SWT.Dispose, e -> setImage(null));
		show(null, List.of());
	}

	Composite getControl() {
		return control;
	}

	/** Lists the plots read from {@code datasheet} (null when there is no file to draw them from). */
	void show(Path datasheet, List<Plot> read) {
		if (datasheet == null || !datasheet.equals(pdf) || !read.equals(plots)) {
			drawn.clear();
		}
		pdf = datasheet;
		plots = List.copyOf(read);
		wanted = null;
		list.setItems(plots.stream().map(PlotSummary::line).toArray(String[]::new));
		list.setEnabled(!plots.isEmpty());
		setImage(null);
		status.setText(plots.isEmpty() ? Messages.DatasheetPlots_none : Messages.DatasheetPlots_choose);
		control.layout(true, true);
	}

	/** Draws the chosen plot, the first when none is chosen; called when the Curves tab comes to the front. */
	void drawIfShown() {
		if (!plots.isEmpty() && list.getSelectionIndex() < 0) {
			list.select(0);
		}
		drawSelected();
	}

	private void drawSelected() {
		int i = list.getSelectionIndex();
		if (i < 0 || i >= plots.size() || pdf == null) {
			return;
		}
		Plot plot = plots.get(i);
		if (plot.equals(wanted) && image != null) {
			return;
		}
		wanted = plot;
		byte[] known = drawn.get(plot);
		if (known != null) {
			showPng(known);
			return;
		}
		status.setText(Messages.DatasheetPlots_drawing);
		Display display = control.getDisplay();
		Path source = pdf;
		new PlotOverlayJob(source, plot, result -> display.asyncExec(() -> {
			if (control.isDisposed() || !source.equals(pdf)) {
				return;
			}
			if (result.png() != null) {
				drawn.put(result.plot(), result.png());
			}
			if (result.plot().equals(wanted)) {
				if (result.png() != null) {
					showPng(result.png());
				} else {
					setImage(null);
					status.setText(result.problem());
				}
			}
		})).schedule();
	}

	private void showPng(byte[] png) {
		setImage(new Image(control.getDisplay(), new ByteArrayInputStream(png)));
		status.setText(wanted.reason() == null ? "" : wanted.reason()); //$NON-NLS-1$
		control.layout(true, true);
	}

	private void setImage(Image next) {
		if (image != null) {
			image.dispose();
		}
		image = next;
		if (!canvas.isDisposed()) {
			canvas.redraw();
		}
	}

	/** The image scaled to fit the canvas, its proportions kept, centred. */
	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		if (image == null || area.width <= 0 || area.height <= 0) {
			return;
		}
		Rectangle size = image.getBounds();
		double scale = Math.min(1.0 * area.width / size.width, 1.0 * area.height / size.height);
		int w = (int) (size.width * scale);
		int h = (int) (size.height * scale);
		gc.setAntialias(SWT.ON);
		gc.setInterpolation(SWT.HIGH);
		gc.drawImage(image, 0, 0, size.width, size.height, (area.width - w) / 2, (area.height - h) / 2, w, h);
	}

	/** The lines listed, for tests. */
	String[] lines() {
		return list.getItems();
	}

	/** The size of the drawn plot shown, or null while none is shown; for tests. */
	Rectangle imageBounds() {
		return image == null ? null : image.getBounds();
	}

}
