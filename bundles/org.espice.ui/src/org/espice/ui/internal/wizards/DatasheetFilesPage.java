package org.espice.ui.internal.wizards;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.dialogs.ResourceSelectionDialog;
import org.espice.core.DeviceKind;
import org.espice.core.batch.ValidationLimits;
import org.espice.eclipse.internal.workspace.DatasheetCollector;
import org.espice.ui.internal.Messages;

/**
 * Page 1: the datasheets of the selection in a checkbox table with their size and whether they can be
 * processed. Sizes come from the workspace's file info (no disk reads on the UI thread).
 */
public final class DatasheetFilesPage extends WizardPage {

	/** Most files one batch takes from the wizard. */
	public static final int MAX_FILES = 500;

	private final ISelection selection;
	private final ValidationLimits limits = ValidationLimits.DEFAULT;
	private final List<IFile> files = new ArrayList<>();
	private final Map<IFile, DeviceKind> kinds = new HashMap<>();
	private CheckboxTableViewer viewer;
	private Button includeSubfolders;

	public DatasheetFilesPage(ISelection selection) {
		super("files"); //$NON-NLS-1$
		this.selection = selection;
		setTitle(Messages.FilesPage_title);
		setDescription(Messages.FilesPage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		viewer = CheckboxTableViewer.newCheckList(body, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(1, 4).hint(780, 260).applyTo(viewer.getTable());
		column(Messages.FilesPage_columnFile, 300, f -> f.getFullPath().makeRelative().toString());
		column(Messages.FilesPage_columnSize, 90, f -> formatSize(size(f)));
		column(Messages.FilesPage_columnStatus, 130, this::status);
		kindColumn();
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addCheckStateListener(e -> validate());

		Button selectAll = new Button(body, SWT.PUSH);
		selectAll.setText(Messages.FilesPage_selectAll);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(selectAll);
		selectAll.addListener(SWT.Selection, e -> {
			checkValid();
			validate();
		});
		Button add = new Button(body, SWT.PUSH);
		add.setText(Messages.FilesPage_add);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(add);
		add.addListener(SWT.Selection, e -> addFromWorkspace());
		Button remove = new Button(body, SWT.PUSH);
		remove.setText(Messages.FilesPage_remove);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(remove);
		remove.addListener(SWT.Selection, e -> {
			files.removeAll(viewer.getStructuredSelection().toList());
			viewer.refresh();
			validate();
		});
		new Composite(body, SWT.NONE).setLayoutData(GridDataFactory.fillDefaults().hint(0, 0).create());

		includeSubfolders = new Button(body, SWT.CHECK);
		includeSubfolders.setText(Messages.FilesPage_includeSubfolders);
		includeSubfolders.setSelection(true);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(includeSubfolders);
		includeSubfolders.addListener(SWT.Selection, e -> reload());

		reload();
		setControl(body);
	}

	/** The device kind per file: "as read" or one forced kind, picked in place. */
	private void kindColumn() {
		String[] labels = new String[DeviceKind.values().length + 1];
		labels[0] = Messages.OptionsPage_kindAsRead;
		for (DeviceKind k : DeviceKind.values()) {
			labels[k.ordinal() + 1] = k.id();
		}
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(Messages.FilesPage_columnKind);
		column.getColumn().setWidth(150);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				DeviceKind kind = kinds.get(element);
				return kind == null ? labels[0] : kind.id();
			}
		});
		column.setEditingSupport(new EditingSupport(viewer) {
			private final ComboBoxCellEditor editor = new ComboBoxCellEditor(viewer.getTable(), labels, SWT.READ_ONLY);

			@Override
			protected CellEditor getCellEditor(Object element) {
				return editor;
			}

			@Override
			protected boolean canEdit(Object element) {
				return true;
			}

			@Override
			protected Object getValue(Object element) {
				DeviceKind kind = kinds.get(element);
				return kind == null ? 0 : kind.ordinal() + 1;
			}

			@Override
			protected void setValue(Object element, Object value) {
				setKind((IFile) element, (Integer) value <= 0 ? null : DeviceKind.values()[(Integer) value - 1]);
			}
		});
	}

	/** Forces a device kind on one file, or null for the kind the datasheet says. */
	public void setKind(IFile file, DeviceKind kind) {
		if (kind == null) {
			kinds.remove(file);
		} else {
			kinds.put(file, kind);
		}
		viewer.update(file, null);
	}

	/** The device kinds forced per file. */
	public Map<IFile, DeviceKind> kindOverrides() {
		return Map.copyOf(kinds);
	}

	private void column(String title, int width, java.util.function.Function<IFile, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((IFile) element);
			}
		});
	}

	/** Adds the PDFs of workspace resources the user picks (files, folders or projects). */
	private void addFromWorkspace() {
		ResourceSelectionDialog dialog = new ResourceSelectionDialog(getShell(),
				ResourcesPlugin.getWorkspace().getRoot(), Messages.FilesPage_addMessage);
		if (dialog.open() != Window.OK || dialog.getResult() == null) {
			return;
		}
		List<Object> checked = new ArrayList<>(Arrays.asList(viewer.getCheckedElements()));
		for (IFile file : DatasheetCollector.collect(new StructuredSelection(dialog.getResult()),
				includeSubfolders.getSelection())) {
			if (!files.contains(file)) {
				files.add(file);
				if (isValid(file)) {
					checked.add(file);
				}
			}
		}
		viewer.refresh();
		viewer.setCheckedElements(checked.toArray());
		validate();
	}

	private void reload() {
		files.clear();
		files.addAll(DatasheetCollector.collect(
				selection instanceof IStructuredSelection structured ? structured : StructuredSelection.EMPTY,
				includeSubfolders.getSelection()));
		viewer.setInput(files);
		checkValid();
		validate();
	}

	private void checkValid() {
		viewer.setCheckedElements(files.stream().filter(this::isValid).toArray());
	}

	private static long size(IFile file) {
		return file.getLocation() == null ? -1 : file.getLocation().toFile().length();
	}

	private boolean isValid(IFile file) {
		long size = size(file);
		return size > 0 && size <= limits.maxBytes();
	}

	private String status(IFile file) {
		long size = size(file);
		if (size < 0) {
			return Messages.FilesPage_statusMissing;
		}
		if (size == 0) {
			return Messages.FilesPage_statusEmpty;
		}
		if (size > limits.maxBytes()) {
			return NLS.bind(Messages.FilesPage_statusTooLarge, formatSize(limits.maxBytes()));
		}
		return Messages.FilesPage_statusOk;
	}

	static String formatSize(long bytes) {
		if (bytes < 0) {
			return ""; //$NON-NLS-1$
		}
		if (bytes < 1024) {
			return bytes + " B"; //$NON-NLS-1$
		}
		if (bytes < 1024 * 1024) {
			return String.format("%.1f KB", bytes / 1024.0); //$NON-NLS-1$
		}
		return String.format("%.1f MB", bytes / (1024.0 * 1024)); //$NON-NLS-1$
	}

	private void validate() {
		List<IFile> checked = checkedFiles();
		String error = null;
		if (checked.isEmpty()) {
			error = Messages.FilesPage_noneChecked;
		} else if (checked.size() > MAX_FILES) {
			error = NLS.bind(Messages.FilesPage_tooMany, checked.size(), MAX_FILES);
		}
		setErrorMessage(error);
		setPageComplete(error == null);
	}

	/** The checked files that can be processed, in table order. */
	public List<IFile> checkedFiles() {
		List<Object> checked = Arrays.asList(viewer.getCheckedElements());
		return files.stream().filter(checked::contains).filter(this::isValid).toList();
	}
}
