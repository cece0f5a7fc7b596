package org.espice.eclipse.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.espice.core.batch.BatchConfig;

/** Defaults of every ESpice preference, taken from the batch engine's defaults. */
public final class EspicePreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		BatchConfig defaults = BatchConfig.defaults();
		IEclipsePreferences node = DefaultScope.INSTANCE.getNode(EspicePreferences.NODE);
		node.put(EspicePreferences.DIALECT, defaults.dialect().id());
		node.putInt(EspicePreferences.PARALLELISM, defaults.parallelism());
		node.putInt(EspicePreferences.RETRIES, defaults.retries());
		node.putLong(EspicePreferences.TIMEOUT_SECONDS, defaults.timeoutSeconds());
		node.put(EspicePreferences.KIND_OVERRIDE, ""); //$NON-NLS-1$
		node.putBoolean(EspicePreferences.PREVIEW, defaults.previewBeforeWrite());
		node.put(EspicePreferences.OUTPUT_FOLDER_NAME, "models"); //$NON-NLS-1$
		node.putBoolean(EspicePreferences.NOTIFY_ON_COMPLETION, true);
		node.putBoolean(EspicePreferences.IN_PROCESS, false);
		node.put(EspicePreferences.NGSPICE_PATH, EspicePreferences.NGSPICE_ON_PATH);
	}
}
