package org.espice.ui.internal.wizards;

import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Path;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;
import org.espice.core.DeviceKind;
import org.espice.core.batch.BatchConfig;
import org.espice.core.spice.Dialect;
import org.espice.eclipse.internal.preferences.EspicePreferences;
import org.espice.eclipse.internal.workspace.ProjectPresets;
import org.espice.ui.internal.Messages;

/** Page 2: output folder in the workspace, dialect, parallelism, retries, timeout, kind override, preview. */
public final class BatchOptionsPage extends WizardPage {

	private final DatasheetFilesPage filesPage;
	private Text output;
	private Combo dialect;
	private Spinner parallelism;
	private Spinner retries;
	private Spinner timeout;
	private Combo kind;
	private Button preview;
	private Combo preset;

	public BatchOptionsPage(DatasheetFilesPage filesPage) {
		super("options"); //$NON-NLS-1$
		this.filesPage = filesPage;
		setTitle(Messages.OptionsPage_title);
		setDescription(Messages.OptionsPage_description);
	}

	@Override
	public void createControl(Composite parent) {
		BatchConfig defaults = EspicePreferences.batchDefaults();
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(3, false));

		label(body, Messages.OptionsPage_output);
		output = new Text(body, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(output);
		output.addListener(SWT.Modify, e -> validate());
		Button browse = new Button(body, SWT.PUSH);
		browse.setText(Messages.OptionsPage_browse);
		browse.addListener(SWT.Selection, e -> browse());

		label(body, Messages.OptionsPage_dialect);
		dialect = new Combo(body, SWT.READ_ONLY);
		for (Dialect d : Dialect.values()) {
			dialect.add(d.id());
		}
		dialect.select(defaults.dialect().ordinal());
		span(dialect);

		label(body, Messages.OptionsPage_parallelism);
		parallelism = spinner(body, 1, BatchConfig.MAX_PARALLELISM, defaults.parallelism());
		label(body, Messages.OptionsPage_retries);
		retries = spinner(body, 0, 10, defaults.retries());
		label(body, Messages.OptionsPage_timeout);
		timeout = spinner(body, 1, 3600, (int) defaults.timeoutSeconds());

		label(body, Messages.OptionsPage_kind);
		kind = new Combo(body, SWT.READ_ONLY);
		kind.add(Messages.OptionsPage_kindAsRead);
		for (DeviceKind k : DeviceKind.values()) {
			kind.add(k.id());
		}
		kind.select(defaults.kindOverride() == null ? 0 : defaults.kindOverride().ordinal() + 1);
		span(kind);

		preview = new Button(body, SWT.CHECK);
		preview.setText(Messages.OptionsPage_preview);
		preview.setSelection(defaults.previewBeforeWrite());
		GridDataFactory.fillDefaults().span(3, 1).applyTo(preview);

		label(body, Messages.OptionsPage_preset);
		preset = new Combo(body, SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(preset);
		Composite presetButtons = new Composite(body, SWT.NONE);
		presetButtons.setLayout(new org.eclipse.swt.layout.RowLayout());
		button(presetButtons, Messages.OptionsPage_presetSave, this::savePreset);
		button(presetButtons, Messages.OptionsPage_presetLoad, this::loadPreset);
		button(presetButtons, Messages.OptionsPage_presetDelete, this::deletePreset);

		setControl(body);
		validate();
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			reloadPresetNames();
		}
		if (visible && output.getText().isBlank()) {
			IPath suggested = defaultOutput(filesPage.checkedFiles());
			if (suggested != null) {
				output.setText(suggested.makeRelative().toString());
			}
		}
		super.setVisible(visible);
	}

	/** {@code models/} beside the PDFs: in the deepest folder holding all of them. */
	static IPath defaultOutput(List<IFile> files) {
		IPath common = null;
		for (IFile file : files) {
			IPath parent = file.getParent().getFullPath();
			if (common == null) {
				common = parent;
			} else {
				int n = common.matchingFirstSegments(parent);
				common = common.uptoSegment(n);
			}
		}
		return common == null || common.segmentCount() == 0 ? null
				: common.append(EspicePreferences.outputFolderName());
	}

	private void browse() {
		ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(),
				ResourcesPlugin.getWorkspace().getRoot(), true, Messages.OptionsPage_output.replace("&", "")); //$NON-NLS-1$ //$NON-NLS-2$
		if (dialog.open() == Window.OK && dialog.getResult().length == 1) {
			output.setText(((IPath) dialog.getResult()[0]).makeRelative().toString());
		}
	}

	/** The output folder, which may not exist yet, or null when the text names none inside a project. */
	public IContainer outputContainer() {
		String text = output.getText().trim();
		if (text.isEmpty()) {
			return null;
		}
		IPath path = Path.forPosix(text).makeAbsolute();
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		if (path.segmentCount() == 0 || !root.getProject(path.segment(0)).isOpen()) {
			return null;
		}
		IResource existing = root.findMember(path);
		if (existing != null) {
			return existing instanceof IContainer c ? c : null;
		}
		return path.segmentCount() == 1 ? root.getProject(path.segment(0)) : root.getFolder(path);
	}

	/** The options as a batch configuration, without its output folder (set when the job starts). */
	public BatchConfig config() {
		BatchConfig config = EspicePreferences.batchDefaults().withKindOverride(null).withDialect(Dialect.values()[dialect.getSelectionIndex()])
				.withParallelism(parallelism.getSelection())
				.withRetries(retries.getSelection(), BatchConfig.defaults().backoffMillis())
				.withTimeoutSeconds(timeout.getSelection()).withPreviewBeforeWrite(preview.getSelection());
		int k = kind.getSelectionIndex();
		return k <= 0 ? config : config.withKindOverride(DeviceKind.values()[k - 1]);
	}

	/** Presets live in the project of the first checked file. */
	private ProjectPresets presets() {
		List<IFile> files = filesPage.checkedFiles();
		return files.isEmpty() ? null : new ProjectPresets(files.get(0).getProject());
	}

	private void reloadPresetNames() {
		ProjectPresets presets = presets();
		String current = preset.getText();
		preset.removeAll();
		if (presets != null) {
			try {
				presets.names().forEach(preset::add);
			} catch (java.io.IOException e) {
				setErrorMessage(e.getMessage());
			}
		}
		preset.setText(current);
	}

	private void savePreset() {
		ProjectPresets presets = presets();
		if (presets == null) {
			return;
		}
		try {
			presets.save(preset.getText().trim(), config());
			reloadPresetNames();
			setMessage(org.eclipse.osgi.util.NLS.bind(Messages.OptionsPage_presetSaved, preset.getText().trim()));
		} catch (java.io.IOException e) {
			setErrorMessage(e.getMessage());
		}
	}

	private void loadPreset() {
		ProjectPresets presets = presets();
		if (presets == null) {
			return;
		}
		try {
			apply(presets.load(preset.getText().trim()));
			setMessage(org.eclipse.osgi.util.NLS.bind(Messages.OptionsPage_presetLoaded, preset.getText().trim()));
			validate();
		} catch (java.io.IOException e) {
			setErrorMessage(e.getMessage());
		}
	}

	private void deletePreset() {
		ProjectPresets presets = presets();
		if (presets == null) {
			return;
		}
		try {
			presets.delete(preset.getText().trim());
			preset.setText(""); //$NON-NLS-1$
			reloadPresetNames();
		} catch (java.io.IOException e) {
			setErrorMessage(e.getMessage());
		}
	}

	/** Shows a configuration's values in the widgets. */
	public void apply(BatchConfig config) {
		dialect.select(config.dialect().ordinal());
		parallelism.setSelection(config.parallelism());
		retries.setSelection(config.retries());
		timeout.setSelection((int) config.timeoutSeconds());
		kind.select(config.kindOverride() == null ? 0 : config.kindOverride().ordinal() + 1);
		preview.setSelection(config.previewBeforeWrite());
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
	}

	private void validate() {
		String error = null;
		if (output.getText().isBlank()) {
			error = Messages.OptionsPage_outputMissing;
		} else if (outputContainer() == null) {
			error = Messages.OptionsPage_outputInvalid;
		}
		setErrorMessage(error);
		setPageComplete(error == null);
	}

	private static void label(Composite parent, String text) {
		new Label(parent, SWT.NONE).setText(text);
	}

	private static void span(org.eclipse.swt.widgets.Control control) {
		GridDataFactory.fillDefaults().span(2, 1).applyTo(control);
	}

	private static Spinner spinner(Composite parent, int min, int max, int value) {
		Spinner spinner = new Spinner(parent, SWT.BORDER);
		spinner.setValues(value, min, max, 0, 1, 5);
		span(spinner);
		return spinner;
	}
}
