package org.espice.ui.internal.views;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;
import org.espice.eclipse.internal.jobs.SampleBatchJob;
import org.espice.ui.internal.Messages;
import org.espice.ui.internal.wizards.ExtractModelsWizard;

/**
 * What the SPICE Batch view offers while it shows no batch: extract models from a folder of the workspace (the
 * wizard on it), or try ESpice on its sample datasheets (written into a new project and run at once).
 */
final class FirstUsePanel {

	private final Composite panel;
	private final Link fromFolder;
	private final Link samples;

	FirstUsePanel(Composite parent) {
		panel = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginHeight = 12;
		layout.verticalSpacing = 8;
		panel.setLayout(layout);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(panel);
		Label intro = new Label(panel, SWT.WRAP);
		intro.setText(Messages.FirstUse_intro);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(intro);
		fromFolder = new Link(panel, SWT.NONE);
		fromFolder.setText(Messages.FirstUse_fromFolder);
		fromFolder.addListener(SWT.Selection, e -> extractFromFolder());
		samples = new Link(panel, SWT.NONE);
		samples.setText(Messages.FirstUse_samples);
		samples.addListener(SWT.Selection, e -> new SampleBatchJob().schedule());
	}

	/** Shows the panel while there is no batch, hides it (and its space) once there is one. */
	void show(boolean noBatch) {
		if (panel.getVisible() == noBatch && ((GridData) panel.getLayoutData()).exclude != noBatch) {
			return;
		}
		panel.setVisible(noBatch);
		((GridData) panel.getLayoutData()).exclude = !noBatch;
		panel.getParent().layout(true, true);
	}

	/** Asks for a folder or project of the workspace, then opens the wizard on its PDFs. */
	private void extractFromFolder() {
		ContainerSelectionDialog choose = new ContainerSelectionDialog(panel.getShell(),
				ResourcesPlugin.getWorkspace().getRoot(), false, Messages.FirstUse_chooseFolder);
		choose.setTitle(Messages.BatchWizard_title);
		if (choose.open() != Window.OK || choose.getResult() == null || choose.getResult().length == 0) {
			return;
		}
		IResource chosen = ResourcesPlugin.getWorkspace().getRoot().findMember((IPath) choose.getResult()[0]);
		if (chosen instanceof IContainer container) {
			new WizardDialog(panel.getShell(), new ExtractModelsWizard(new StructuredSelection(container))).open();
		}
	}

	Composite control() {
		return panel;
	}

	Link fromFolderLink() {
		return fromFolder;
	}

	Link samplesLink() {
		return samples;
	}
}
