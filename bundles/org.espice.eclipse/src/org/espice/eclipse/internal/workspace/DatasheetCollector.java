package org.espice.eclipse.internal.workspace;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceProxy;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;

/**
 * Turns selected PDF files, folders and projects into the PDF datasheets they stand for: the files themselves
 * and every PDF below the containers, in workspace path order, each once. Walks the workspace
 * tree in memory (resource proxies), never the disk, so it is quick enough for a handler.
 */
public final class DatasheetCollector {

	private static final String PDF = "pdf"; //$NON-NLS-1$

	private DatasheetCollector() {
	}

	/** Whether the file's extension is "pdf", in any case. */
	public static boolean isPdf(IResource resource) {
		return resource.getType() == IResource.FILE && resource.getFileExtension() != null
				&& PDF.equals(resource.getFileExtension().toLowerCase(Locale.ROOT));
	}

	/**
	 * @param selected elements that adapt to resources (others are skipped), e.g. a structured selection
	 * @param includeSubfolders whether containers contribute the PDFs of their subfolders or only their own
	 */
	public static List<IFile> collect(Iterable<?> selected, boolean includeSubfolders) {
		Set<IFile> found = new TreeSet<>(Comparator.comparing(f -> f.getFullPath().toString()));
		for (Object element : selected) {
			IResource resource = Adapters.adapt(element, IResource.class);
			if (resource != null) {
				collect(resource, includeSubfolders, found);
			}
		}
		return List.copyOf(found);
	}

	private static void collect(IResource resource, boolean includeSubfolders, Set<IFile> found) {
		if (resource instanceof IFile file) {
			if (isPdf(file)) {
				found.add(file);
			}
			return;
		}
		if (!(resource instanceof IContainer container) || !container.isAccessible()) {
			return;
		}
		try {
			container.accept((IResourceProxy proxy) -> {
				if (proxy.isDerived()) {
					return false; // build output copies, not the user's datasheets
				}
				if (proxy.getType() == IResource.FILE) {
					IResource member = proxy.requestResource();
					if (isPdf(member)) {
						found.add((IFile) member);
					}
					return false;
				}
				return includeSubfolders || proxy.requestResource().equals(container);
			}, IResource.NONE);
		} catch (CoreException e) {
			ILog.of(DatasheetCollector.class).log(e.getStatus());
		}
	}
}
