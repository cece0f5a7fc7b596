package org.espice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.espice.core.batch.BatchConfig;
import org.espice.core.mail.MailSettings;
import org.espice.eclipse.internal.headless.BatchApplication;
import org.espice.eclipse.internal.jobs.EspiceJobFamilies;
import org.espice.eclipse.internal.model.ExtractionQueue;
import org.espice.eclipse.internal.preferences.EspicePreferences;
import org.espice.eclipse.internal.preferences.MailPreferences;
import org.espice.ui.internal.preferences.MailPreferencePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/**
 * Mail when done, in the workbench: the preference page (the password in secure storage, the test button), the
 * summary after a batch, a server that is down, and the headless application's options; against GreenMail.
 */
@ExtendWith(WorkspaceLogOnFailure.class)
class MailWhenDoneTest {

	private static final String USER = "ide@example.com";
	private static final String PASSWORD = "from-secure-storage";

	@TempDir
	Path dir;

	private GreenMail smtp;
	private IProject project;

	@BeforeEach
	void start() {
		smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.setUser(USER, USER, PASSWORD);
		smtp.start();
	}

	@AfterEach
	void tearDown() throws Exception {
		smtp.stop();
		Job.getJobManager().join(EspiceJobFamilies.MAIL, new NullProgressMonitor());
		EspicePreferences.node().clear();
		MailPreferences.setPassword("");
		ExtractionQueue.getDefault().clearFinished();
		if (project != null) {
			Workbenches.closeProject(project);
		}
	}

	private void mailTo(int port) {
		var node = EspicePreferences.node();
		node.putBoolean(MailPreferences.ENABLED, true);
		node.put(MailPreferences.TO, "lab@example.com, lead@example.com");
		node.put(MailPreferences.HOST, "127.0.0.1");
		node.putInt(MailPreferences.PORT, port);
		node.put(MailPreferences.SECURITY, MailSettings.Security.NONE.id());
		node.put(MailPreferences.USER, USER);
	}

	@Test
	void aFinishedBatchMailsItsSummaryWithThePasswordFromSecureStorage() throws Exception {
		mailTo(smtp.getSmtp().getPort());
		MailPreferences.setPassword(PASSWORD);
		assertEquals(PASSWORD, MailPreferences.password());
		assertFalse(EspicePreferences.node().get("mail.password", "").contains(PASSWORD),
				"the password stays out of the preferences");
		IFolder in = sheets(2);
		Workbenches.runBatch(in, BatchConfig.defaults(), in.getFolder("models"));
		Job.getJobManager().join(EspiceJobFamilies.MAIL, new NullProgressMonitor());
		assertTrue(smtp.waitForIncomingEmail(10_000, 2), "one mail for each of two recipients");
		MimeMessage m = smtp.getReceivedMessages()[0];
		assertTrue(m.getSubject().startsWith("ESpice batch "), m.getSubject());
		assertTrue(m.getSubject().contains("2 files: "), m.getSubject());
		String raw = GreenMailUtil.getWholeMessage(m);
		assertTrue(raw.contains(".report.csv"), raw);
	}

	@Test
	void aServerThatIsDownLeavesTheBatchAsItEnded() throws Exception {
		int closed;
		try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closed = s.getLocalPort();
		}
		mailTo(closed);
		EspicePreferences.node().put(MailPreferences.USER, "");
		IFolder in = sheets(1);
		var items = Workbenches.runBatch(in, BatchConfig.defaults(), in.getFolder("models"));
		Job.getJobManager().join(EspiceJobFamilies.MAIL, new NullProgressMonitor());
		assertTrue(items.get(0).state().isFinal(), items.get(0).toString());
		assertEquals(0, smtp.getReceivedMessages().length);
	}

	@Test
	void thePreferencePageStoresThePasswordSecurelyAndSendsATest() throws Exception {
		mailTo(smtp.getSmtp().getPort());
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(Workbenches.prepareWindow().getShell(),
				"org.espice.ui.preferences.mail", null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			MailPreferencePage page = (MailPreferencePage) dialog.getSelectedPage();
			Text password = Workbenches.find(dialog.getShell(), Text.class).stream()
					.filter(t -> t.getEchoChar() != 0).findFirst().orElseThrow();
			password.setText(PASSWORD);
			var size = dialog.getShell().computeSize(org.eclipse.swt.SWT.DEFAULT, org.eclipse.swt.SWT.DEFAULT);
			var now = dialog.getShell().getSize();
			// a dialog whose size other tests left smaller than the page would hide its last rows in the screenshot
			dialog.getShell().setSize(Math.max(now.x, size.x), Math.max(now.y, size.y));
			Workbenches.spin(java.time.Duration.ofMillis(200));
			Workbenches.screenshot("mail-preferences");
			Workbenches.click(dialog.getShell(), "Send Test Mail");
			Job.getJobManager().join(EspiceJobFamilies.MAIL, new NullProgressMonitor());
			Workbenches.spinUntil(() -> page.getMessage() != null && !page.getMessage().startsWith("Sending"),
					Duration.ofSeconds(10), () -> "the test's result on the page");
			assertTrue(page.getMessage().startsWith("Mailed the summary to lab@example.com"), page.getMessage());
			assertEquals(PASSWORD, MailPreferences.password(), "the page stored the password in secure storage");
			assertTrue(smtp.waitForIncomingEmail(10_000, 2));
			assertEquals("ESpice test mail", smtp.getReceivedMessages()[0].getSubject());
		} finally {
			dialog.close();
		}
	}

	@Test
	void theHeadlessApplicationMailsWithItsOwnOptions() throws Exception {
		Path sheets = Files.createDirectories(dir.resolve("sheets"));
		org.espice.tests.common.TestPdfs.datasheet(sheets.resolve("h1.pdf"), "H1");
		Path pw = Files.writeString(dir.resolve("pw"), PASSWORD);
		String name = "mail-headless-" + System.nanoTime();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		AtomicReference<Object> result = new AtomicReference<>();
		Thread run = new Thread(() -> {
			try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
				result.set(new BatchApplication().run(List.of("-project", name, "-location", dir.toString(), "-input",
						"sheets", "-mailTo", "ci@example.com", "-smtpHost", "127.0.0.1", "-smtpPort",
						Integer.toString(smtp.getSmtp().getPort()), "-smtpSecurity", "none", "-smtpUser", USER,
						"-smtpPasswordFile", pw.toString()), out));
			} catch (Exception e) {
				result.set(e);
			}
		});
		run.start();
		Workbenches.spinUntil(() -> !run.isAlive(), Duration.ofSeconds(60), () -> "headless run, output: " + bytes);
		project = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		String output = bytes.toString(StandardCharsets.UTF_8);
		assertNotNull(result.get(), output);
		assertTrue(output.contains("Mailed the summary to ci@example.com"), output);
		assertEquals(1, smtp.getReceivedMessages().length);
	}

	private IFolder sheets(int n) throws Exception {
		project = Workbenches.openProject("mail");
		IFolder in = project.getFolder("in");
		in.create(true, true, null);
		for (int i = 1; i <= n; i++) {
			Workbenches.createPdf(in.getFile("m" + i + ".pdf"), "M" + i, 1);
		}
		return in;
	}
}
