package org.espice.eclipse.internal.preferences;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.espice.core.DeviceKind;
import org.espice.core.batch.BatchConfig;
import org.espice.core.simulate.NgspiceRunner;
import org.espice.core.spice.Dialect;

/** The preference keys of ESpice (instance scope, node {@value #NODE}) and the batch defaults they make. */
public final class EspicePreferences {

	public static final String NODE = "org.espice.ui"; //$NON-NLS-1$
	public static final String DIALECT = "dialect"; //$NON-NLS-1$
	public static final String PARALLELISM = "parallelism"; //$NON-NLS-1$
	public static final String RETRIES = "retries"; //$NON-NLS-1$
	public static final String TIMEOUT_SECONDS = "timeoutSeconds"; //$NON-NLS-1$
	public static final String KIND_OVERRIDE = "kindOverride"; //$NON-NLS-1$
	public static final String PREVIEW = "previewBeforeWrite"; //$NON-NLS-1$
	public static final String OUTPUT_FOLDER_NAME = "outputFolderName"; //$NON-NLS-1$
	public static final String NOTIFY_ON_COMPLETION = "notifyOnCompletion"; //$NON-NLS-1$
	public static final String NGSPICE_PATH = "ngspicePath"; //$NON-NLS-1$
	/** Read and fit in the workbench's threads instead of worker processes (for debugging). */
	public static final String IN_PROCESS = "inProcess"; //$NON-NLS-1$
	/** The value of {@link #NGSPICE_PATH} that means: the ngspice found on the PATH. */
	public static final String NGSPICE_ON_PATH = "ngspice"; //$NON-NLS-1$

	private EspicePreferences() {
	}

	public static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}

	/** The batch configuration the wizard starts from: the preference values over the engine's defaults. */
	public static BatchConfig batchDefaults() {
		BatchConfig base = BatchConfig.defaults();
		var p = Platform.getPreferencesService();
		BatchConfig config = base
				.withDialect(dialect(p.getString(NODE, DIALECT, base.dialect().id(), null)))
				.withParallelism(clamp(p.getInt(NODE, PARALLELISM, base.parallelism(), null), 1,
						BatchConfig.MAX_PARALLELISM))
				.withRetries(clamp(p.getInt(NODE, RETRIES, base.retries(), null), 0, 10), base.backoffMillis())
				.withTimeoutSeconds(Math.max(1, p.getLong(NODE, TIMEOUT_SECONDS, base.timeoutSeconds(), null)))
				.withPreviewBeforeWrite(p.getBoolean(NODE, PREVIEW, base.previewBeforeWrite(), null));
		String kind = p.getString(NODE, KIND_OVERRIDE, "", null); //$NON-NLS-1$
		try {
			return kind.isBlank() ? config : config.withKindOverride(DeviceKind.fromId(kind));
		} catch (IllegalArgumentException e) {
			return config;
		}
	}

	public static String outputFolderName() {
		String name = Platform.getPreferencesService().getString(NODE, OUTPUT_FOLDER_NAME, "models", null); //$NON-NLS-1$
		return name.isBlank() ? "models" : name.trim(); //$NON-NLS-1$
	}

	/** The ngspice of the preference (a path), or the one on the PATH when the preference is "ngspice" or empty. */
	public static Optional<NgspiceRunner> ngspice() {
		String configured = Platform.getPreferencesService().getString(NODE, NGSPICE_PATH, NGSPICE_ON_PATH, null)
				.trim();
		if (configured.isEmpty() || configured.equals(NGSPICE_ON_PATH)) {
			return NgspiceRunner.find();
		}
		Path path = Path.of(configured);
		return Files.isExecutable(path) ? Optional.of(new NgspiceRunner(path, Duration.ofSeconds(30)))
				: Optional.empty();
	}

	public static boolean inProcess() {
		return Platform.getPreferencesService().getBoolean(NODE, IN_PROCESS, false, null);
	}

	public static boolean notifyOnCompletion() {
		return Platform.getPreferencesService().getBoolean(NODE, NOTIFY_ON_COMPLETION, true, null);
	}

	private static Dialect dialect(String id) {
		try {
			return Dialect.fromId(id);
		} catch (IllegalArgumentException e) {
			return Dialect.NGSPICE;
		}
	}

	private static int clamp(int v, int min, int max) {
		return Math.max(min, Math.min(max, v));
	}
}
