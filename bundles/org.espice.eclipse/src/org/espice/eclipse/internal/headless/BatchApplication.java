package org.espice.eclipse.internal.headless;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.equinox.security.storage.StorageException;
import org.espice.core.DeviceKind;
import org.espice.core.batch.Batch;
import org.espice.core.batch.BatchConfig;
import org.espice.core.batch.BatchItem;
import org.espice.core.batch.BatchReport;
import org.espice.core.batch.BatchSnapshot;
import org.espice.core.batch.FileWork;
import org.espice.core.batch.ItemState;
import org.espice.core.batch.WorkerPool;
import org.espice.core.mail.MailSender;
import org.espice.core.mail.MailSettings;
import org.espice.core.mail.SummaryMail;
import org.espice.core.spice.Dialect;
import org.espice.eclipse.internal.jobs.IdeWorkers;
import org.espice.eclipse.internal.jobs.WorkspaceModelWriter;
import org.espice.eclipse.internal.model.DatasheetMarkers;
import org.espice.eclipse.internal.preferences.MailPreferences;
import org.espice.eclipse.internal.workspace.DatasheetCollector;
import org.espice.eclipse.internal.workspace.ProjectPresets;

/**
 * {@code eclipse -nosplash -application org.espice.batch -data WS -project NAME [options]}: runs a batch over
 * the PDFs of a workspace project without a UI, for EDA teams' CI. Models land in the project (written through
 * the workspace), failures become problem markers, the workspace is saved. Exit code 0 when every file was
 * done, 1 when some failed, 2 on a usage error.
 */
public final class BatchApplication implements IApplication {

	static final String USAGE = String.join(System.lineSeparator(),
			"Usage: -application org.espice.batch -data WORKSPACE -project NAME [options]", //$NON-NLS-1$
			"  -project NAME     workspace project holding the datasheets (created if missing)", //$NON-NLS-1$
			"  -location DIR     where a new project lives on disk (default: inside the workspace)", //$NON-NLS-1$
			"  -input PATH       project-relative folder or PDF (default: the whole project)", //$NON-NLS-1$
			"  -output PATH      project-relative output folder (default: <input folder>/models)", //$NON-NLS-1$
			"  -preset NAME      start from the project's preset NAME (.espice/presets/NAME.json)", //$NON-NLS-1$
			"  -parallel N  -retries N  -timeout SECONDS  -dialect ngspice|ltspice|pspice  -kind KIND", //$NON-NLS-1$
			"  -mailTo ADDR[,ADDR]  mail the summary (the report attached) when the batch ends; without it, the", //$NON-NLS-1$
			"                    workspace's mail preferences apply", //$NON-NLS-1$
			"  -smtpHost HOST  -smtpPort N  -smtpSecurity starttls|tls|none  -smtpUser USER  -mailFrom ADDR", //$NON-NLS-1$
			"  -smtpPasswordFile FILE  (else the variable ESPICE_SMTP_PASSWORD)  -smtpTrust HOSTS"); //$NON-NLS-1$

	private volatile Batch running;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		return run(Arrays.asList(args == null ? new String[0] : args), System.out);
	}

	@Override
	public void stop() {
		Batch batch = running;
		if (batch != null) {
			batch.cancel();
		}
	}

	/** The command line of the application; null fields were not given. */
	private static final class Options {
		String project;
		String location;
		String input;
		String output;
		String preset;
		Integer parallel;
		Integer retries;
		Long timeout;
		Dialect dialect;
		DeviceKind kind;
		String mailTo;
		String smtpHost;
		Integer smtpPort;
		String smtpSecurity;
		String smtpUser;
		String smtpPasswordFile;
		String mailFrom;
		String smtpTrust;

		static Options parse(List<String> args) {
			Options o = new Options();
			for (Iterator<String> it = args.iterator(); it.hasNext();) {
				String a = it.next();
				switch (a) {
				case "-project" -> o.project = value(it, a); //$NON-NLS-1$
				case "-location" -> o.location = value(it, a); //$NON-NLS-1$
				case "-input" -> o.input = value(it, a); //$NON-NLS-1$
				case "-output" -> o.output = value(it, a); //$NON-NLS-1$
				case "-preset" -> o.preset = value(it, a); //$NON-NLS-1$
				case "-parallel" -> o.parallel = Integer.valueOf(value(it, a)); //$NON-NLS-1$
				case "-retries" -> o.retries = Integer.valueOf(value(it, a)); //$NON-NLS-1$
				case "-timeout" -> o.timeout = Long.valueOf(value(it, a)); //$NON-NLS-1$
				case "-dialect" -> o.dialect = Dialect.fromId(value(it, a)); //$NON-NLS-1$
				case "-kind" -> o.kind = DeviceKind.fromId(value(it, a)); //$NON-NLS-1$
				case "-mailTo" -> o.mailTo = value(it, a); //$NON-NLS-1$
				case "-smtpHost" -> o.smtpHost = value(it, a); //$NON-NLS-1$
				case "-smtpPort" -> o.smtpPort = Integer.valueOf(value(it, a)); //$NON-NLS-1$
				case "-smtpSecurity" -> o.smtpSecurity = value(it, a); //$NON-NLS-1$
				case "-smtpUser" -> o.smtpUser = value(it, a); //$NON-NLS-1$
				case "-smtpPasswordFile" -> o.smtpPasswordFile = value(it, a); //$NON-NLS-1$
				case "-mailFrom" -> o.mailFrom = value(it, a); //$NON-NLS-1$
				case "-smtpTrust" -> o.smtpTrust = value(it, a); //$NON-NLS-1$
				default -> throw new IllegalArgumentException("Unknown option " + a); //$NON-NLS-1$
				}
			}
			if (o.project == null) {
				throw new IllegalArgumentException("-project is required"); //$NON-NLS-1$
			}
			return o;
		}

		/**
		 * The mail settings of the command line when {@code -mailTo} is given, else those of the preferences when
		 * they ask for mail, else null.
		 */
		MailSettings mail() throws IOException {
			if (mailTo == null) {
				if (!MailPreferences.enabled()) {
					return null;
				}
				try {
					return MailPreferences.settings();
				} catch (StorageException e) {
					throw new IOException("The SMTP password cannot be read from secure storage: " + e.getMessage(), e); //$NON-NLS-1$
				}
			}
			MailSettings s = MailSettings.fromOptions(smtpHost, smtpPort, smtpSecurity, smtpUser,
					smtpPasswordFile == null ? null : Path.of(smtpPasswordFile), mailFrom, MailSettings.recipients(mailTo),
					smtpTrust);
			if (!s.problems().isEmpty()) {
				throw new IllegalArgumentException(String.join(" ", s.problems())); //$NON-NLS-1$
			}
			return s;
		}

		/** The preset (or the defaults) with the options given on the command line applied. */
		BatchConfig config(IProject p, IContainer outputFolder) throws IOException {
			BatchConfig config = preset == null ? BatchConfig.defaults() : new ProjectPresets(p).load(preset);
			if (parallel != null) {
				config = config.withParallelism(parallel);
			}
			if (retries != null) {
				config = config.withRetries(retries, config.backoffMillis());
			}
			if (timeout != null) {
				config = config.withTimeoutSeconds(timeout);
			}
			if (dialect != null) {
				config = config.withDialect(dialect);
			}
			if (kind != null) {
				config = config.withKindOverride(kind);
			}
			// a headless run has nobody to review values
			return config.withPreviewBeforeWrite(false).withOutputFolder(outputFolder.getLocation().toFile().toPath());
		}
	}

	/** Runs the batch the arguments describe and returns the exit code; prints progress and a summary. */
	public int run(List<String> args, PrintStream out) throws CoreException, InterruptedException {
		Options o;
		try {
			o = Options.parse(args);
		} catch (IllegalArgumentException e) {
			out.println(e.getMessage());
			out.println(USAGE);
			return 2;
		}
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject p = openProject(workspace, o);
		IResource inputResource = o.input == null ? p : p.findMember(o.input);
		if (inputResource == null) {
			out.println("No " + o.input + " in project " + o.project); //$NON-NLS-1$ //$NON-NLS-2$
			return 2;
		}
		List<IFile> pdfs = DatasheetCollector.collect(List.of(inputResource), true);
		IContainer inputFolder = inputResource instanceof IContainer c ? c : inputResource.getParent();
		IContainer outputFolder = o.output == null ? inputFolder.getFolder(new org.eclipse.core.runtime.Path("models")) //$NON-NLS-1$
				: p.getFolder(o.output);
		if (pdfs.isEmpty()) {
			out.println("No PDF datasheets in " + inputResource.getFullPath()); //$NON-NLS-1$
			return 2;
		}
		BatchConfig config;
		MailSettings mail;
		try {
			config = o.config(p, outputFolder);
			mail = o.mail();
		} catch (IOException | IllegalArgumentException e) {
			out.println(e.getMessage());
			return 2;
		}
		out.println("ESpice batch: " + pdfs.size() + " datasheets from " + inputResource.getFullPath() + " into " //$NON-NLS-1$ //$NON-NLS-2$
				+ outputFolder.getFullPath());
		BatchSnapshot ended = runBatch(config, pdfs, out);
		List<BatchItem> items = ended.items();
		outputFolder.refreshLocal(IResource.DEPTH_INFINITE, null);
		int done = report(items, pdfs, out);
		workspace.save(true, null);
		if (mail != null) {
			out.println(MailSender.send(mail, SummaryMail.of(BatchReport.of(ended))).message());
		}
		return done == items.size() ? 0 : 1;
	}

	private static IProject openProject(IWorkspace workspace, Options o) throws CoreException {
		IProject p = workspace.getRoot().getProject(o.project);
		if (!p.exists()) {
			IProjectDescription description = workspace.newProjectDescription(o.project);
			if (o.location != null) {
				description.setLocation(org.eclipse.core.runtime.Path.fromOSString(o.location));
			}
			p.create(description, null);
		}
		p.open(null);
		p.refreshLocal(IResource.DEPTH_INFINITE, null);
		return p;
	}

	private BatchSnapshot runBatch(BatchConfig config, List<IFile> pdfs, PrintStream out)
			throws InterruptedException {
		List<Path> inputs = pdfs.stream().map(f -> f.getLocation().toFile().toPath()).toList();
		FileWork work = IdeWorkers.open();
		try (Batch batch = Batch.create(config, inputs, work)) {
			running = batch;
			batch.setModelWriter(new WorkspaceModelWriter());
			batch.start();
			while (!batch.awaitIdle(Duration.ofSeconds(1))) {
				// keep waiting; stop() cancels
			}
			out.println("Journal: " + batch.journalFile()); //$NON-NLS-1$
			return batch.snapshot();
		} finally {
			running = null;
			if (work instanceof WorkerPool pool) {
				pool.close();
			}
		}
	}

	/** Prints one line per file and the summary, marks failed files; returns the number done. */
	private static int report(List<BatchItem> items, List<IFile> pdfs, PrintStream out) throws CoreException {
		int done = 0;
		int failed = 0;
		for (BatchItem item : items) {
			IFile file = pdfs.get(item.index());
			if (item.state() instanceof ItemState.Failed f) {
				failed++;
				DatasheetMarkers.markFailed(file, f.category(), f.message(), null);
				out.println("FAILED " + file.getFullPath() + ": " + f.message() + " [" + f.category().id() + "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			} else if (item.state() instanceof ItemState.Done) {
				done++;
				DatasheetMarkers.clear(file, null);
				out.println("done   " + file.getFullPath() + " -> " + item.outcome().modelFiles()); //$NON-NLS-1$ //$NON-NLS-2$
			} else {
				out.println(item.state().id() + " " + file.getFullPath()); //$NON-NLS-1$
			}
		}
		out.println(items.size() + " datasheets: " + done + " done, " + failed + " failed"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return done;
	}

	private static String value(Iterator<String> it, String option) {
		if (!it.hasNext()) {
			throw new IllegalArgumentException(option + " needs a value"); //$NON-NLS-1$
		}
		return it.next();
	}
}
