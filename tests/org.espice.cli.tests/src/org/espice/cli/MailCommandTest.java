package org.espice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.espice.cli.BatchCliTest.Run;
import org.espice.tests.common.TestPdfs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/** {@code --mail-to} on a real batch, against GreenMail: the summary arrives, and a server that is down changes nothing. */
@ExtendWith(IsolatedHome.class)
class MailCommandTest {

	@TempDir
	Path tmp;

	private GreenMail smtp;

	@BeforeEach
	void start() {
		smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.setUser("ci@example.com", "ci@example.com", "pw");
		smtp.start();
	}

	@AfterEach
	void stop() {
		smtp.stop();
	}

	@Test
	void mailsTheSummaryWhenTheBatchEnds() throws Exception {
		Path in = tmp.resolve("in");
		TestPdfs.datasheet(in.resolve("a.pdf"), "PARTA");
		TestPdfs.corrupt(in.resolve("b.pdf"));
		Path pw = Files.writeString(tmp.resolve("pw"), "pw\n");
		Run r = BatchCliTest.espice("process", in.toString(), "--out", tmp.resolve("out").toString(), "--in-process",
				"--mail-to", "lab@example.com,boss@example.com", "--smtp-host", "127.0.0.1", "--smtp-port",
				Integer.toString(smtp.getSmtp().getPort()), "--smtp-security", "none", "--smtp-user",
				"ci@example.com", "--smtp-password-file", pw.toString());
		assertEquals(1, r.code(), r.out() + r.err());
		assertTrue(r.out().contains("Mailed the summary to lab@example.com, boss@example.com"), r.out() + r.err());
		assertTrue(smtp.waitForIncomingEmail(10_000, 2));
		MimeMessage m = smtp.getReceivedMessages()[0];
		assertTrue(m.getSubject().endsWith(": 2 files: 0 done, 2 failed")
				|| m.getSubject().endsWith(": 2 files: 1 done, 1 failed"), m.getSubject());
		String raw = GreenMailUtil.getWholeMessage(m);
		assertTrue(raw.contains("b.pdf [invalid-input]"), raw);
		assertTrue(raw.contains(".report.csv"), raw);
	}

	@Test
	void aServerThatIsDownDoesNotFailTheBatch() throws Exception {
		int closed;
		try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closed = s.getLocalPort();
		}
		Path out = tmp.resolve("out");
		Run r = BatchCliTest.espice("process", "--samples", tmp.resolve("samples").toString(), "--limit", "1",
				"--out", out.toString(), "--in-process", "--mail-to", "lab@example.com", "--smtp-host", "127.0.0.1",
				"--smtp-port", Integer.toString(closed), "--smtp-security", "none");
		assertEquals(0, r.code(), r.out() + r.err());
		assertTrue(r.err().contains("Mail not sent: could not reach the SMTP server 127.0.0.1:" + closed), r.err());
		try (var files = Files.list(out)) {
			assertTrue(files.anyMatch(p -> p.toString().endsWith(".report.csv")), "the reports are written");
		}
	}

	@Test
	void incompleteMailOptionsStopBeforeTheBatch() {
		Run r = BatchCliTest.espice("process", tmp.toString(), "--mail-to", "lab@example.com");
		assertEquals(2, r.code(), r.err());
		assertTrue(r.err().contains("No SMTP server is set."), r.err());
		Run noPassword = BatchCliTest.espice("process", tmp.toString(), "--mail-to", "lab@example.com",
				"--smtp-host", "mail.example.com", "--smtp-user", "me@example.com");
		assertEquals(2, noPassword.code());
		assertTrue(noPassword.err().contains("has no password"), noPassword.err());
		assertFalse(noPassword.err().contains("Exception"), noPassword.err());
	}
}
