package org.espice.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Strings users see, from {@code messages.properties}. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.espice.ui.internal.messages"; //$NON-NLS-1$

	public static String ExtractModelsHandler_noPdfTitle;
	public static String ExtractModelsHandler_noPdfMessage;
	public static String PdfProbeJob_name;
	public static String PdfProbeJob_notLocal;
	public static String PdfProbeJob_logFailure;
	public static String TaskState_queued;
	public static String TaskState_running;
	public static String TaskState_done;
	public static String TaskState_failed;
	public static String TaskState_canceled;
	public static String BatchView_columnFile;
	public static String BatchView_columnState;
	public static String BatchView_columnPages;
	public static String BatchView_columnTitle;
	public static String BatchView_columnDetails;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
