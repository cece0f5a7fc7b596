package org.espice.eclipse.internal.preferences;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.espice.core.mail.MailSettings;

/**
 * The mail sent when a batch finishes: the SMTP settings in the preferences (node {@value EspicePreferences#NODE}),
 * the password in Eclipse's secure storage (node {@value #SECURE_NODE}, encrypted), never in a preference file.
 */
public final class MailPreferences {

	public static final String ENABLED = "mail.enabled"; //$NON-NLS-1$
	/** Mail only batches that ran at least this many minutes (0: every batch). */
	public static final String MIN_MINUTES = "mail.minMinutes"; //$NON-NLS-1$
	public static final String TO = "mail.to"; //$NON-NLS-1$
	public static final String HOST = "mail.host"; //$NON-NLS-1$
	public static final String PORT = "mail.port"; //$NON-NLS-1$
	public static final String SECURITY = "mail.security"; //$NON-NLS-1$
	public static final String USER = "mail.user"; //$NON-NLS-1$
	public static final String FROM = "mail.from"; //$NON-NLS-1$
	public static final String TRUST = "mail.trust"; //$NON-NLS-1$
	public static final String SECURE_NODE = "org.espice/mail"; //$NON-NLS-1$
	private static final String PASSWORD = "password"; //$NON-NLS-1$

	private MailPreferences() {
	}

	public static boolean enabled() {
		return Platform.getPreferencesService().getBoolean(EspicePreferences.NODE, ENABLED, false, null);
	}

	public static int minMinutes() {
		return Math.max(0, Platform.getPreferencesService().getInt(EspicePreferences.NODE, MIN_MINUTES, 0, null));
	}

	/** Whether a batch that ran {@code activeMillis} gets a mail: mail is on and the batch ran long enough. */
	public static boolean mailsAfter(long activeMillis) {
		return enabled() && activeMillis >= minMinutes() * 60_000L;
	}

	/** The settings of the preferences, with the password from secure storage. */
	public static MailSettings settings() throws StorageException {
		var p = Platform.getPreferencesService();
		MailSettings.Security security;
		try {
			security = MailSettings.Security.fromId(p.getString(EspicePreferences.NODE, SECURITY,
					MailSettings.Security.STARTTLS.id(), null));
		} catch (IllegalArgumentException e) {
			security = MailSettings.Security.STARTTLS;
		}
		return new MailSettings(get(HOST), p.getInt(EspicePreferences.NODE, PORT, 0, null), security, get(USER),
				password(), get(FROM), MailSettings.recipients(get(TO)), get(TRUST), 0);
	}

	/** The stored password, or empty. */
	public static String password() throws StorageException {
		ISecurePreferences node = secureNode();
		return node == null ? "" : node.get(PASSWORD, ""); //$NON-NLS-1$
	}

	/** Stores the password encrypted, or removes it when empty. */
	public static void setPassword(String password) throws StorageException {
		ISecurePreferences node = secureNode();
		if (node == null) {
			throw new StorageException(StorageException.NO_SECURE_MODULE, "Eclipse secure storage is not available"); //$NON-NLS-1$
		}
		if (password == null || password.isEmpty()) {
			node.remove(PASSWORD);
		} else {
			node.put(PASSWORD, password, true);
		}
		try {
			node.flush();
		} catch (java.io.IOException e) {
			throw new StorageException(StorageException.INTERNAL_ERROR, e);
		}
	}

	private static ISecurePreferences secureNode() {
		ISecurePreferences root = SecurePreferencesFactory.getDefault();
		return root == null ? null : root.node(SECURE_NODE);
	}

	private static String get(String key) {
		return Platform.getPreferencesService().getString(EspicePreferences.NODE, key, "", null); //$NON-NLS-1$
	}
}
