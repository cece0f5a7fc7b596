package org.espice.eclipse.internal.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.espice.core.batch.BatchItem;
import org.espice.core.batch.BatchJournal;
import org.espice.core.batch.BatchSnapshot;

/**
 * Past batches of the workspace, read back from the journals ({@code *.batch.jsonl}) in its projects, so the
 * history survives a restart. Newest first.
 */
public final class BatchHistory {

	/** One past batch. */
	public record Entry(String id, Path journal, long createdMillis, String state, int total, long done,
			long failed, IContainer output) {
	}

	private static final BatchHistory DEFAULT = new BatchHistory();

	private final List<Entry> entries = new CopyOnWriteArrayList<>();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	public static BatchHistory getDefault() {
		return DEFAULT;
	}

	public List<Entry> entries() {
		return List.copyOf(entries);
	}

	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	/** Finds and reads every journal in the open projects; slow, so only from a job. */
	public void reload() throws CoreException {
		List<IFile> journals = new ArrayList<>();
		ResourcesPlugin.getWorkspace().getRoot().accept(proxy -> {
			if (proxy.getType() == IResource.FILE && proxy.getName().endsWith(BatchJournal.SUFFIX)) {
				journals.add((IFile) proxy.requestResource());
			}
			return true;
		}, IResource.NONE);
		List<Entry> read = new ArrayList<>();
		for (IFile journal : journals) {
			if (journal.getLocation() == null) {
				continue;
			}
			try {
				BatchSnapshot s = BatchJournal.read(journal.getLocation().toFile().toPath());
				read.add(new Entry(s.id(), s.journal(), s.createdMillis(), s.state().id(), s.items().size(),
						s.count("done"), s.count("failed"), journal.getParent())); //$NON-NLS-1$ //$NON-NLS-2$
			} catch (IOException e) {
				ILog.of(BatchHistory.class).log(Status.warning("Cannot read the batch journal " //$NON-NLS-1$
						+ journal.getFullPath() + ": " + e.getMessage(), e)); //$NON-NLS-1$
			}
		}
		read.sort(Comparator.comparingLong(Entry::createdMillis).reversed());
		entries.clear();
		entries.addAll(read);
		listeners.forEach(Runnable::run);
	}

	/**
	 * Shows a past batch's files in the queue again, with their last states, so they can be retried, exported
	 * or opened. Files no longer in the workspace are left out.
	 */
	public static List<DatasheetItem> restore(Entry entry) throws IOException {
		BatchSnapshot snapshot = BatchJournal.read(entry.journal());
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		List<IFile> files = new ArrayList<>();
		List<BatchItem> items = new ArrayList<>();
		for (BatchItem item : snapshot.items()) {
			IFile[] found = root.findFilesForLocationURI(item.file().toAbsolutePath().toUri());
			if (found.length > 0) {
				files.add(found[0]);
				items.add(item);
			}
		}
		List<DatasheetItem> datasheets = ExtractionQueue.getDefault().submit(files);
		DatasheetItem.BatchOrigin origin = new DatasheetItem.BatchOrigin(snapshot.config(), entry.output());
		for (int i = 0; i < datasheets.size(); i++) {
			datasheets.get(i).setOrigin(origin);
			datasheets.get(i).setJournal(entry.journal());
			datasheets.get(i).update(items.get(i));
		}
		return datasheets;
	}
}
