package org.espice.eclipse.internal.jobs;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;

/**
 * The listeners contributed to {@code org.espice.eclipse.batchCompletion}. The workbench's notice comes through
 * here, so the jobs need no UI; in a headless Eclipse the extension point simply has no contributions.
 */
final class BatchCompletionListeners {

	private static final String EXTENSION_POINT = "org.espice.eclipse.batchCompletion"; //$NON-NLS-1$

	private BatchCompletionListeners() {
	}

	/** Tells every contributed listener; a failing one is logged and does not stop the others. */
	static void notifyAll(BatchOutcome outcome) {
		for (IConfigurationElement element : Platform.getExtensionRegistry()
				.getConfigurationElementsFor(EXTENSION_POINT)) {
			try {
				if (element.createExecutableExtension("class") instanceof BatchCompletionListener listener) { //$NON-NLS-1$
					listener.batchFinished(outcome);
				}
			} catch (CoreException e) {
				ILog.of(BatchCompletionListeners.class).log(e.getStatus());
			} catch (RuntimeException e) {
				ILog.of(BatchCompletionListeners.class).error(
						"Batch completion listener of " + element.getContributor().getName() + " failed", e); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}
}
