package org.espice.core.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.espice.core.batch.Batch;
import org.espice.core.batch.BatchConfig;
import org.espice.core.batch.BatchReport;
import org.espice.tests.common.FakeWork;
import org.espice.tests.common.StartTlsFront;
import org.espice.tests.common.TestPdfs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * The batch summary sent to a real SMTP server (GreenMail) started in the test: plain with a login, TLS, STARTTLS
 * (through a front that adds it), refused logins, a server without STARTTLS, and a server that is not there.
 */
class MailSenderTest {

	private static final String USER = "engineer@example.com";
	private static final String PASSWORD = "s3cret";

	@TempDir
	Path tmp;

	private GreenMail smtp;

	@BeforeEach
	void start() {
		smtp = new GreenMail(new ServerSetup[] { new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
				new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS) });
		smtp.setUser(USER, USER, PASSWORD);
		smtp.start();
	}

	@AfterEach
	void stop() {
		smtp.stop();
	}

	private MailSettings plain() {
		return MailSettings.of("127.0.0.1", MailSettings.Security.NONE, List.of("lab@example.com"))
				.withPort(smtp.getSmtp().getPort()).withLogin(USER, PASSWORD).withTimeoutMillis(10_000);
	}

	/** A finished batch of three files: two done, one not a PDF. */
	private BatchReport report() throws Exception {
		Path in = tmp.resolve("in");
		List<Path> files = new ArrayList<>(TestPdfs.many(in, 2));
		files.add(TestPdfs.notPdf(in.resolve("scan.pdf")));
		try (Batch b = Batch.create(BatchConfig.defaults().withOutputFolder(tmp.resolve("out")), files,
				new FakeWork(0, 0))) {
			b.start();
			assertTrue(b.awaitIdle(Duration.ofSeconds(60)));
			return BatchReport.of(b.snapshot());
		}
	}

	@Test
	void sendsTheSummaryWithTheReportAttached() throws Exception {
		BatchReport report = report();
		MailSender.Result r = MailSender.send(plain(), SummaryMail.of(report));
		assertTrue(r.sent(), r.message());
		assertTrue(r.message().contains("lab@example.com"), r.message());
		MimeMessage m = only();
		assertEquals("ESpice batch " + report.batch().id() + ": 3 files: 2 done, 1 failed", m.getSubject());
		assertEquals(USER, m.getFrom()[0].toString());
		// parsed from the raw message: the test's thread has no context class loader that finds Mail's handlers
		Multipart parts = new MimeMultipart(m.getDataHandler().getDataSource());
		assertEquals(3, parts.getCount());
		String body = GreenMailUtil.getBody(parts.getBodyPart(0));
		assertTrue(body.contains("3 files: 2 done, 1 failed."), body);
		assertTrue(body.contains("invalid-input"), body);
		assertTrue(body.contains("scan.pdf [invalid-input]: "), body);
		Part csv = parts.getBodyPart(1);
		assertEquals(report.batch().id() + ".report.csv", csv.getFileName());
		assertTrue(csv.isMimeType("text/csv"));
		assertEquals(report.render(BatchReport.Format.CSV),
				new String(csv.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
		assertEquals(report.batch().id() + ".report.md", parts.getBodyPart(2).getFileName());
	}

	@Test
	void sendsOverTls() throws Exception {
		MailSettings s = plain().withPort(smtp.getSmtps().getPort());
		MailSettings tls = new MailSettings(s.host(), s.port(), MailSettings.Security.TLS, s.user(), s.password(), "",
				s.recipients(), "", 10_000);
		MailSender.Result refused = MailSender.send(tls, SummaryMail.of(report()));
		assertFalse(refused.sent(), "GreenMail's own certificate is trusted by nobody");
		assertTrue(refused.message().contains("trusted hosts"), refused.message());

		MailSender.Result r = MailSender.send(tls.withTrustedHosts("127.0.0.1"), SummaryMail.of(report()));
		assertTrue(r.sent(), r.message());
		assertEquals(1, smtp.getReceivedMessages().length);
	}

	@Test
	void upgradesWithStartTlsBeforeTheLogin() throws Exception {
		try (StartTlsFront front = new StartTlsFront(smtp.getSmtp().getPort(), greenMailKeys(),
				"changeit".toCharArray())) {
			MailSettings s = new MailSettings("127.0.0.1", front.port(), MailSettings.Security.STARTTLS, USER,
					PASSWORD, "", List.of("lab@example.com"), "127.0.0.1", 10_000);
			MailSender.Result r = MailSender.send(s, SummaryMail.of(report()));
			assertTrue(r.sent(), r.message());
			assertEquals(1, front.upgrades());
			assertTrue(front.clearText().stream().noneMatch(l -> l.toUpperCase().startsWith("AUTH")),
					"no login before TLS: " + front.clearText());
			assertTrue(front.clearText().contains("STARTTLS"), front.clearText().toString());
			assertEquals(1, smtp.getReceivedMessages().length);
		}
	}

	@Test
	void keepsThePasswordOffAServerWithoutStartTls() throws Exception {
		MailSettings s = new MailSettings("127.0.0.1", smtp.getSmtp().getPort(), MailSettings.Security.STARTTLS, USER,
				PASSWORD, "", List.of("lab@example.com"), "", 10_000);
		MailSender.Result r = MailSender.send(s, SummaryMail.of(report()));
		assertFalse(r.sent());
		assertTrue(r.message().contains("does not offer STARTTLS"), r.message());
		assertEquals(0, smtp.getReceivedMessages().length);
	}

	@Test
	void saysWhenTheLoginIsRefused() throws Exception {
		MailSender.Result r = MailSender.send(plain().withLogin(USER, "wrong"), SummaryMail.of(report()));
		assertFalse(r.sent());
		assertTrue(r.message().contains("refused the login of " + USER), r.message());
	}

	@Test
	void anUnreachableServerIsAResultNotAnException() throws Exception {
		int closed;
		try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closed = s.getLocalPort();
		}
		MailSender.Result r = MailSender.send(plain().withPort(closed), SummaryMail.of(report()));
		assertFalse(r.sent());
		assertTrue(r.message().startsWith("Mail not sent: could not reach the SMTP server 127.0.0.1:" + closed),
				r.message());
	}

	@Test
	void incompleteSettingsAreNamedBeforeAnyConnection() {
		MailSettings none = MailSettings.of("", MailSettings.Security.STARTTLS, MailSettings.recipients("a@x.org; b"));
		assertEquals(List.of("No SMTP server is set.", "'b' is not a mail address."), none.problems());
		assertEquals(587, none.port());
		MailSender.Result r = MailSender.send(none, new SummaryMail("s", "b", List.of()));
		assertFalse(r.sent());
		assertTrue(r.message().contains("No SMTP server is set."), r.message());
	}

	private MimeMessage only() throws InterruptedException {
		assertTrue(smtp.waitForIncomingEmail(10_000, 1));
		MimeMessage[] got = smtp.getReceivedMessages();
		assertEquals(1, got.length);
		return got[0];
	}

	private static URL greenMailKeys() throws IOException {
		URL u = GreenMail.class.getClassLoader().getResource("greenmail.p12");
		if (u == null) {
			throw new IOException("GreenMail's key store is missing");
		}
		return u;
	}
}
