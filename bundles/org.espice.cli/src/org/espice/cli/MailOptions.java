package org.espice.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.espice.core.batch.BatchSnapshot;
import org.espice.core.batch.BatchReport;
import org.espice.core.mail.MailSender;
import org.espice.core.mail.MailSettings;
import org.espice.core.mail.SummaryMail;

import picocli.CommandLine.Option;

/**
 * A summary mailed when the batch ends ({@code --mail-to}), for long and unattended runs. The password never goes
 * on the command line, where other users see it: it comes from a file or from {@value MailSettings#PASSWORD_VARIABLE}.
 */
final class MailOptions {

	@Option(names = "--mail-to", paramLabel = "ADDR", split = ",",
			description = "Mail a summary (counts, failures by category, the report attached) to these addresses "
					+ "when the batch ends. A mail that cannot be sent is reported and changes nothing else.")
	List<String> to;

	@Option(names = "--smtp-host", paramLabel = "HOST", description = "The SMTP server for --mail-to.")
	String host;

	@Option(names = "--smtp-port", paramLabel = "N",
			description = "Its port (default: 587 for starttls, 465 for tls, 25 for none).")
	Integer port;

	@Option(names = "--smtp-security", paramLabel = "S",
			description = "starttls (default; the login waits for an encrypted connection), tls, or none.")
	String security;

	@Option(names = "--smtp-user", paramLabel = "USER", description = "The login, when the server wants one.")
	String user;

	@Option(names = "--smtp-password-file", paramLabel = "FILE",
			description = "A file holding the login's password; else the variable " + MailSettings.PASSWORD_VARIABLE + ".")
	Path passwordFile;

	@Option(names = "--mail-from", paramLabel = "ADDR", description = "The sender (default: the login).")
	String from;

	@Option(names = "--smtp-trust", paramLabel = "HOSTS",
			description = "Accept these hosts' certificates without a trusted chain (a company relay), or *.")
	String trust;

	/** The settings when {@code --mail-to} was given, else null. */
	MailSettings settings() throws IOException {
		if (to == null || to.isEmpty()) {
			if (host != null) {
				throw new IllegalArgumentException("--smtp-host needs --mail-to: whom to mail the summary");
			}
			return null;
		}
		MailSettings s = MailSettings.fromOptions(host, port, security, user, passwordFile, from,
				to.stream().flatMap(t -> MailSettings.recipients(t).stream()).toList(), trust);
		if (!s.problems().isEmpty()) {
			throw new IllegalArgumentException(String.join(" ", s.problems())
					+ (s.user().isEmpty() || !s.password().isEmpty() ? ""
							: " Give it in --smtp-password-file or " + MailSettings.PASSWORD_VARIABLE + "."));
		}
		return s;
	}

	/** Mails the batch's summary when settings were given; says on {@code out} or {@code err} how it went. */
	static void send(MailSettings settings, BatchSnapshot batch, PrintWriter out, PrintWriter err) {
		if (settings == null || batch == null) {
			return;
		}
		MailSender.Result r = MailSender.send(settings, SummaryMail.of(BatchReport.of(batch)));
		(r.sent() ? out : err).println(r.message());
		out.flush();
		err.flush();
	}
}
