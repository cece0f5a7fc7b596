package org.espice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.espice.core.batch.BatchConfig;
import org.espice.eclipse.internal.headless.BatchApplication;
import org.espice.eclipse.internal.jobs.BatchRunJob;
import org.espice.eclipse.internal.jobs.EspiceJobFamilies;
import org.espice.eclipse.internal.model.DatasheetItem;
import org.espice.eclipse.internal.model.ExtractionQueue;
import org.espice.eclipse.internal.preferences.EspicePreferences;
import org.espice.eclipse.internal.workspace.DatasheetCollector;
import org.espice.ui.internal.views.CompletionNotice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The headless application, the completion notice and its preference, and preference-driven defaults. */
@ExtendWith(WorkspaceLogOnFailure.class)
class HeadlessNoticeAndPreferencesTest {

	@TempDir
	Path dir;

	private IProject project;

	@AfterEach
	void tearDown() throws Exception {
		Job.getJobManager().cancel(EspiceJobFamilies.EXTRACTION);
		Job.getJobManager().join(EspiceJobFamilies.EXTRACTION, new NullProgressMonitor());
		ExtractionQueue.getDefault().clearFinished();
		EspicePreferences.node().clear();
		for (Shell shell : Display.getCurrent().getShells()) {
			if (shell.getData() instanceof CompletionNotice notice) {
				notice.close();
			}
		}
		if (project != null && project.exists()) {
			project.delete(false, true, null); // keep the files: they live in the @TempDir
		}
	}

	@Test
	void headlessApplicationRunsABatchIntoAProjectOnDisk() throws Exception {
		// Layout on disk: <dir>/sheets/{p1.pdf, p2.pdf}, as a CI checkout would hold them.
		Path sheets = Files.createDirectories(dir.resolve("sheets"));
		for (String name : List.of("p1.pdf", "p2.pdf")) {
			try (PDDocument d = new PDDocument()) {
				d.addPage(new PDPage());
				d.save(sheets.resolve(name).toFile());
			}
		}
		String name = "headless-" + System.nanoTime();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		AtomicReference<Object> result = new AtomicReference<>();
		Thread run = new Thread(() -> {
			try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
				result.set(new BatchApplication().run(List.of("-project", name, "-location", dir.toString(), "-input",
						"sheets", "-parallel", "2"), out));
			} catch (Exception e) {
				result.set(e);
			}
		});
		run.start();
		Workbenches.spinUntil(() -> !run.isAlive(), Duration.ofSeconds(60), () -> "headless run, output: " + bytes);
		project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		String output = bytes.toString(StandardCharsets.UTF_8);
		assertTrue(result.get() instanceof Integer, () -> "result " + result.get() + ", output " + output);
		int exit = (Integer) result.get();
		assertTrue(output.contains("2 datasheets: "), output);
		assertEquals(output.contains(", 0 failed") ? 0 : 1, exit, output);
		IFolder models = project.getFolder("sheets/models");
		assertTrue(models.exists(), "the output folder is part of the project");
		assertTrue(Arrays.stream(models.members()).anyMatch(r -> r.getName().endsWith(".batch.jsonl")), output);

		ByteArrayOutputStream usage = new ByteArrayOutputStream();
		assertEquals(2, new BatchApplication().run(List.of("-input", "x"), new PrintStream(usage, true)));
		assertTrue(usage.toString().contains("-project is required"));
	}

	@Test
	void completionNoticeAppearsUnlessTurnedOff() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("notice-" + System.nanoTime());
		project.create(null);
		project.open(null);
		Workbenches.prepareWindow();
		IFolder folder = project.getFolder("in");
		folder.create(true, true, null);
		Workbenches.createPdf(folder.getFile("n1.pdf"), "N1", 1);
		Workbenches.createPdf(folder.getFile("n2.pdf"), "N2", 1);

		runBatch(folder);
		Workbenches.spinUntil(() -> notice() != null, Duration.ofSeconds(5), () -> "the completion notice");
		assertTrue(notice().text().startsWith("2 datasheets: "), notice().text());
		Workbenches.screenshot("completion-notice");
		notice().close();

		EspicePreferences.node().putBoolean(EspicePreferences.NOTIFY_ON_COMPLETION, false);
		ExtractionQueue.getDefault().clearFinished();
		runBatch(folder);
		Workbenches.spin(Duration.ofMillis(500));
		assertEquals(null, notice(), "no notice when the preference is off");
	}

	@Test
	void preferencesProvideTheWizardDefaults() {
		EspicePreferences.node().putInt(EspicePreferences.PARALLELISM, 4);
		EspicePreferences.node().put(EspicePreferences.DIALECT, "ltspice");
		EspicePreferences.node().putInt(EspicePreferences.RETRIES, 99); // out of range: clamped
		BatchConfig config = EspicePreferences.batchDefaults();
		assertEquals(4, config.parallelism());
		assertEquals("ltspice", config.dialect().id());
		assertEquals(10, config.retries());
	}

	private static void runBatch(IFolder folder) throws Exception {
		List<DatasheetItem> items = ExtractionQueue.getDefault()
				.submit(DatasheetCollector.collect(new StructuredSelection(folder), true));
		new BatchRunJob(items, BatchConfig.defaults(), folder.getFolder("models")).schedule();
		Job.getJobManager().join(EspiceJobFamilies.EXTRACTION, new NullProgressMonitor());
	}

	private static CompletionNotice notice() {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (shell.getData() instanceof CompletionNotice notice && shell.isVisible()) {
				return notice;
			}
		}
		return null;
	}
}
