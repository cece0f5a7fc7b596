package org.espice.cli;

/** Exit codes of the batch commands; the same list is in each command's {@code --help}. */
final class ExitCodes {

	static final int OK = 0;
	static final int FILES_FAILED = 1;
	static final int USAGE = 2;
	static final int PAUSED = 3;
	static final int NOT_FOUND = 4;
	static final int AWAITING_REVIEW = 5;
	static final int INTERRUPTED = 130;

	static final String HEADING = "%nExit codes:%n";
	// one constant per line of the help, because annotation values must be constants
	static final String L0 = "0:every file done (or skipped as a duplicate)";
	static final String L1 = "1:some files failed or were cancelled; the rest completed (see the report)";
	static final String L2 = "2:invalid command line";
	static final String L3 = "3:the batch paused on a critical condition (output folder not writable, disk full); "
			+ "fix it and run 'espice resume'";
	static final String L4 = "4:a batch, input or file could not be found, read or locked (another process runs it)";
	static final String L5 = "5:files wait for review (preview-before-write); accept them in the IDE";
	static final String L130 = "130:interrupted (Ctrl-C); run 'espice resume' to finish";

	private ExitCodes() {
	}
}
