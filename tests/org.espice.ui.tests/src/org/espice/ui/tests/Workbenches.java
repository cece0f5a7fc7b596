package org.espice.ui.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.intro.IIntroPart;
import org.espice.core.batch.Batch;
import org.espice.core.batch.BatchConfig;
import org.espice.core.batch.BatchItem;
import org.espice.core.batch.BatchListener;
import org.espice.core.batch.BatchProgress;
import org.espice.eclipse.internal.jobs.BatchRunJob;
import org.espice.eclipse.internal.jobs.EspiceJobFamilies;
import org.espice.eclipse.internal.model.DatasheetItem;
import org.espice.eclipse.internal.model.ExtractionQueue;
import org.espice.eclipse.internal.workspace.DatasheetCollector;
import org.espice.samples.DatasheetPdf;
import org.espice.samples.SampleDatasheets;
import org.espice.ui.internal.handlers.ExtractModelsHandler;
import org.espice.ui.internal.views.BatchView;

/** Small helpers for driving the real workbench from tests, in place of SWTBot. */
final class Workbenches {

	private Workbenches() {
	}

	static IWorkbenchWindow window() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		return window != null ? window : PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}

	/** Closes the Welcome page and makes the workbench shell big and active, as a user would see it. */
	static IWorkbenchWindow prepareWindow() {
		IIntroPart intro = PlatformUI.getWorkbench().getIntroManager().getIntro();
		if (intro != null) {
			PlatformUI.getWorkbench().getIntroManager().closeIntro(intro);
		}
		IWorkbenchWindow window = window();
		Display display = window.getShell().getDisplay();
		Rectangle screen = display.getPrimaryMonitor().getClientArea();
		window.getShell().setBounds(screen);
		window.getShell().forceActive();
		spin(Duration.ofMillis(300));
		return window;
	}

	/**
	 * Prepares the window, empties the extraction queue of finished files and opens a new project named
	 * {@code prefix-<nanos>}, so each test starts from the same workbench with its own files.
	 */
	static IProject openProject(String prefix) throws CoreException {
		prepareWindow();
		ExtractionQueue.getDefault().clearFinished();
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(prefix + "-" + System.nanoTime());
		project.create(null);
		project.open(null);
		return project;
	}

	/** Cancels and waits for every extraction job, empties the queue and deletes {@code project}. */
	static void closeProject(IProject project) throws CoreException, InterruptedException {
		Job.getJobManager().cancel(EspiceJobFamilies.EXTRACTION);
		joinExtraction();
		ExtractionQueue.getDefault().clearFinished();
		project.delete(true, true, null);
	}

	/** Waits until every extraction job (batch and per-file) has finished. */
	static void joinExtraction() throws InterruptedException {
		Job.getJobManager().join(EspiceJobFamilies.EXTRACTION, new NullProgressMonitor());
	}

	/**
	 * Queues the PDFs in {@code sheets} and its subfolders as the Extract command would, runs them as one batch
	 * into {@code models} and waits for it to finish.
	 */
	static List<DatasheetItem> runBatch(IContainer sheets, BatchConfig config, IFolder models)
			throws InterruptedException {
		List<DatasheetItem> datasheets = ExtractionQueue.getDefault()
				.submit(DatasheetCollector.collect(new StructuredSelection(sheets), true));
		new BatchRunJob(datasheets, config, models).schedule();
		joinExtraction();
		return datasheets;
	}

	/**
	 * Executes a command as a menu or toolbar click would, with {@code selection} as the current selection. Like
	 * a user, it waits (up to 10 s) for the command to be enabled: handlers follow the batch's state on the UI
	 * thread, a moment after the engine reports it.
	 */
	static void executeCommand(String commandId, IStructuredSelection selection) throws Exception {
		IWorkbenchWindow window = window();
		IHandlerService handlers = window.getService(IHandlerService.class);
		ICommandService commands = window.getService(ICommandService.class);
		IEvaluationContext context = new EvaluationContext(handlers.createContextSnapshot(false), selection);
		context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, selection);
		long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (true) {
			try {
				handlers.executeCommandInContext(new ParameterizedCommand(commands.getCommand(commandId), null),
						null, context);
				return;
			} catch (NotEnabledException e) {
				if (System.nanoTime() > end) {
					throw e;
				}
				spin(Duration.ofMillis(50));
			}
		}
	}

	/**
	 * Watches {@code batch} for reports made on the UI thread: the engine reports on the thread that called it,
	 * so a report there means a pause, resume, accept or reject ran the engine (and its journal's sync) on it.
	 */
	static AtomicBoolean reportsOnUiThread(Batch batch) {
		Display ui = Display.getCurrent();
		AtomicBoolean seen = new AtomicBoolean();
		batch.addListener(new BatchListener() {
			@Override
			public void itemChanged(BatchItem item) {
				seen.compareAndSet(false, Display.getCurrent() == ui);
			}

			@Override
			public void batchChanged(BatchProgress progress) {
				seen.compareAndSet(false, Display.getCurrent() == ui);
			}
		});
		return seen;
	}

	/** Whether the command's handler is enabled now (what its menu items and toolbar buttons show). */
	static boolean isEnabled(String commandId) {
		return window().getService(ICommandService.class).getCommand(commandId).isEnabled();
	}

	/**
	 * Runs {@code action} on the first visible dialog of type {@code type} once it opens (from the event loop of
	 * the modal dialog itself), so a test can drive a dialog that a command opens and waits for.
	 */
	static <T extends Window> void whenOpened(Class<T> type, Consumer<T> action, Consumer<Throwable> failure) {
		Display display = Display.getCurrent();
		long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (shell.isVisible() && type.isInstance(shell.getData())) {
					spin(Duration.ofMillis(400)); // let the dialog lay out and paint before it is driven
					try {
						action.accept(type.cast(shell.getData()));
					} catch (Throwable t) {
						failure.accept(t);
						((Window) shell.getData()).close();
					}
					return;
				}
			}
			if (System.nanoTime() < end) {
				display.timerExec(50, poll[0]);
			} else {
				failure.accept(new AssertionError("No " + type.getSimpleName() + " opened"));
			}
		};
		display.timerExec(50, poll[0]);
	}

	/**
	 * Runs "Extract SPICE Models..." on {@code selection} as a user would: the wizard opens, {@code onFiles} may
	 * work the files page, Next, {@code onOptions} may work the options page, Finish. Either action may be null.
	 * Returns once Finish scheduled the batch (the batch itself may still run).
	 */
	static void extractWithWizard(IStructuredSelection selection, Consumer<WizardDialog> onFiles,
			Consumer<WizardDialog> onOptions) throws Exception {
		AtomicReference<Throwable> failure = new AtomicReference<>();
		whenOpened(WizardDialog.class, dialog -> {
			if (onFiles != null) {
				onFiles.accept(dialog);
			}
			click(dialog.getShell(), "Next >");
			if (onOptions != null) {
				onOptions.accept(dialog);
			}
			click(dialog.getShell(), "Finish");
		}, failure::set);
		executeCommand(ExtractModelsHandler.COMMAND_ID, selection);
		if (failure.get() != null) {
			throw new AssertionError("driving the wizard failed: " + failure.get(), failure.get());
		}
	}

	/**
	 * Writes one of the core's embedded sample datasheets as {@code file}; a {@code variant} above 0 adds a line
	 * so that copies differ in content (the engine skips files whose content it has already seen).
	 */
	static void createSample(IFile file, String sample, int variant) throws IOException, CoreException {
		DatasheetPdf layout = SampleDatasheets.layout(sample);
		if (variant > 0) {
			layout.paragraph("Document revision " + variant);
		}
		file.create(new ByteArrayInputStream(layout.toBytes(null)), true, null);
	}

	/** Selects the row of {@code item} in the SPICE Batch view as a click does, once the view shows that row. */
	static void select(BatchView view, DatasheetItem datasheet) {
		spinUntil(() -> view.getViewer().testFindItem(datasheet) != null, Duration.ofSeconds(10),
				() -> "the view to list " + datasheet);
		view.getViewer().setSelection(new StructuredSelection(datasheet), true);
		spin(Duration.ofMillis(200));
	}

	/** Every control of type {@code type} below {@code root}, depth first. */
	static <T extends Control> List<T> find(Control root, Class<T> type) {
		List<T> found = new ArrayList<>();
		if (type.isInstance(root)) {
			found.add(type.cast(root));
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(find(child, type));
			}
		}
		return found;
	}

	/** Clicks the push button labelled {@code label} (mnemonic ignored) below {@code root}. */
	static void click(Control root, String label) {
		Button button = find(root, Button.class).stream()
				.filter(b -> b.getText().replace("&", "").equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("No button '" + label + "'"));
		if (!button.isEnabled()) {
			throw new AssertionError("Button '" + label + "' is disabled");
		}
		button.notifyListeners(SWT.Selection, new Event());
	}

	/** Runs the event loop for the given time. */
	static void spin(Duration duration) {
		Display display = Display.getCurrent();
		long end = System.nanoTime() + duration.toNanos();
		while (System.nanoTime() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	/** Runs the event loop until {@code condition} holds; fails with {@code what} after {@code timeout}. */
	static void spinUntil(BooleanSupplier condition, Duration timeout, Supplier<String> what) {
		Display display = Display.getCurrent();
		long end = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for " + what.get());
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	/**
	 * Writes a PDF datasheet stand-in: {@code pages} pages, the document title {@code title}, and the title
	 * printed on page 1 so the file also has a text layer.
	 */
	static void createPdf(IFile file, String title, int pages) throws IOException, CoreException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument()) {
			for (int i = 0; i < pages; i++) {
				PDPage page = new PDPage();
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
					content.newLineAtOffset(72, 720);
					content.showText(title + " - page " + (i + 1));
					content.endText();
				}
			}
			document.getDocumentInformation().setTitle(title);
			document.save(bytes);
		}
		file.create(new ByteArrayInputStream(bytes.toByteArray()), true, null);
	}

	/**
	 * Saves what the screen shows, popup menus included, as {@code target/screenshots/<name>.png}. Uses
	 * ImageMagick's {@code import} when present (it sees every X window), else SWT's display GC.
	 */
	static Path screenshot(String name) {
		Path dir = Path.of("target", "screenshots");
		Path file = dir.resolve(name + ".png");
		try {
			Files.createDirectories(dir);
			Display display = Display.getCurrent();
			display.update();
			spin(Duration.ofMillis(150));
			if (importScreen(file)) {
				return file;
			}
			Rectangle bounds = display.getBounds();
			Image image = new Image(display, bounds.width, bounds.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, 0, 0);
			} finally {
				gc.dispose();
			}
			ImageData data = image.getImageData();
			image.dispose();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} catch (IOException e) {
			throw new AssertionError("Cannot write screenshot " + file.toAbsolutePath(), e);
		}
		return file;
	}

	private static boolean importScreen(Path file) {
		String x = System.getenv("DISPLAY");
		if (x == null || x.isEmpty()) {
			return false;
		}
		try {
			Process process = new ProcessBuilder("import", "-display", x, "-window", "root", file.toString())
					.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0 && Files.size(file) > 0;
		} catch (IOException e) {
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
