package org.espice.eclipse.internal.model;

import org.espice.eclipse.internal.Messages;

/** Where one datasheet is in its processing. */
public enum TaskState {
	QUEUED, RUNNING, AWAITING_REVIEW, DONE, FAILED, CANCELED;

	/** Whether no more work will happen for the file in this run. */
	public boolean isFinal() {
		return this == DONE || this == FAILED || this == CANCELED;
	}

	public String label() {
		return switch (this) {
		case QUEUED -> Messages.TaskState_queued;
		case RUNNING -> Messages.TaskState_running;
		case AWAITING_REVIEW -> Messages.TaskState_awaitingReview;
		case DONE -> Messages.TaskState_done;
		case FAILED -> Messages.TaskState_failed;
		case CANCELED -> Messages.TaskState_canceled;
		};
	}
}
