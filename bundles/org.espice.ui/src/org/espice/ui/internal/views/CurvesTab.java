package org.espice.ui.internal.views;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.espice.core.Plot;
import org.espice.core.simulate.ModelCurves;
import org.espice.core.spice.FittedModel;
import org.espice.eclipse.internal.jobs.CurvesJob;
import org.espice.ui.internal.Messages;

/**
 * The details' Curves tab. The model's side: a choice of curve, a status line, and the plot of the chosen curve
 * against its datasheet points, simulated in a job the first time the tab shows these models; beside it the
 * datasheet's own plots as read.
 */
final class CurvesTab {

	private final SashForm control;
	private final Combo curveChoice;
	private final CLabel curvesStatus;
	private final CurvePlot plot;
	private final DatasheetPlotsPane datasheetPlots;
	/** Curves already simulated, by the models they show; weak, as the models are held by their batches. */
	private final Map<List<FittedModel>, CurvesJob.Result> simulated = new WeakHashMap<>();
	private List<FittedModel> models = List.of();
	/** The models whose curves are shown or being simulated. */
	private List<FittedModel> curvesOf;

	/**
	 * @param parent  the tab folder
	 * @param toolbar where the curve choice and the status line go: the tab row, so that a docked view's little
	 *                height goes to the plot
	 */
	CurvesTab(Composite parent, Composite toolbar) {
		control = new SashForm(parent, SWT.HORIZONTAL);
		GridLayout bar = new GridLayout(2, false);
		bar.marginHeight = 0;
		bar.marginWidth = 0;
		toolbar.setLayout(bar);
		curveChoice = new Combo(toolbar, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).align(SWT.FILL, SWT.CENTER)
				.applyTo(curveChoice);
		// one line beside the choice (the whole text in its tooltip)
		curvesStatus = new CLabel(toolbar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(1, SWT.DEFAULT)
				.applyTo(curvesStatus);
		plot = new CurvePlot(control, SWT.NONE);
		plot.setShowTitle(false); // the choice names the curve
		curveChoice.addListener(SWT.Selection, e -> {
			CurvesJob.Result result = curvesOf == null ? null : simulated.get(curvesOf);
			int i = curveChoice.getSelectionIndex();
			plot.setCurve(result == null || i < 0 || i >= result.curves().size() ? null : result.curves().get(i));
		});
		datasheetPlots = new DatasheetPlotsPane(control);
		// the model's curves are what a reviewer reads first: they get the larger share
		control.setWeights(3, 2);
	}

	Composite getControl() {
		return control;
	}

	CurvePlot getPlot() {
		return plot;
	}

	DatasheetPlotsPane getDatasheetPlots() {
		return datasheetPlots;
	}

	/**
	 * Takes the selected datasheet's fitted models and the plots read from it ({@code pdf} null when there is no
	 * file to draw them from); nothing is simulated or drawn before the tab is in front.
	 */
	void show(List<FittedModel> fitted, Path pdf, List<Plot> plots) {
		models = fitted;
		datasheetPlots.show(pdf, plots);
		// no datasheet plot to show beside the model's: the model's curves take the whole tab
		control.setMaximizedControl(plots.isEmpty() ? plot : null);
		curvesOf = null;
	}

	/** Draws the chosen datasheet plot and starts the simulation of the models' curves when they are not yet known. */
	void showing() {
		datasheetPlots.drawIfShown();
		if (models == curvesOf) {
			return;
		}
		curvesOf = models;
		if (models.isEmpty()) {
			showCurves(new CurvesJob.Result(List.of(), List.of(Messages.DetailsPane_noModel)));
			return;
		}
		CurvesJob.Result known = simulated.get(models);
		if (known != null) {
			showCurves(known);
			return;
		}
		showCurves(new CurvesJob.Result(List.of(), List.of(Messages.DetailsPane_simulating)));
		List<FittedModel> requested = models;
		Display display = control.getDisplay();
		new CurvesJob(requested, result -> display.asyncExec(() -> {
			if (!control.isDisposed()) {
				simulated.put(requested, result);
				if (curvesOf == requested) {
					showCurves(result);
				}
			}
		})).schedule();
	}

	private void showCurves(CurvesJob.Result result) {
		curveChoice.setItems(result.curves().stream().map(ModelCurves.Curve::title).toArray(String[]::new));
		curveChoice.setEnabled(!result.curves().isEmpty());
		if (!result.curves().isEmpty()) {
			curveChoice.select(0);
		}
		plot.setCurve(result.curves().isEmpty() ? null : result.curves().get(0));
		curvesStatus.setText(String.join("; ", result.problems())); //$NON-NLS-1$
		curvesStatus.setToolTipText(curvesStatus.getText().isEmpty() ? null : curvesStatus.getText());
		curvesStatus.getParent().layout(true, true);
	}
}
