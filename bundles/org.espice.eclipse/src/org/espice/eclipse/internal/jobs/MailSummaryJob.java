package org.espice.eclipse.internal.jobs;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.security.storage.StorageException;
import org.espice.core.batch.BatchReport;
import org.espice.core.batch.BatchSnapshot;
import org.espice.core.mail.MailSender;
import org.espice.core.mail.MailSettings;
import org.espice.core.mail.SummaryMail;
import org.espice.eclipse.internal.Messages;
import org.espice.eclipse.internal.preferences.MailPreferences;

/**
 * Mails the summary of a finished batch with the preferences' SMTP settings, off the batch's thread. The result goes
 * to the Error Log (information when sent, a warning with the reason when not); a mail that fails never changes the
 * batch.
 */
public final class MailSummaryJob extends Job {

	private final SummaryMail mail;
	private volatile MailSender.Result result;

	public MailSummaryJob(SummaryMail mail) {
		super(Messages.MailSummaryJob_name);
		this.mail = mail;
		setSystem(true);
	}

	/** Schedules the mail of a finished batch when the preferences ask for one after a batch that long. */
	static void scheduleIfWanted(BatchSnapshot batch) {
		if (batch != null && MailPreferences.mailsAfter(batch.stats().activeMillis())) {
			new MailSummaryJob(SummaryMail.of(BatchReport.of(batch))).schedule();
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == EspiceJobFamilies.MAIL;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		MailSender.Result r;
		try {
			MailSettings settings = MailPreferences.settings();
			r = MailSender.send(settings, mail);
		} catch (StorageException e) {
			r = new MailSender.Result(false, "Mail not sent: the SMTP password could not be read from Eclipse secure storage: " //$NON-NLS-1$
					+ e.getMessage());
		}
		result = r;
		ILog.of(MailSummaryJob.class).log(new Status(r.sent() ? IStatus.INFO : IStatus.WARNING,
				MailSummaryJob.class, r.message()));
		return Status.OK_STATUS;
	}

	/** How the send went, once the job has run; else null. */
	public MailSender.Result result() {
		return result;
	}
}
