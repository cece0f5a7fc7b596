package org.espice.ui.internal.views;

import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;

/** A text column of a table whose rows are one type, sized by weight, with an optional image and colour. */
final class Columns<T> {

	private final TableViewer viewer;
	private final TableColumnLayout layout;
	private final Class<T> type;
	private final int minimumWidth;

	Columns(TableViewer viewer, TableColumnLayout layout, Class<T> type, int minimumWidth) {
		this.viewer = viewer;
		this.layout = layout;
		this.type = type;
		this.minimumWidth = minimumWidth;
	}

	TableViewerColumn add(String title, int weight, Function<T, String> text) {
		return add(title, weight, text, null, null);
	}

	/** @param image and {@code foreground} may be null, or return null for the defaults */
	TableViewerColumn add(String title, int weight, Function<T, String> text, Function<T, Image> image,
			Function<T, Color> foreground) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
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
}
