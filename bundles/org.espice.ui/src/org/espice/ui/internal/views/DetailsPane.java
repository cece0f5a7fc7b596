package org.espice.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.preference.JFacePreferences;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.espice.core.Device;
import org.espice.core.Parameter;
import org.espice.core.batch.Batch;
import org.espice.core.batch.ItemReview;
import org.espice.core.batch.ItemState;
import org.espice.core.spice.FittedModel;
import org.espice.core.spice.ModelParam;
import org.espice.core.spice.SpiceUnits;
import org.espice.eclipse.internal.jobs.BatchControlJob;
import org.espice.eclipse.internal.model.DatasheetItem;
import org.espice.ui.internal.Messages;

/**
 * What the selected datasheet gave: the values read, one row per parameter with min, typ, max (SI units),
 * unit, test conditions and source page, and the model parameters fitted from them, each saying whether a
 * datasheet value or a default set it and how. While the file awaits review the values are editable and
 * "Accept and Write Models" hands the edited values to the engine, which refits and writes. The third tab, the
 * models' curves beside the datasheet's plots, is a {@link CurvesTab}.
 */
final class DetailsPane {

	/** One table row: a parameter of one part. */
	record Row(int device, int parameter, Parameter value) {
	}

	/** One row of the model parameters: a parameter of one fitted model. */
	record ModelRow(String model, ModelParam parameter) {
	}

	/** The width the heading or the curve choice beside the tabs asks for; they get what the tabs leave. */
	private static final int TOP_RIGHT_WIDTH = 160;

	/** Shows and reads back the values in one locale: an unedited value must pass its own check. */
	private final ValueFormat values = ValueFormat.ofUser();
	private final Composite control;
	private final CLabel heading;
	private final Label reviewNote;
	private final Composite topRight;
	private final StackLayout topRightPages;
	private final Composite curvesBar;
	private final CTabFolder tabs;
	private final TableViewer table;
	private final TableViewer modelTable;
	private final CurvesTab curves;
	private final CTabItem curvesItem;
	private final Button accept;
	private final Button reject;
	private DatasheetItem datasheet;
	private List<Device> devices = List.of();
	private List<FittedModel> models = List.of();

	DetailsPane(Composite parent) {
		control = new Composite(parent, SWT.NONE);
		control.setLayout(new GridLayout(3, false));
		// while a file awaits review: a note and the decision buttons above the tabs
		reviewNote = new Label(control, SWT.NONE);
		reviewNote.setText(Messages.DetailsPane_reviewNote);
		reviewNote.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		accept = new Button(control, SWT.PUSH);
		accept.setLayoutData(new GridData());
		accept.setText(Messages.DetailsPane_accept);
		accept.addListener(SWT.Selection, e -> accept());
		reject = new Button(control, SWT.PUSH);
		reject.setLayoutData(new GridData());
		reject.setText(Messages.DetailsPane_reject);
		reject.addListener(SWT.Selection, e -> reject());
		tabs = new CTabFolder(control, SWT.TOP | SWT.FLAT);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(tabs);
		// beside the tabs, in the row they take anyway: the heading, or on the Curves tab the curve choice. A docked
		// view has little height; the values and the plot need it more than a heading row does
		topRight = new Composite(tabs, SWT.NONE);
		topRightPages = new StackLayout() {
			@Override
			protected Point computeSize(Composite composite, int wHint, int hHint, boolean flush) {
				// ask for little: the tabs come first, the heading or the curve choice take the rest of the row
				Point p = super.computeSize(composite, wHint, hHint, flush);
				return new Point(Math.min(p.x, TOP_RIGHT_WIDTH), p.y);
			}
		};
		topRight.setLayout(topRightPages);
		// one line, shortened with an ellipsis when the pane is narrow (the whole text in its tooltip)
		heading = new CLabel(topRight, SWT.NONE);
		heading.setMargins(6, 0, 2, 0);
		curvesBar = new Composite(topRight, SWT.NONE);
		topRightPages.topControl = heading;
		tabs.setTopRight(topRight, SWT.FILL);
		Composite holder = new Composite(tabs, SWT.NONE);
		tab(Messages.DetailsPane_valuesTab, holder);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		table = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		column(layout, Messages.DetailsPane_parameter, 15, r -> r.value().name(), -1);
		column(layout, Messages.DetailsPane_min, 10, r -> values.format(r.value().min(), r.value().unit()), 0);
		column(layout, Messages.DetailsPane_typ, 10, r -> values.format(r.value().typ(), r.value().unit()), 1);
		column(layout, Messages.DetailsPane_max, 10, r -> values.format(r.value().max(), r.value().unit()), 2);
		column(layout, Messages.DetailsPane_unit, 6, r -> r.value().unit() == null ? "" : r.value().unit(), -1); //$NON-NLS-1$
		column(layout, Messages.DetailsPane_conditions, 25, r -> values.conditions(r.value().conditions()), -1);
		column(layout, Messages.DetailsPane_page, 6,
				r -> r.value().source() == null ? "" : Integer.toString(r.value().source().page()), -1); //$NON-NLS-1$
		table.setContentProvider(ArrayContentProvider.getInstance());
		MenuManager menu = new MenuManager();
		menu.add(new Action(Messages.DetailsPane_showInDatasheet) {
			@Override
			public void run() {
				showInDatasheet();
			}
		});
		table.getControl().setMenu(menu.createContextMenu(table.getControl()));
		modelTable = createModelTable();
		curves = new CurvesTab(tabs, curvesBar);
		curvesItem = tab(Messages.DetailsPane_curvesTab, curves.getControl());
		tabs.addListener(SWT.Selection, e -> curvesIfShown());
		tabs.setSelection(0);
		show(null);
	}

	private CTabItem tab(String title, Control content) {
		CTabItem item = new CTabItem(tabs, SWT.NONE);
		item.setText(title);
		item.setControl(content);
		return item;
	}

	/**
	 * Simulates the shown models' curves and draws the chosen datasheet plot when the Curves tab is in front; shows
	 * the curve choice beside the tabs there, the heading elsewhere.
	 */
	private void curvesIfShown() {
		boolean shown = tabs.getSelection() == curvesItem;
		topRightPages.topControl = shown ? curvesBar : heading;
		topRight.layout(true, true);
		if (shown) {
			curves.showing();
		}
	}

	/** Model, parameter, value, whether a datasheet value or a default set it, and its origin in words. */
	private TableViewer createModelTable() {
		Composite holder = new Composite(tabs, SWT.NONE);
		tab(Messages.DetailsPane_modelTab, holder);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		TableViewer viewer = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		Color greyed = JFaceResources.getColorRegistry().get(JFacePreferences.QUALIFIER_COLOR);
		Function<ModelRow, Color> defaults = r -> r.parameter().isDefault() ? greyed : null;
		Columns<ModelRow> columns = new Columns<>(viewer, layout, ModelRow.class, 30);
		columns.add(Messages.DetailsPane_model, 12, ModelRow::model, null, defaults);
		columns.add(Messages.DetailsPane_parameter, 10, r -> r.parameter().name(), null, defaults);
		columns.add(Messages.DetailsPane_value, 10,
				r -> values.format(r.parameter().value(), SpiceUnits.of(r.parameter().name())), null, defaults);
		columns.add(Messages.DetailsPane_setBy, 9,
				r -> r.parameter().isDefault() ? Messages.DetailsPane_setByDefault : Messages.DetailsPane_setByDatasheet,
				null, defaults);
		columns.add(Messages.DetailsPane_origin, 50, r -> r.parameter().origin(), null, defaults);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		return viewer;
	}

	Composite getControl() {
		return control;
	}

	TableViewer getTable() {
		return table;
	}

	/**
	 * Opens the page the selected value was read from, its row outlined, with the datasheet's other values a step
	 * away; null when no value with a page is selected or the PDF is not on disk.
	 */
	DatasheetPageDialog showInDatasheet() {
		java.nio.file.Path pdf = datasheet == null ? null : location(datasheet);
		if (pdf == null || !(table.getStructuredSelection().getFirstElement() instanceof Row selected)) {
			return null;
		}
		List<Parameter> located = new ArrayList<>();
		int at = 0;
		for (Object o : (List<?>) table.getInput()) {
			Parameter p = ((Row) o).value();
			if (p.source() != null && p.source().page() > 0) {
				if (o == selected) {
					at = located.size();
				}
				located.add(p);
			}
		}
		if (located.isEmpty() || selected.value().source() == null) {
			return null;
		}
		DatasheetPageDialog dialog = new DatasheetPageDialog(control.getShell(), pdf, located, at);
		dialog.open();
		return dialog;
	}

	TableViewer getModelTable() {
		return modelTable;
	}

	String heading() {
		return heading.getText();
	}

	/** Whether {@code candidate} is shown with its values open for review (edits not to be lost). */
	boolean isReviewing(DatasheetItem candidate) {
		return candidate == datasheet && accept.isEnabled();
	}

	/** Brings a tab to the front as a click on it does (a programmatic selection sends no event). */
	void showTab(int index) {
		tabs.setSelection(index);
		curvesIfShown();
	}

	CurvePlot getPlot() {
		return curves.getPlot();
	}

	/**
	 * Shows what {@code selected} read and what it wrote, editable while it awaits review; else a hint why there
	 * is nothing to show.
	 */
	void show(DatasheetItem selected) {
		datasheet = selected;
		Optional<ItemReview> details = selected == null ? Optional.empty() : selected.details();
		boolean review = details.isPresent() && selected.state() instanceof ItemState.AwaitingReview
				&& selected.liveBatch() != null && selected.liveBatch().review(selected.batchIndex()).isPresent();
		if (details.isEmpty()) {
			devices = List.of();
			models = List.of();
			heading.setText(hint(selected));
		} else {
			devices = new ArrayList<>(details.get().extraction().devices());
			models = details.get().models();
			long defaults = models.stream().flatMap(m -> m.parameters().stream()).filter(ModelParam::isDefault).count();
			long all = models.stream().mapToLong(m -> m.parameters().size()).sum();
			String parts = devices.stream()
					.map(d -> NLS.bind(Messages.DetailsPane_part,
							new Object[] { d.part(), d.kind().id(), d.parameters().size() }))
					.collect(Collectors.joining("; ")); //$NON-NLS-1$
			heading.setText(NLS.bind(review ? Messages.DetailsPane_reviewHeading : Messages.DetailsPane_doneHeading,
					new Object[] { parts, all, defaults }));
		}
		curves.show(models, details.isEmpty() ? null : location(selected),
				details.map(d -> d.extraction().curves()).orElse(List.of()));
		heading.setToolTipText(heading.getText());
		accept.setEnabled(review);
		reject.setEnabled(review);
		// the decision buttons take a row only while there is something to decide
		for (Button b : new Button[] { accept, reject }) {
			b.setVisible(review);
			((GridData) b.getLayoutData()).exclude = !review;
		}
		reviewNote.setVisible(review);
		((GridData) reviewNote.getLayoutData()).exclude = !review;
		table.setInput(rows());
		modelTable.setInput(modelRows());
		curvesIfShown();
		control.layout(true, true);
	}

	/** The datasheet's file on disk, null when the workspace keeps it elsewhere. */
	private static java.nio.file.Path location(DatasheetItem item) {
		org.eclipse.core.runtime.IPath path = item.file().getLocation();
		return path == null ? null : path.toFile().toPath();
	}

	DatasheetPlotsPane getDatasheetPlots() {
		return curves.getDatasheetPlots();
	}

	private static String hint(DatasheetItem selected) {
		if (selected == null) {
			return Messages.DetailsPane_noDetails;
		}
		if (selected.state() instanceof ItemState.Failed) {
			return NLS.bind(Messages.DetailsPane_failed, selected.failureMessage());
		}
		return selected.state() instanceof ItemState.Done ? Messages.DetailsPane_notInMemory
				: Messages.DetailsPane_notYet;
	}

	private List<ModelRow> modelRows() {
		List<ModelRow> rows = new ArrayList<>();
		for (FittedModel m : models) {
			m.parameters().forEach(p -> rows.add(new ModelRow(m.modelName(), p)));
		}
		return rows;
	}

	private List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		for (int d = 0; d < devices.size(); d++) {
			List<Parameter> parameters = devices.get(d).parameters();
			for (int p = 0; p < parameters.size(); p++) {
				rows.add(new Row(d, p, parameters.get(p)));
			}
		}
		return rows;
	}

	/** Replaces one value (0 min, 1 typ, 2 max) of one row; the edit goes into the accepted devices. */
	void edit(Row row, int column, Double value) {
		Device device = devices.get(row.device());
		List<Parameter> parameters = new ArrayList<>(device.parameters());
		Parameter p = parameters.get(row.parameter());
		parameters.set(row.parameter(), p.withValues(column == 0 ? value : p.min(), column == 1 ? value : p.typ(),
				column == 2 ? value : p.max()));
		devices.set(row.device(), device.withParameters(parameters));
		table.setInput(rows());
	}

	void accept() {
		Batch batch = datasheet == null ? null : datasheet.liveBatch();
		if (batch != null) {
			int index = datasheet.batchIndex();
			List<Device> accepted = List.copyOf(devices);
			decide(Messages.BatchControlJob_accept, () -> {
				if (batch.review(index).isPresent()) {
					batch.accept(index, accepted);
				}
			});
		}
		show(null);
	}

	void reject() {
		Batch batch = datasheet == null ? null : datasheet.liveBatch();
		if (batch != null) {
			int index = datasheet.batchIndex();
			decide(Messages.BatchControlJob_reject, () -> {
				if (batch.review(index).isPresent()) {
					batch.reject(index);
				}
			});
		}
		show(null);
	}

	/** The engine journals each decision with a sync to disk: a job takes it, never the UI thread. */
	private static void decide(String name, Runnable decision) {
		new BatchControlJob(name, decision).schedule();
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<Row, String> text,
			int editable) {
		TableViewerColumn column = new Columns<>(table, layout, Row.class, 30).add(title, weight, text);
		if (editable < 0) {
			return;
		}
		column.setEditingSupport(new EditingSupport(table) {
			private final TextCellEditor editor = new TextCellEditor(table.getTable());
			/** The unit of the value being edited: what a typed unit must be. */
			private String unit;

			{
				editor.setValidator(v -> values.parse((String) v, unit) != null || ((String) v).isBlank() ? null
						: NLS.bind(Messages.DetailsPane_badNumber, v));
			}

			@Override
			protected CellEditor getCellEditor(Object element) {
				unit = ((Row) element).value().unit();
				return editor;
			}

			@Override
			protected boolean canEdit(Object element) {
				return accept.isEnabled();
			}

			@Override
			protected Object getValue(Object element) {
				return text.apply((Row) element);
			}

			@Override
			protected void setValue(Object element, Object value) {
				String v = ((String) value).trim();
				edit((Row) element, editable, v.isEmpty() ? null : values.parse(v, ((Row) element).value().unit()));
			}
		});
	}
}
