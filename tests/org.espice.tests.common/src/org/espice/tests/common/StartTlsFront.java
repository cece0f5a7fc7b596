package org.espice.tests.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A STARTTLS front for a test SMTP server that has none (GreenMail 2.1 speaks plain SMTP and SMTPS only): it greets,
 * offers STARTTLS, refuses everything else until the client upgrades, then performs the TLS handshake with the given
 * key and relays the encrypted session's plain text to the server behind it. So a client's STARTTLS, certificate check
 * and login after the upgrade all happen for real, against a real SMTP server.
 */
public final class StartTlsFront implements AutoCloseable {

	private final ServerSocket listener;
	private final SSLContext tls;
	private final int backPort;
	private final AtomicInteger upgrades = new AtomicInteger();
	private final List<String> clearText = new CopyOnWriteArrayList<>();

	/**
	 * @param backPort the plain SMTP port of the server behind, on the loopback address
	 * @param keyStore a PKCS#12 key store with the server's key and certificate
	 */
	public StartTlsFront(int backPort, URL keyStore, char[] password) throws IOException, GeneralSecurityException {
		this.backPort = backPort;
		KeyStore ks = KeyStore.getInstance("PKCS12");
		try (InputStream in = keyStore.openStream()) {
			ks.load(in, password);
		}
		KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		kmf.init(ks, password);
		tls = SSLContext.getInstance("TLS");
		tls.init(kmf.getKeyManagers(), null, null);
		listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
		Thread t = new Thread(this::accept, "starttls-front");
		t.setDaemon(true);
		t.start();
	}

	public int port() {
		return listener.getLocalPort();
	}

	/** How many sessions were upgraded to TLS. */
	public int upgrades() {
		return upgrades.get();
	}

	/** Every command the clients sent before their upgrade (a login among them would be a leak). */
	public List<String> clearText() {
		return List.copyOf(clearText);
	}

	private void accept() {
		while (!listener.isClosed()) {
			try {
				Socket client = listener.accept();
				Thread t = new Thread(() -> session(client), "starttls-session");
				t.setDaemon(true);
				t.start();
			} catch (IOException e) {
				return;
			}
		}
	}

	private void session(Socket client) {
		try (client) {
			InputStream in = client.getInputStream();
			OutputStream out = client.getOutputStream();
			write(out, "220 front ESMTP ready");
			while (true) {
				String line = readLine(in);
				if (line == null) {
					return;
				}
				clearText.add(line);
				String verb = line.split(" ", 2)[0].toUpperCase(java.util.Locale.ROOT);
				switch (verb) {
				case "EHLO" -> write(out, "250-front\r\n250-STARTTLS\r\n250 8BITMIME");
				case "HELO" -> write(out, "250 front");
				case "QUIT" -> {
					write(out, "221 bye");
					return;
				}
				case "STARTTLS" -> {
					write(out, "220 2.0.0 ready to start TLS");
					relay(upgrade(client));
					return;
				}
				default -> write(out, "530 5.7.0 Must issue a STARTTLS command first");
				}
			}
		} catch (IOException e) {
			// the client went away
		}
	}

	private SSLSocket upgrade(Socket client) throws IOException {
		SSLSocket s = (SSLSocket) tls.getSocketFactory().createSocket(client,
				client.getInetAddress().getHostAddress(), client.getPort(), true);
		s.setUseClientMode(false);
		s.startHandshake();
		upgrades.incrementAndGet();
		return s;
	}

	/** Pipes the decrypted session to the server behind, after swallowing that server's own greeting. */
	private void relay(SSLSocket front) throws IOException {
		try (front; Socket back = new Socket(InetAddress.getLoopbackAddress(), backPort)) {
			InputStream backIn = back.getInputStream();
			readLine(backIn); // the client had its greeting from the front
			Thread up = new Thread(() -> pump(backIn, front), "starttls-down");
			up.setDaemon(true);
			up.start();
			pump(front.getInputStream(), back);
			try {
				up.join(10_000);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private static void pump(InputStream in, Socket to) {
		byte[] buf = new byte[8192];
		try {
			OutputStream out = to.getOutputStream();
			for (int n; (n = in.read(buf)) > 0;) {
				out.write(buf, 0, n);
				out.flush();
			}
			if (!(to instanceof SSLSocket)) {
				to.shutdownOutput();
			} else {
				to.close();
			}
		} catch (IOException e) {
			// one side closed
		}
	}

	private static void write(OutputStream out, String reply) throws IOException {
		out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	/** One CRLF line, read byte by byte so nothing of the TLS handshake that follows is buffered away. */
	private static String readLine(InputStream in) throws IOException {
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		for (int c; (c = in.read()) >= 0;) {
			if (c == '\n') {
				String s = b.toString(StandardCharsets.US_ASCII);
				return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
			}
			b.write(c);
		}
		return b.size() == 0 ? null : b.toString(StandardCharsets.US_ASCII);
	}

	@Override
	public void close() throws IOException {
		listener.close();
	}
}
