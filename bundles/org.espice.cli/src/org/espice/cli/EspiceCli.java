package org.espice.cli;

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
		System.exit(new CommandLine(new EspiceCli()).execute(args));
	}

	static final class Version implements CommandLine.IVersionProvider {
		@Override
		public String[] getVersion() {
			String v = EspiceCli.class.getPackage().getImplementationVersion();
			return new String[] { "espice " + (v == null ? "dev" : v) };
		}
	}
}
