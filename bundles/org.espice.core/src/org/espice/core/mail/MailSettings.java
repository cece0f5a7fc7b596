package org.espice.core.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a batch summary goes: the SMTP server, how the connection is secured, the login and the recipients.
 *
 * @param host          the SMTP server's host name
 * @param port          its port: 587 for STARTTLS (submission), 465 for TLS, 25 for a plain relay
 * @param security      how the connection is secured
 * @param user          the login, or empty for a server that takes mail without one
 * @param password      the login's password, or empty
 * @param from          the sender address; empty takes {@code user} when that is an address
 * @param recipients    one or more addresses
 * @param trustedHosts  hosts whose certificate is accepted without a chain to a trusted authority (a company
 *                      relay with its own certificate), separated by spaces; {@code *} trusts every host; empty
 *                      checks certificates as Java does
 * @param timeoutMillis connect, read and write limit for one step of the conversation
 */
public record MailSettings(String host, int port, Security security, String user, String password, String from,
		List<String> recipients, String trustedHosts, int timeoutMillis) {

	/** How the connection to the server is secured. */
	public enum Security {
		/** A plain connection (a relay inside the company network). */
		NONE("none", 25),
		/** A plain connection upgraded with STARTTLS before the login; refused if the server cannot. */
		STARTTLS("starttls", 587),
		/** TLS from the first byte (SMTPS). */
		TLS("tls", 465);

		private final String id;
		private final int defaultPort;

		Security(String id, int defaultPort) {
			this.id = id;
			this.defaultPort = defaultPort;
		}

		public String id() {
			return id;
		}

		public int defaultPort() {
			return defaultPort;
		}

		/** {@code none}, {@code starttls} or {@code tls} ({@code ssl} and {@code smtps} too). */
		public static Security fromId(String id) {
			return switch (id.trim().toLowerCase(Locale.ROOT)) {
			case "none", "plain" -> NONE;
			case "starttls" -> STARTTLS;
			case "tls", "ssl", "smtps" -> TLS;
			default -> throw new IllegalArgumentException(
					"Unknown mail security '" + id + "'; use starttls, tls or none");
			};
		}
	}

	public static final int DEFAULT_TIMEOUT_MILLIS = 20_000;

	/** Where a command line finds the SMTP password when no file names it: never on the command line itself. */
	public static final String PASSWORD_VARIABLE = "ESPICE_SMTP_PASSWORD";

	private static final Pattern ADDRESS = Pattern.compile("[^@\\s,;<>]+@[^@\\s,;<>]+");

	public MailSettings {
		host = trim(host);
		user = trim(user);
		password = password == null ? "" : password;
		from = trim(from);
		trustedHosts = trim(trustedHosts);
		recipients = List.copyOf(recipients);
		if (security == null) {
			security = Security.STARTTLS;
		}
		if (port <= 0) {
			port = security.defaultPort();
		}
		if (timeoutMillis <= 0) {
			timeoutMillis = DEFAULT_TIMEOUT_MILLIS;
		}
	}

	/** Settings for {@code host} with the security's standard port, no login, no extra trust. */
	public static MailSettings of(String host, Security security, List<String> recipients) {
		return new MailSettings(host, 0, security, "", "", "", recipients, "", 0);
	}

	public MailSettings withPort(int p) {
		return new MailSettings(host, p, security, user, password, from, recipients, trustedHosts, timeoutMillis);
	}

	public MailSettings withLogin(String u, String pw) {
		return new MailSettings(host, port, security, u, pw, from, recipients, trustedHosts, timeoutMillis);
	}

	public MailSettings withFrom(String f) {
		return new MailSettings(host, port, security, user, password, f, recipients, trustedHosts, timeoutMillis);
	}

	public MailSettings withTrustedHosts(String hosts) {
		return new MailSettings(host, port, security, user, password, from, recipients, hosts, timeoutMillis);
	}

	public MailSettings withTimeoutMillis(int millis) {
		return new MailSettings(host, port, security, user, password, from, recipients, trustedHosts, millis);
	}

	/** The sender: {@code from}, else the login when it is an address, else {@code espice@<host>}. */
	public String sender() {
		if (!from.isEmpty()) {
			return from;
		}
		return ADDRESS.matcher(user).matches() ? user : "espice@" + host;
	}

	/**
	 * The settings a command line's options give (null for an option not given: STARTTLS, the security's standard
	 * port, no login), the password read by {@link #password(Path)}. Not checked: see {@link #problems()}.
	 */
	public static MailSettings fromOptions(String host, Integer port, String security, String user, Path passwordFile,
			String from, List<String> recipients, String trustedHosts) throws IOException {
		return new MailSettings(host, port == null ? 0 : port,
				security == null ? Security.STARTTLS : Security.fromId(security), user, password(passwordFile), from,
				recipients, trustedHosts, 0);
	}

	/**
	 * The SMTP password of a command line: the first line of {@code file} when given, else the variable
	 * {@value #PASSWORD_VARIABLE}, else empty.
	 */
	public static String password(Path file) throws IOException {
		if (file != null) {
			return Files.readString(file).strip();
		}
		String v = System.getenv(PASSWORD_VARIABLE);
		return v == null ? "" : v;
	}

	/** Addresses separated by commas, semicolons or white space, as a person types a list of them. */
	public static List<String> recipients(String text) {
		List<String> out = new ArrayList<>();
		if (text != null) {
			for (String s : text.split("[,;\\s]+")) {
				if (!s.isBlank()) {
					out.add(s.trim());
				}
			}
		}
		return out;
	}

	/** What keeps these settings from sending, one sentence each; empty when they can be tried. */
	public List<String> problems() {
		List<String> p = new ArrayList<>();
		if (host.isEmpty()) {
			p.add("No SMTP server is set.");
		}
		if (port > 65535) {
			p.add("The SMTP port " + port + " is not a port (1..65535).");
		}
		if (recipients.isEmpty()) {
			p.add("No recipient is set.");
		}
		for (String r : recipients) {
			if (!ADDRESS.matcher(r).matches()) {
				p.add("'" + r + "' is not a mail address.");
			}
		}
		if (!from.isEmpty() && !ADDRESS.matcher(from).matches()) {
			p.add("The sender '" + from + "' is not a mail address.");
		}
		if (user.isEmpty() != password.isEmpty()) {
			p.add(user.isEmpty() ? "A password is set but no user." : "The user " + user + " has no password.");
		}
		return p;
	}

	/** Host, port, security and recipients, without the password: for logs and messages. */
	@Override
	public String toString() {
		return security.id() + "://" + (user.isEmpty() ? "" : user + "@") + host + ":" + port + " -> "
				+ String.join(", ", recipients);
	}

	private static String trim(String s) {
		return s == null ? "" : s.trim();
	}
}
