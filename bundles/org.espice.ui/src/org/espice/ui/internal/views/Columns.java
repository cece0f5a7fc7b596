package org.espice.ui.internal.views;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IMemento;

/**
 * The text columns of a table whose rows are one type: sized by weight until the user drags one, sorted by a click
 * on a header (again for the other direction, a third time back to the input order), with an optional image and
 * colour. Widths and sort survive a restart through the view's memento; restored widths are the user's pixels.
 */
final class Columns<T> {

	private static final String WIDTH_KEY = "columnWidth"; //$NON-NLS-1$
	private static final String SORT_KEY = "sortColumn"; //$NON-NLS-1$
	private static final String SORT_DOWN_KEY = "sortDown"; //$NON-NLS-1$

	private final TableViewer viewer;
	private final TableColumnLayout layout;
	private final Class<T> type;
	private final int minimumWidth;
	private final List<Function<T, String>> texts = new ArrayList<>();
	private final Collator collator = Collator.getInstance();
	private boolean sortable;
	private int sortColumn = -1;
	private boolean sortDown;

	Columns(TableViewer viewer, TableColumnLayout layout, Class<T> type, int minimumWidth) {
		this.viewer = viewer;
		this.layout = layout;
		this.type = type;
		this.minimumWidth = minimumWidth;
		collator.setStrength(Collator.SECONDARY);
	}

	/** Clicks on the headers sort the table (call before the first column is added or after: either works). */
	Columns<T> sortable() {
		sortable = true;
		return this;
	}

	TableViewerColumn add(String title, int weight, Function<T, String> text) {
		return add(title, weight, text, null, null);
	}

	/** @param image and {@code foreground} may be null, or return null for the defaults */
	TableViewerColumn add(String title, int weight, Function<T, String> text, Function<T, Image> image,
			Function<T, Color> foreground) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		int index = texts.size();
		texts.add(text);
		column.getColumn().setText(title);
		column.getColumn().setMoveable(false);
		column.getColumn().addListener(SWT.Selection, e -> {
			if (sortable) {
				sortBy(index);
			}
		});
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, minimumWidth, true));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(type.cast(element));
			}

			@Override
			public Image getImage(Object element) {
				return image == null ? null : image.apply(type.cast(element));
			}

			@Override
			public Color getForeground(Object element) {
				return foreground == null ? null : foreground.apply(type.cast(element));
			}
		});
		return column;
	}

	/** A click on a header: sort up by it, then down, then back to the input order. */
	void sortBy(int index) {
		if (index != sortColumn) {
			sort(index, false);
		} else if (!sortDown) {
			sort(index, true);
		} else {
			sort(-1, false);
		}
	}

	/** Sorts by column {@code index} ({@code -1}: input order). */
	void sort(int index, boolean down) {
		sortColumn = index >= 0 && index < texts.size() ? index : -1;
		sortDown = down && sortColumn >= 0;
		var table = viewer.getTable();
		table.setSortColumn(sortColumn < 0 ? null : table.getColumn(sortColumn));
		table.setSortDirection(sortColumn < 0 ? SWT.NONE : sortDown ? SWT.DOWN : SWT.UP);
		viewer.setComparator(sortColumn < 0 ? null : new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				Function<T, String> text = texts.get(sortColumn);
				int c = compareText(text.apply(type.cast(a)), text.apply(type.cast(b)));
				return sortDown ? -c : c;
			}
		});
	}

	int sortColumn() {
		return sortColumn;
	}

	boolean sortDown() {
		return sortDown;
	}

	/** Text in the order a person expects: numbers by value ("9" before "10"), the rest alphabetically. */
	int compareText(String a, String b) {
		Double x = number(a);
		Double y = number(b);
		if (x != null && y != null) {
			return Double.compare(x, y);
		}
		if (a.isEmpty() != b.isEmpty()) {
			return a.isEmpty() ? 1 : -1; // blanks last
		}
		return collator.compare(a, b);
	}

	private static Double number(String s) {
		String t = s.strip().replace("%", ""); //$NON-NLS-1$ //$NON-NLS-2$
		if (t.isEmpty() || !Character.isDigit(t.charAt(0))) {
			return null;
		}
		try {
			return Double.valueOf(t);
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** Writes the sort and every column's width, as Eclipse's own tables keep them. */
	void save(IMemento state) {
		state.putInteger(SORT_KEY, sortColumn);
		state.putBoolean(SORT_DOWN_KEY, sortDown);
		TableColumn[] columns = viewer.getTable().getColumns();
		for (int i = 0; i < columns.length; i++) {
			if (columns[i].getWidth() > 0) {
				state.putInteger(WIDTH_KEY + i, columns[i].getWidth());
			}
		}
	}

	/** Applies what {@link #save} wrote: the sort, and the widths the user gave the columns. */
	void restore(IMemento state) {
		if (state == null) {
			return;
		}
		Integer sort = state.getInteger(SORT_KEY);
		if (sort != null) {
			sort(sort, Boolean.TRUE.equals(state.getBoolean(SORT_DOWN_KEY)));
		}
		TableColumn[] columns = viewer.getTable().getColumns();
		for (int i = 0; i < columns.length; i++) {
			Integer w = state.getInteger(WIDTH_KEY + i);
			if (w != null && w >= minimumWidth) {
				layout.setColumnData(columns[i], new ColumnPixelData(w, true));
			}
		}
	}
}
