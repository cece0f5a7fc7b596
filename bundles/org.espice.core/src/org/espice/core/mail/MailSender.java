package org.espice.core.mail;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Date;
import java.util.Properties;

import javax.net.ssl.SSLException;

import jakarta.activation.DataHandler;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * Sends a {@link SummaryMail} over SMTP with Jakarta Mail (Angus). Never throws: every way a send can fail becomes a
 * {@link Result} with a sentence a user can act on, so a mail server that is down never fails a batch.
 */
public final class MailSender {

	/** Whether the mail went, and what to tell the user either way. */
	public record Result(boolean sent, String message) {
	}

	private MailSender() {
	}

	public static Result send(MailSettings settings, SummaryMail mail) {
		if (!settings.problems().isEmpty()) {
			return new Result(false, "Mail not sent: " + String.join(" ", settings.problems()));
		}
		Thread thread = Thread.currentThread();
		ClassLoader context = thread.getContextClassLoader();
		// Jakarta Mail and Activation find their providers and content handlers through the context class loader;
		// inside an OSGi framework that is the caller's, which sees neither
		thread.setContextClassLoader(MailClassLoader.INSTANCE);
		try {
			Session session = Session.getInstance(properties(settings));
			MimeMessage message = message(session, settings, mail);
			if (settings.user().isEmpty()) {
				Transport.send(message);
			} else {
				Transport.send(message, settings.user(), settings.password());
			}
			return new Result(true, "Mailed the summary to " + String.join(", ", settings.recipients()) + " through "
					+ settings.host() + ":" + settings.port() + ".");
		} catch (MessagingException | RuntimeException e) {
			return new Result(false, "Mail not sent: " + reason(settings, e));
		} finally {
			thread.setContextClassLoader(context);
		}
	}

	static Properties properties(MailSettings s) {
		Properties p = new Properties();
		p.put("mail.transport.protocol", "smtp");
		p.put("mail.smtp.host", s.host());
		p.put("mail.smtp.port", Integer.toString(s.port()));
		p.put("mail.smtp.connectiontimeout", Integer.toString(s.timeoutMillis()));
		p.put("mail.smtp.timeout", Integer.toString(s.timeoutMillis()));
		p.put("mail.smtp.writetimeout", Integer.toString(s.timeoutMillis()));
		p.put("mail.smtp.auth", Boolean.toString(!s.user().isEmpty()));
		p.put("mail.smtp.from", s.sender());
		switch (s.security()) {
		case STARTTLS -> {
			p.put("mail.smtp.starttls.enable", "true");
			// a server that does not offer STARTTLS must not get the password in the clear
			p.put("mail.smtp.starttls.required", "true");
		}
		case TLS -> p.put("mail.smtp.ssl.enable", "true");
		case NONE -> {
		}
		}
		if (s.security() != MailSettings.Security.NONE) {
			p.put("mail.smtp.ssl.checkserveridentity", Boolean.toString(s.trustedHosts().isEmpty()));
			if (!s.trustedHosts().isEmpty()) {
				p.put("mail.smtp.ssl.trust", s.trustedHosts());
			}
		}
		return p;
	}

	static MimeMessage message(Session session, MailSettings s, SummaryMail mail) throws MessagingException {
		MimeMessage m = new MimeMessage(session);
		m.setFrom(new InternetAddress(s.sender(), true));
		Address[] to = new Address[s.recipients().size()];
		for (int i = 0; i < to.length; i++) {
			to[i] = new InternetAddress(s.recipients().get(i), true);
		}
		m.setRecipients(Message.RecipientType.TO, to);
		m.setSubject(mail.subject(), "UTF-8");
		m.setSentDate(new Date());
		m.setHeader("X-Mailer", "ESpice");
		MimeMultipart parts = new MimeMultipart();
		MimeBodyPart text = new MimeBodyPart();
		text.setText(mail.body(), "UTF-8");
		parts.addBodyPart(text);
		for (SummaryMail.Attachment a : mail.attachments()) {
			MimeBodyPart file = new MimeBodyPart();
			file.setDataHandler(new DataHandler(new ByteArrayDataSource(a.bytes(), a.contentType())));
			file.setFileName(a.fileName());
			file.setDisposition(MimeBodyPart.ATTACHMENT);
			parts.addBodyPart(file);
		}
		m.setContent(parts);
		m.saveChanges();
		return m;
	}

	/** The failure as a sentence: which step failed, against which server, and what to check. */
	static String reason(MailSettings s, Exception e) {
		String server = s.host() + ":" + s.port();
		if (e instanceof AuthenticationFailedException) {
			return "the SMTP server " + server + " refused the login of " + s.user() + "; check the user and password.";
		}
		if (e instanceof SendFailedException f && f.getInvalidAddresses() != null
				&& f.getInvalidAddresses().length > 0) {
			return "the SMTP server " + server + " refused the recipients " + join(f.getInvalidAddresses()) + ".";
		}
		Throwable cause = rootCause(e);
		if (cause instanceof UnknownHostException) {
			return "the SMTP server " + s.host() + " is not a known host name.";
		}
		if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
			return "could not reach the SMTP server " + server + " (" + cause.getMessage() + ").";
		}
		if (cause instanceof SocketTimeoutException) {
			return "the SMTP server " + server + " did not answer within " + s.timeoutMillis() / 1000 + " s.";
		}
		Throwable tls = inChain(e, SSLException.class);
		if (tls != null) {
			return "no secure connection to " + server + ": " + cause.getMessage()
					+ ". If the server is your company's relay with its own certificate, add it to the trusted hosts.";
		}
		String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
		if (s.security() == MailSettings.Security.STARTTLS && text.toLowerCase().contains("starttls")) {
			return "the SMTP server " + server + " does not offer STARTTLS, and the password is not sent in the "
					+ "clear; use TLS (port 465) or, for a relay without a login, no security.";
		}
		if (cause instanceof IOException && cause != e) {
			return "the connection to " + server + " failed: " + cause.getMessage();
		}
		return "the SMTP server " + server + " answered: " + text + (cause == e ? "" : " (" + cause + ")");
	}

	/** The first throwable of the type in the chain of causes, or null. */
	private static Throwable inChain(Throwable t, Class<? extends Throwable> type) {
		Throwable c = t;
		for (int i = 0; i < 10 && c != null; i++) {
			if (type.isInstance(c)) {
				return c;
			}
			c = c.getCause() == c ? null : c.getCause();
		}
		return null;
	}

	private static Throwable rootCause(Throwable t) {
		Throwable c = t;
		for (int i = 0; i < 10 && c.getCause() != null && c.getCause() != c; i++) {
			c = c.getCause();
		}
		return c;
	}

	private static String join(Address[] addresses) {
		StringBuilder b = new StringBuilder();
		for (Address a : addresses) {
			b.append(b.length() == 0 ? "" : ", ").append(a);
		}
		return b.toString();
	}
}
