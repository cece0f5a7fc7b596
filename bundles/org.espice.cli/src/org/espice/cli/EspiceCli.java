package org.espice.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code espice} command line. */
@Command(name = "espice", mixinStandardHelpOptions = true, versionProvider = EspiceCli.Version.class,
		description = "Extracts SPICE models from datasheet PDFs.",
		subcommands = { ExtractCommand.class, CurvesCommand.class, ModelCommand.class, ProcessCommand.class,
				ResumeCommand.class, RetryCommand.class, ReportCommand.class, MonitorCommand.class, ExportCommand.class,
				ListCommand.class, SamplesCommand.class, VerifyCommand.class })
public final class EspiceCli {

	public static void main(String[] args) {
		if (!LibraryLogs.wanted(args)) {
			LibraryLogs.quiet();
		}
		Charset console = consoleCharset();
		System.exit(commandLine(new OutputStreamWriter(System.out, console),
				new OutputStreamWriter(System.err, console)).execute(args));
	}

	/**
	 * The command line printing to {@code out} and {@code err} through a {@link TerminalSafeWriter}: what it prints
	 * may quote file names and PDF text, which must not reach a terminal as control sequences. Tests use it too, so
	 * they see what a user sees.
	 */
	static CommandLine commandLine(Writer out, Writer err) {
		CommandLine cli = new CommandLine(new EspiceCli());
		// help in plain text: its colours would be escape sequences, which the writer prints as '?'
		cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
		cli.setOut(new PrintWriter(new TerminalSafeWriter(out), true));
		cli.setErr(new PrintWriter(new TerminalSafeWriter(err), true));
		return cli;
	}

	/** The encoding the JVM gave standard output (a console's own on Windows), else the platform's. */
	private static Charset consoleCharset() {
		for (String key : new String[] { "stdout.encoding", "sun.stdout.encoding" }) {
			String name = System.getProperty(key);
			if (name != null && Charset.isSupported(name)) {
				return Charset.forName(name);
			}
		}
		return Charset.defaultCharset();
	}

	static final class Version implements CommandLine.IVersionProvider {
		@Override
		public String[] getVersion() {
			String v = EspiceCli.class.getPackage().getImplementationVersion();
			return new String[] { "espice " + (v == null ? "dev" : v) };
		}
	}
}
