package org.espice.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Strings users see, from {@code messages.properties}. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.espice.ui.internal.messages"; //$NON-NLS-1$

	public static String ExtractModelsHandler_noPdfTitle;
	public static String ExtractModelsHandler_noPdfMessage;
	public static String BatchWizard_title;
	public static String FilesPage_title;
	public static String FilesPage_description;
	public static String FilesPage_includeSubfolders;
	public static String FilesPage_columnFile;
	public static String FilesPage_columnSize;
	public static String FilesPage_columnStatus;
	public static String FilesPage_columnKind;
	public static String FilesPage_statusOk;
	public static String FilesPage_statusTooLarge;
	public static String FilesPage_statusEmpty;
	public static String FilesPage_statusMissing;
	public static String FilesPage_remove;
	public static String FilesPage_add;
	public static String FilesPage_addMessage;
	public static String FilesPage_selectAll;
	public static String FilesPage_noneChecked;
	public static String FilesPage_tooMany;
	public static String OptionsPage_title;
	public static String OptionsPage_description;
	public static String OptionsPage_output;
	public static String OptionsPage_browse;
	public static String OptionsPage_dialect;
	public static String OptionsPage_parallelism;
	public static String OptionsPage_retries;
	public static String OptionsPage_timeout;
	public static String OptionsPage_kind;
	public static String OptionsPage_kindAsRead;
	public static String OptionsPage_preview;
	public static String OptionsPage_outputMissing;
	public static String OptionsPage_outputInvalid;
	public static String FirstUse_chooseFolder;
	public static String FirstUse_fromFolder;
	public static String FirstUse_intro;
	public static String FirstUse_samples;
	public static String BatchView_summary;
	public static String BatchView_summaryIdle;
	public static String BatchView_eta;
	public static String BatchView_skipped;
	public static String BatchOutput_none;
	public static String OptionsPage_preset;
	public static String OptionsPage_presetSave;
	public static String OptionsPage_presetLoad;
	public static String OptionsPage_presetDelete;
	public static String OptionsPage_presetSaved;
	public static String OptionsPage_presetLoaded;
	public static String PreferencePage_description;
	public static String PreferencePage_outputName;
	public static String PreferencePage_notify;
	public static String PreferencePage_inProcess;
	public static String PreferencePage_ngspice;
	public static String PreferencePage_ngspiceInvalid;
	public static String CompletionNotice_title;
	public static String CompletionNotice_text;
	public static String CompletionNotice_link;
	public static String VerificationDialog_title;
	public static String ItemState_queued;
	public static String ItemState_running;
	public static String ItemState_awaitingReview;
	public static String DetailsPane_parameter;
	public static String DetailsPane_min;
	public static String DetailsPane_typ;
	public static String DetailsPane_max;
	public static String DetailsPane_unit;
	public static String DetailsPane_conditions;
	public static String DetailsPane_page;
	public static String DetailsPane_accept;
	public static String DetailsPane_reject;
	public static String DetailsPane_badNumber;
	public static String DetailsPane_noDetails;
	public static String DetailsPane_notInMemory;
	public static String DetailsPane_notYet;
	public static String DetailsPane_failed;
	public static String DetailsPane_reviewHeading;
	public static String DetailsPane_doneHeading;
	public static String DetailsPane_valuesTab;
	public static String DetailsPane_modelTab;
	public static String DetailsPane_model;
	public static String DetailsPane_value;
	public static String DetailsPane_setBy;
	public static String DetailsPane_setByDefault;
	public static String DetailsPane_setByDatasheet;
	public static String DetailsPane_origin;
	public static String DetailsPane_curvesTab;
	public static String DetailsPane_noModel;
	public static String DetailsPane_simulating;
	public static String DatasheetPlots_heading;
	public static String DatasheetPlots_none;
	public static String DatasheetPlots_choose;
	public static String DatasheetPlots_drawing;
	public static String DetailsPane_part;
	public static String ItemState_done;
	public static String ItemState_failed;
	public static String ItemState_cancelled;
	public static String ItemState_skipped;
	public static String BatchView_columnFile;
	public static String BatchView_columnState;
	public static String BatchView_columnProgress;
	public static String BatchView_columnModel;
	public static String BatchView_columnReason;
	public static String BatchView_columnParts;
	public static String BatchView_columnKind;
	public static String BatchView_columnParameters;
	public static String CurvePlot_noCurve;
	public static String CurvePlot_noSimulation;
	public static String CurvePlot_datasheet;
	public static String CurvePlot_datasheetLimit;
	public static String CurvePlot_axisLabel;
	public static String BatchControlJob_pause;
	public static String BatchControlJob_resume;
	public static String BatchControlJob_accept;
	public static String BatchControlJob_reject;
	public static String BatchView_restoring;
	public static String PageDialog_heading;
	public static String PageDialog_next;
	public static String PageDialog_previous;
	public static String PageDialog_title;
	public static String PageDialog_zoomIn;
	public static String PageDialog_zoomOut;
	public static String DetailsPane_showInDatasheet;
	public static String Drop_copied;
	public static String Drop_copying;
	public static String Drop_failed;
	public static String PastBatches_entry;
	public static String PastBatches_label;
	public static String PastBatches_none;
	public static String PastBatches_tooltip;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
