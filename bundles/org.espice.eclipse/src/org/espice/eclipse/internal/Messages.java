package org.espice.eclipse.internal;

import org.eclipse.osgi.util.NLS;

/** Strings users see from the jobs and the workspace model (job names, item states), from {@code messages.properties}. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.espice.eclipse.internal.messages"; //$NON-NLS-1$

	public static String BatchOutputJob_failed;
	public static String BatchOutputJob_reports;
	public static String BatchOutputJob_zip;
	public static String BatchRunJob_name;
	public static String BatchRunJob_notLocal;
	public static String BatchRunJob_paused;
	public static String BatchRunJob_progress;
	public static String BatchRunJob_review;
	public static String CurvesJob_name;
	public static String CurvesJob_noPoints;
	public static String PlotOverlayJob_name;
	public static String PlotOverlayJob_failed;
	public static String FileJob_name;
	public static String HistoryJob_name;
	public static String SampleBatchJob_failed;
	public static String SampleBatchJob_name;
	public static String ValueOnPageJob_failed;
	public static String ValueOnPageJob_name;
	public static String VerifyModelsJob_name;
	public static String VerifyModelsJob_noNgspice;
	public static String VerifyModelsJob_summary;
	public static String MailSummaryJob_name;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
