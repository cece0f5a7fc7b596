package org.espice.ui.internal.views;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Path;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceColors;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.IStructuredContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.espice.core.batch.ItemState;
import org.espice.eclipse.internal.model.DatasheetItem;
import org.espice.eclipse.internal.model.ExtractionQueue;
import org.espice.ui.internal.Messages;

/**
 * The SPICE Batch view: every submitted datasheet with its state. Jobs report from worker threads; the
 * view coalesces their reports into at most one pending {@code asyncExec} refresh, so a busy batch cannot
 * flood the UI thread.
 */
public final class BatchView extends ViewPart {

	public static final String ID = "org.espice.ui.views.batch"; //$NON-NLS-1$

	private static final String TEXT_EDITOR_ID = "org.eclipse.ui.DefaultTextEditor"; //$NON-NLS-1$

	/** Column order of the table, for readers of the table such as tests. */
	public static final int COLUMN_FILE = 0;
	public static final int COLUMN_STATE = 1;
	public static final int COLUMN_PARTS = 2;
	public static final int COLUMN_KIND = 3;
	public static final int COLUMN_PROGRESS = 4;
	public static final int COLUMN_PARAMETERS = 5;
	public static final int COLUMN_MODEL = 6;
	public static final int COLUMN_REASON = 7;

	private final ExtractionQueue queue = ExtractionQueue.getDefault();
	private final AtomicBoolean refreshPending = new AtomicBoolean();
	/** Tasks changed since the last refresh; {@link #structureChanged} when items were added or removed. */
	private final Set<DatasheetItem> changedTasks = ConcurrentHashMap.newKeySet();
	private final AtomicBoolean structureChanged = new AtomicBoolean();
	private final ExtractionQueue.Listener listener = new ExtractionQueue.Listener() {
		@Override
		public void changed(DatasheetItem datasheet) {
			if (datasheet == null) {
				structureChanged.set(true);
			} else {
				changedTasks.add(datasheet);
			}
			scheduleRefresh();
		}

		@Override
		public void batchChanged() {
			// only the summary line shows the batch's counts, throughput and time left
			scheduleRefresh();
		}
	};
	private ViewSplit split;
	private Columns<DatasheetItem> columns;
	private IMemento memento;
	private DetailsPane details;
	private TableViewer viewer;
	private Label summary;
	private FirstUsePanel firstUse;
	private DropToStart drops;
	private Display display;
	private LocalResourceManager images;

	@Override
	public void init(IViewSite site, IMemento state) throws PartInitException {
		super.init(site, state);
		memento = state;
	}

	/** The memento key of the output folder of the batch the view shows, to show it again after a restart. */
	public static final String SHOWN_BATCH = "shownBatchOutput"; //$NON-NLS-1$

	/** Shows again the batch the view showed when {@code state} was saved, if it shows none now. */
	public void restoreShownBatch(IMemento state) {
		String shown = state == null ? null : state.getString(SHOWN_BATCH);
		if (shown != null && queue.items().isEmpty()) {
			PastBatchesAction.restoreWhenListed(shown);
		}
	}

	@Override
	public void saveState(IMemento state) {
		super.saveState(state);
		if (split != null) {
			split.save(state);
		}
		if (columns != null) {
			columns.save(state);
		}
		queue.items().stream().filter(d -> d.origin() != null).findFirst()
				.ifPresent(d -> state.putString(SHOWN_BATCH, d.origin().output().getFullPath().toString()));
	}

	/** Sorts the file table by a column ({@code -1}: input order), as clicks on its header do. */
	public void sortBy(int column, boolean down) {
		columns.sort(column, down);
	}

	/** Applies a saved state's sort and column widths (what a restart does), for tests. */
	public void restoreColumns(IMemento state) {
		columns.restore(state);
		viewer.getTable().getParent().layout(true);
	}

	/** The split between the file table and the details. */
	public SashForm getSplit() {
		return split.sash();
	}

	@Override
	public void createPartControl(Composite parent) {
		display = parent.getDisplay();
		images = new LocalResourceManager(JFaceResources.getResources(), parent);
		parent.setLayout(new GridLayout(1, false));
		summary = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		firstUse = new FirstUsePanel(parent);
		drops = DropToStart.on(parent.getShell(), parent, summary, firstUse.control());
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		Composite holder = new Composite(sash, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		viewer = new TableViewer(holder, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.FULL_SELECTION);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		columns = new Columns<>(viewer, layout, DatasheetItem.class, 40).sortable();
		columns.add(Messages.BatchView_columnFile, 24, t -> t.file().getFullPath().makeRelative().toString());
		columns.add(Messages.BatchView_columnState, 11, t -> ItemStateText.of(t.state()), this::stateImage, null);
		columns.add(Messages.BatchView_columnParts, 12, t -> String.join(", ", t.outcome().parts())); //$NON-NLS-1$
		columns.add(Messages.BatchView_columnKind, 8, t -> t.outcome().kind() == null ? "" : t.outcome().kind()); //$NON-NLS-1$
		columns.add(Messages.BatchView_columnProgress, 9, BatchView::progressText);
		columns.add(Messages.BatchView_columnParameters, 7,
				t -> t.outcome().parameterCount() == 0 ? "" : Integer.toString(t.outcome().parameterCount())); //$NON-NLS-1$
		Color link = JFaceColors.getHyperlinkText(display);
		columns.add(Messages.BatchView_columnModel, 14, t -> String.join(", ", t.outcome().modelFiles()), null, //$NON-NLS-1$
				t -> link);
		columns.add(Messages.BatchView_columnReason, 25, t -> t.failureMessage() == null ? "" : t.failureMessage()); //$NON-NLS-1$
		columns.restore(memento);
		table.addListener(SWT.EraseItem, this::eraseProgress);
		table.addListener(SWT.PaintItem, this::paintProgress);
		table.addListener(SWT.MouseUp, this::openModelOnLinkClick);
		// the queue itself is the input, so a refresh re-reads it and keeps the selection (and the details shown)
		viewer.setContentProvider((IStructuredContentProvider) input -> queue.items().toArray());
		viewer.setInput(queue);
		viewer.addDoubleClickListener(e -> openModel(viewer.getStructuredSelection().getFirstElement()));
		getSite().setSelectionProvider(viewer);
		createContextMenu();
		updateSummary();
		DropToStart.on(parent.getShell(), table);
		details = new DetailsPane(sash);
		viewer.addSelectionChangedListener(e -> details.show(
				viewer.getStructuredSelection().getFirstElement() instanceof DatasheetItem t ? t : null));
		split = new ViewSplit(sash, memento);
		PastBatchesAction past = new PastBatchesAction();
		restoreShownBatch(memento);
		getViewSite().getActionBars().getToolBarManager().add(past);
		getViewSite().getActionBars().updateActionBars();
		queue.addListener(listener);
		// a batch may have moved on while the view was being built (it can open mid-batch): catch up once
		structureChanged.set(true);
		scheduleRefresh();
	}

	/** A context menu on the table, registered with the site so that other plug-ins can contribute to it. */
	private void createContextMenu() {
		MenuManager menu = new MenuManager();
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
	}

	/** The file's progress as a percentage (drawn as a bar by {@link #paintProgress}). */
	private static String progressText(DatasheetItem datasheet) {
		return datasheet.state() instanceof ItemState.Queued ? "" //$NON-NLS-1$
				: Math.round(datasheet.fraction() * 100) + "%"; //$NON-NLS-1$
	}

	/** The progress cell draws its own text over the bar. */
	private void eraseProgress(Event event) {
		if (event.index == COLUMN_PROGRESS) {
			event.detail &= ~SWT.FOREGROUND;
		}
	}

	/** A bar filled to the file's fraction, with the percentage on it. */
	private void paintProgress(Event event) {
		if (event.index != COLUMN_PROGRESS || !(event.item.getData() instanceof DatasheetItem datasheet)) {
			return;
		}
		String text = progressText(datasheet);
		if (text.isEmpty()) {
			return;
		}
		Rectangle cell = ((TableItem) event.item).getBounds(COLUMN_PROGRESS);
		GC gc = event.gc;
		int width = cell.width - 6;
		int height = Math.max(4, cell.height - 6);
		Color oldBackground = gc.getBackground();
		Color oldForeground = gc.getForeground();
		gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
		gc.drawRectangle(cell.x + 2, cell.y + 3, width, height - 1);
		ItemState state = datasheet.state();
		gc.setBackground(display.getSystemColor(state instanceof ItemState.Failed ? SWT.COLOR_RED
				: state instanceof ItemState.Cancelled || state instanceof ItemState.Skipped ? SWT.COLOR_DARK_YELLOW
						: SWT.COLOR_LIST_SELECTION));
		gc.fillRectangle(cell.x + 3, cell.y + 4, (int) Math.round((width - 1) * datasheet.fraction()), height - 2);
		gc.setForeground(display.getSystemColor(SWT.COLOR_LIST_FOREGROUND));
		Point extent = gc.textExtent(text);
		gc.drawText(text, cell.x + 2 + (width - extent.x) / 2, cell.y + (cell.height - extent.y) / 2, true);
		gc.setBackground(oldBackground);
		gc.setForeground(oldForeground);
	}

	/** The Model cell works as a link: a click on it opens the model file. */
	private void openModelOnLinkClick(Event event) {
		if (event.button != 1) {
			return;
		}
		ViewerCell cell = viewer.getCell(new Point(event.x, event.y));
		if (cell != null && cell.getColumnIndex() == COLUMN_MODEL) {
			openModel(cell.getElement());
		}
	}

	private Image stateImage(DatasheetItem datasheet) {
		ItemState state = datasheet.state();
		if (state instanceof ItemState.Failed) {
			return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
		} else if (state instanceof ItemState.Cancelled || state instanceof ItemState.Skipped) {
			return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK);
		} else if (state instanceof ItemState.Done) {
			return icon("icons/done.png"); //$NON-NLS-1$
		} else if (state instanceof ItemState.AwaitingReview) {
			return icon("icons/review.png"); //$NON-NLS-1$
		} else if (state instanceof ItemState.Running) {
			return icon("icons/running.png"); //$NON-NLS-1$
		}
		return icon("icons/queued.png"); //$NON-NLS-1$
	}

	private Image icon(String path) {
		return images.create(ImageDescriptor.createFromURL(BatchView.class.getResource("/" + path))); //$NON-NLS-1$
	}

	private void scheduleRefresh() {
		if (!refreshPending.compareAndSet(false, true)) {
			return;
		}
		if (display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			refreshPending.set(false);
			if (!viewer.getControl().isDisposed()) {
				// only rows that changed are relabelled; the whole table only when items came or went
				List<Object> changed;
				if (structureChanged.getAndSet(false)) {
					changedTasks.clear();
					viewer.refresh();
					changed = null;
				} else {
					changed = List.of(changedTasks.toArray());
					changedTasks.removeAll(changed);
					viewer.update(changed.toArray(), null);
				}
				updateSummary();
				// the selected file's details follow its state, but never replace values under review
				if (viewer.getStructuredSelection().getFirstElement() instanceof DatasheetItem t
						&& (changed == null || changed.contains(t)) && !details.isReviewing(t)) {
					details.show(t);
				}
			}
		});
	}

	/** The review table of the selected datasheet, for tests. */
	public TableViewer getDetails() {
		return details.getTable();
	}

	/** The model parameters of the selected datasheet, for tests. */
	public TableViewer getModelParameters() {
		return details.getModelTable();
	}

	/** Brings a tab of the details pane to the front: 0 values, 1 model parameters, 2 curves. */
	public void showDetailsTab(int index) {
		details.showTab(index);
	}

	/** The plot on the details pane's Curves tab, for tests. */
	public CurvePlot getCurvePlot() {
		return details.getPlot();
	}

	/** The datasheet plots as read listed on the Curves tab, one line each, for tests. */
	public String[] getDatasheetPlotLines() {
		return details.getDatasheetPlots().lines();
	}

	/** The size of the datasheet plot drawn on the Curves tab, null while none is shown; for tests. */
	public org.eclipse.swt.graphics.Rectangle getDatasheetPlotImage() {
		return details.getDatasheetPlots().imageBounds();
	}

	/** The heading of the details pane, for tests. */
	public String getDetailsHeading() {
		return details.heading();
	}

	/** Sets one value (0 min, 1 typ, 2 max) of a row of the details pane, as its cell editor does. */
	public void editReviewValue(int row, int column, Double value) {
		details.edit((DetailsPane.Row) details.getTable().getElementAt(row), column, value);
	}

	/** Accepts the reviewed (and maybe edited) values of the selected datasheet, as its button does. */
	public void acceptSelected() {
		details.accept();
	}

	/** Rejects the values of the selected datasheet, as its button does. */
	public void rejectSelected() {
		details.reject();
	}

	private void updateSummary() {
		summary.setText(BatchSummary.text(queue.items()));
		firstUse.show(queue.items().isEmpty());
	}

	/** "Show in Datasheet" for the value selected in the details, as its context menu does; null if none. */
	public DatasheetPageDialog showInDatasheet() {
		return details.showInDatasheet();
	}

	/**
	 * Takes a drop as the view's drop targets do: workspace resources (an array or a selection) or file system
	 * paths; opens the wizard on them, copying files from outside the workspace in first.
	 */
	public void dropped(Object data) {
		drops.dropped(data);
	}

	/** The panel offered while the view shows no batch. */
	public Composite getFirstUse() {
		return firstUse.control();
	}

	/** Its "Try it on sample datasheets" link. */
	public Link getSamplesLink() {
		return firstUse.samplesLink();
	}

	/** Its "Extract models from a folder..." link. */
	public Link getFromFolderLink() {
		return firstUse.fromFolderLink();
	}

	private void openModel(Object element) {
		if (element instanceof DatasheetItem datasheet) {
			openModel(getSite().getPage(), datasheet);
		}
	}

	/** The first model file the item wrote, if it is still in the workspace. */
	public static Optional<IFile> modelOf(DatasheetItem datasheet) {
		if (datasheet.origin() == null || datasheet.outcome().modelFiles().isEmpty()) {
			return Optional.empty();
		}
		IFile model = datasheet.origin().output().getFile(new Path(datasheet.outcome().modelFiles().get(0)));
		return model.exists() ? Optional.of(model) : Optional.empty();
	}

	/** Opens the first model file the item wrote, if any. */
	public static void openModel(IWorkbenchPage page, DatasheetItem datasheet) {
		IFile model = modelOf(datasheet).orElse(null);
		if (model != null) {
			// a model file is text: the editor the user associated with it, else the text editor (never an
			// external program the desktop might pick for .lib files)
			IEditorDescriptor associated = IDE.getDefaultEditor(model);
			String editor = associated != null && associated.isInternal() ? associated.getId() : TEXT_EDITOR_ID;
			try {
				IDE.openEditor(page, model, editor);
			} catch (PartInitException e) {
				ILog.of(BatchView.class).log(e.getStatus());
			}
		}
	}

	/** The summary line above the table. */
	public Label getSummary() {
		return summary;
	}

	/** The table, for tests and for actions of this view. */
	public TableViewer getViewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		queue.removeListener(listener);
		super.dispose();
	}
}
