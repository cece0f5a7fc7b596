package org.espice.ui.internal.preferences;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.espice.core.DeviceKind;
import org.espice.core.batch.BatchConfig;
import org.espice.core.spice.Dialect;
import org.espice.eclipse.internal.preferences.EspicePreferences;
import org.espice.ui.internal.Messages;

/** Defaults for every wizard option, the completion notice, and the ngspice executable. */
public final class EspicePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public EspicePreferencePage() {
		super(GRID);
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, EspicePreferences.NODE));
		setDescription(Messages.PreferencePage_description);
	}

	@Override
	public void init(IWorkbench workbench) {
	}

	@Override
	protected void createFieldEditors() {
		String[][] dialects = Arrays.stream(Dialect.values()).map(d -> new String[] { d.id(), d.id() })
				.toArray(String[][]::new);
		addField(new ComboFieldEditor(EspicePreferences.DIALECT, Messages.OptionsPage_dialect, dialects,
				getFieldEditorParent()));
		IntegerFieldEditor parallelism = new IntegerFieldEditor(EspicePreferences.PARALLELISM,
				Messages.OptionsPage_parallelism, getFieldEditorParent());
		parallelism.setValidRange(1, BatchConfig.MAX_PARALLELISM);
		addField(parallelism);
		IntegerFieldEditor retries = new IntegerFieldEditor(EspicePreferences.RETRIES, Messages.OptionsPage_retries,
				getFieldEditorParent());
		retries.setValidRange(0, 10);
		addField(retries);
		IntegerFieldEditor timeout = new IntegerFieldEditor(EspicePreferences.TIMEOUT_SECONDS,
				Messages.OptionsPage_timeout, getFieldEditorParent());
		timeout.setValidRange(1, 3600);
		addField(timeout);
		String[][] kinds = new String[DeviceKind.values().length + 1][];
		kinds[0] = new String[] { Messages.OptionsPage_kindAsRead, "" }; //$NON-NLS-1$
		for (DeviceKind k : DeviceKind.values()) {
			kinds[k.ordinal() + 1] = new String[] { k.id(), k.id() };
		}
		addField(new ComboFieldEditor(EspicePreferences.KIND_OVERRIDE, Messages.OptionsPage_kind, kinds,
				getFieldEditorParent()));
		addField(new StringFieldEditor(EspicePreferences.OUTPUT_FOLDER_NAME, Messages.PreferencePage_outputName,
				getFieldEditorParent()));
		addField(new BooleanFieldEditor(EspicePreferences.PREVIEW, Messages.OptionsPage_preview,
				getFieldEditorParent()));
		addField(new BooleanFieldEditor(EspicePreferences.NOTIFY_ON_COMPLETION, Messages.PreferencePage_notify,
				getFieldEditorParent()));
		addField(new NgspiceFieldEditor(getFieldEditorParent()));
		addField(new BooleanFieldEditor(EspicePreferences.IN_PROCESS, Messages.PreferencePage_inProcess,
				getFieldEditorParent()));
	}

	/**
	 * The ngspice to run: "ngspice" (or nothing) for the one on the PATH, else the path of an executable file.
	 * A plain {@link FileFieldEditor} would refuse the default "ngspice" and with it every change on this page.
	 */
	private static final class NgspiceFieldEditor extends FileFieldEditor {

		NgspiceFieldEditor(Composite parent) {
			super(EspicePreferences.NGSPICE_PATH, Messages.PreferencePage_ngspice, parent);
		}

		@Override
		protected boolean checkState() {
			String value = getTextControl() == null ? "" : getTextControl().getText().trim(); //$NON-NLS-1$
			boolean valid = value.isEmpty() || value.equals(EspicePreferences.NGSPICE_ON_PATH)
					|| Files.isRegularFile(Path.of(value)) && Files.isExecutable(Path.of(value));
			if (valid) {
				clearErrorMessage();
			} else {
				showErrorMessage(Messages.PreferencePage_ngspiceInvalid);
			}
			return valid;
		}
	}
}
