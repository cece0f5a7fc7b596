package org.espice.ui.internal.wizards;

import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.wizard.Wizard;
import org.espice.eclipse.internal.jobs.BatchRunJob;
import org.espice.eclipse.internal.model.DatasheetItem;
import org.espice.eclipse.internal.model.ExtractionQueue;
import org.espice.ui.internal.Messages;

/** Files, then options; Finish schedules one {@link BatchRunJob} and returns at once. */
public final class ExtractModelsWizard extends Wizard {

	private final DatasheetFilesPage filesPage;
	private final BatchOptionsPage optionsPage;
	private BatchRunJob job;

	public ExtractModelsWizard(ISelection selection) {
		this(selection, null);
	}

	/** @param note what the files page says first, e.g. where dropped files were copied; or null */
	public ExtractModelsWizard(ISelection selection, String note) {
		setWindowTitle(Messages.BatchWizard_title);
		setNeedsProgressMonitor(false);
		filesPage = new DatasheetFilesPage(selection);
		if (note != null) {
			filesPage.setMessage(note, org.eclipse.jface.dialogs.IMessageProvider.INFORMATION);
		}
		optionsPage = new BatchOptionsPage(filesPage);
	}

	@Override
	public void addPages() {
		addPage(filesPage);
		addPage(optionsPage);
	}

	@Override
	public boolean canFinish() {
		return filesPage.isPageComplete() && optionsPage.isPageComplete() && getContainer() != null
				&& getContainer().getCurrentPage() == optionsPage;
	}

	@Override
	public boolean performFinish() {
		List<IFile> files = filesPage.checkedFiles();
		IContainer output = optionsPage.outputContainer();
		if (files.isEmpty() || output == null) {
			return false;
		}
		List<DatasheetItem> items = ExtractionQueue.getDefault().submit(files);
		job = new BatchRunJob(items, optionsPage.config(), output);
		job.setKindOverrides(filesPage.kindOverrides());
		job.schedule();
		return true;
	}

	/** The job Finish scheduled, or null. */
	public BatchRunJob job() {
		return job;
	}
}
