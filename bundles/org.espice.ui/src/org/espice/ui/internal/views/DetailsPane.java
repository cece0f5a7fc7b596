package org.espice.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.espice.core.Device;
import org.espice.core.Parameter;
import org.espice.core.batch.Batch;
import org.espice.core.batch.ItemReview;
import org.espice.ui.internal.Messages;
import org.espice.ui.internal.model.DatasheetTask;
import org.espice.ui.internal.model.TaskState;

/**
 * The values read from the selected datasheet while it awaits review: one row per parameter with min, typ,
 * max (SI units, editable), unit, test conditions and source page; "Accept and Write Models" hands the edited
 * values to the engine, which refits and writes.
 */
final class DetailsPane {

	/** One table row: a parameter of one part. */
	record Row(int device, int parameter, Parameter value) {
	}

	private final Composite control;
	private final Label heading;
	private final TableViewer table;
	private final Button accept;
	private final Button reject;
	private DatasheetTask task;
	private List<Device> devices = List.of();

	DetailsPane(Composite parent) {
		control = new Composite(parent, SWT.NONE);
		control.setLayout(new GridLayout(3, false));
		heading = new Label(control, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
		accept = new Button(control, SWT.PUSH);
		accept.setText(Messages.DetailsPane_accept);
		accept.addListener(SWT.Selection, e -> accept());
		reject = new Button(control, SWT.PUSH);
		reject.setText(Messages.DetailsPane_reject);
		reject.addListener(SWT.Selection, e -> reject());
		Composite holder = new Composite(control, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(holder);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		table = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		column(layout, Messages.DetailsPane_parameter, 15, r -> r.value().name(), -1);
		column(layout, Messages.DetailsPane_min, 10, r -> number(r.value().min()), 0);
		column(layout, Messages.DetailsPane_typ, 10, r -> number(r.value().typ()), 1);
		column(layout, Messages.DetailsPane_max, 10, r -> number(r.value().max()), 2);
		column(layout, Messages.DetailsPane_unit, 6, r -> r.value().unit() == null ? "" : r.value().unit(), -1); //$NON-NLS-1$
		column(layout, Messages.DetailsPane_conditions, 25, r -> conditions(r.value().conditions()), -1);
		column(layout, Messages.DetailsPane_page, 6,
				r -> r.value().source() == null ? "" : Integer.toString(r.value().source().page()), -1); //$NON-NLS-1$
		table.setContentProvider(ArrayContentProvider.getInstance());
		show(null);
	}

	Composite getControl() {
		return control;
	}

	TableViewer getTable() {
		return table;
	}

	/** Shows the review of {@code selected} when it awaits one, else a hint. */
	void show(DatasheetTask selected) {
		task = selected;
		Optional<ItemReview> review = selected == null || selected.state() != TaskState.AWAITING_REVIEW
				|| selected.liveBatch() == null ? Optional.empty() : selected.liveBatch().review(selected.batchIndex());
		if (review.isEmpty()) {
			devices = List.of();
			heading.setText(Messages.DetailsPane_noDetails);
		} else {
			devices = new ArrayList<>(review.get().extraction().devices());
			heading.setText(devices.stream()
					.map(d -> NLS.bind(Messages.DetailsPane_part,
							new Object[] { d.part(), d.kind().id(), d.parameters().size() }))
					.collect(Collectors.joining("; "))); //$NON-NLS-1$
		}
		accept.setEnabled(review.isPresent());
		reject.setEnabled(review.isPresent());
		table.setInput(rows());
		control.layout(true, true);
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
		devices.set(row.device(), new Device(device.part(), device.kind(), parameters));
		table.setInput(rows());
	}

	void accept() {
		Batch batch = task == null ? null : task.liveBatch();
		if (batch != null && batch.review(task.batchIndex()).isPresent()) {
			batch.accept(task.batchIndex(), List.copyOf(devices));
		}
		show(null);
	}

	private void reject() {
		Batch batch = task == null ? null : task.liveBatch();
		if (batch != null && batch.review(task.batchIndex()).isPresent()) {
			batch.reject(task.batchIndex());
		}
		show(null);
	}

	private void column(TableColumnLayout layout, String title, int weight, java.util.function.Function<Row, String> text,
			int editable) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 30, true));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Row) element);
			}
		});
		if (editable < 0) {
			return;
		}
		column.setEditingSupport(new EditingSupport(table) {
			private final TextCellEditor editor = new TextCellEditor(table.getTable());

			{
				editor.setValidator(v -> parse((String) v) != null || ((String) v).isBlank() ? null
						: NLS.bind(Messages.DetailsPane_badNumber, v));
			}

			@Override
			protected CellEditor getCellEditor(Object element) {
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
				edit((Row) element, editable, v.isEmpty() ? null : parse(v));
			}
		});
	}

	static Double parse(String text) {
		try {
			return Double.valueOf(text.trim());
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private static String number(Double v) {
		return v == null ? "" : String.format("%.4g", v); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String conditions(Map<String, Double> conditions) {
		return conditions.entrySet().stream().map(e -> e.getKey() + "=" + String.format("%.4g", e.getValue())) //$NON-NLS-1$ //$NON-NLS-2$
				.collect(Collectors.joining(", ")); //$NON-NLS-1$
	}
}
