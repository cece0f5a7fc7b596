package org.espice.ui.internal.preferences;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.espice.core.mail.MailSender;
import org.espice.core.mail.MailSettings;
import org.espice.core.mail.SummaryMail;
import org.espice.eclipse.internal.jobs.MailSummaryJob;
import org.espice.eclipse.internal.preferences.EspicePreferences;
import org.espice.eclipse.internal.preferences.MailPreferences;
import org.espice.ui.internal.Messages;

/**
 * Mail when a batch finishes: whether, after how long a batch, to whom, and through which SMTP server. The password
 * is kept in Eclipse secure storage. "Send Test Mail" applies the page and sends a test through the same code.
 */
public final class MailPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	private Button test;

	public MailPreferencePage() {
		super(GRID);
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, EspicePreferences.NODE));
		setDescription(Messages.MailPreferencePage_description);
	}

	@Override
	public void init(IWorkbench workbench) {
	}

	@Override
	protected void createFieldEditors() {
		Composite p = getFieldEditorParent();
		addField(new BooleanFieldEditor(MailPreferences.ENABLED, Messages.MailPreferencePage_enabled, p));
		IntegerFieldEditor minutes = new IntegerFieldEditor(MailPreferences.MIN_MINUTES,
				Messages.MailPreferencePage_minMinutes, p);
		minutes.setValidRange(0, 24 * 60);
		addField(minutes);
		addField(new StringFieldEditor(MailPreferences.TO, Messages.MailPreferencePage_to, p));
		addField(new StringFieldEditor(MailPreferences.HOST, Messages.MailPreferencePage_host, p));
		String[][] security = { { Messages.MailPreferencePage_starttls, MailSettings.Security.STARTTLS.id() },
				{ Messages.MailPreferencePage_tls, MailSettings.Security.TLS.id() },
				{ Messages.MailPreferencePage_none, MailSettings.Security.NONE.id() } };
		addField(new ComboFieldEditor(MailPreferences.SECURITY, Messages.MailPreferencePage_security, security, p));
		IntegerFieldEditor port = new IntegerFieldEditor(MailPreferences.PORT, Messages.MailPreferencePage_port, p);
		port.setValidRange(0, 65535);
		addField(port);
		addField(new StringFieldEditor(MailPreferences.USER, Messages.MailPreferencePage_user, p));
		addField(new PasswordFieldEditor(p));
		addField(new StringFieldEditor(MailPreferences.FROM, Messages.MailPreferencePage_from, p));
		addField(new StringFieldEditor(MailPreferences.TRUST, Messages.MailPreferencePage_trust, p));
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite box = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		box.setLayout(layout);
		Control fields = super.createContents(box);
		fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		test = new Button(box, SWT.PUSH);
		test.setText(Messages.MailPreferencePage_test);
		test.addListener(SWT.Selection, e -> sendTest());
		return box;
	}

	/** Applies the page, then mails a test with what it holds; the page's message says how it went. */
	void sendTest() {
		if (!performOk()) {
			return;
		}
		test.setEnabled(false);
		setMessage(Messages.MailPreferencePage_testSending, IMessageProvider.INFORMATION);
		MailSummaryJob job = new MailSummaryJob(SummaryMail.test());
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				MailSender.Result r = job.result();
				if (test.isDisposed()) {
					return;
				}
				test.getDisplay().asyncExec(() -> {
					if (!test.isDisposed()) {
						test.setEnabled(true);
						setMessage(r == null ? null : r.message(),
								r != null && r.sent() ? IMessageProvider.INFORMATION : IMessageProvider.WARNING);
					}
				});
			}
		});
		job.schedule();
	}

	/** The password: shown as dots, stored encrypted in Eclipse secure storage instead of the preferences. */
	private static final class PasswordFieldEditor extends StringFieldEditor {

		PasswordFieldEditor(Composite parent) {
			super("mail.password.secure", Messages.MailPreferencePage_password, parent); //$NON-NLS-1$
			getTextControl(parent).setEchoChar('\u25CF');
		}

		@Override
		protected void doLoad() {
			try {
				getTextControl().setText(MailPreferences.password());
			} catch (StorageException e) {
				ILog.of(MailPreferencePage.class).warn("SMTP password not read from secure storage", e); //$NON-NLS-1$
			}
		}

		@Override
		protected void doLoadDefault() {
			getTextControl().setText(""); //$NON-NLS-1$
		}

		@Override
		protected void doStore() {
			try {
				MailPreferences.setPassword(getTextControl().getText());
			} catch (StorageException e) {
				ILog.of(MailPreferencePage.class).error("SMTP password not stored in secure storage", e); //$NON-NLS-1$
			}
		}
	}
}
