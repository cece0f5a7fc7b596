package org.espice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.dialogs.ResourceSelectionDialog;
import org.espice.core.batch.BatchConfig;
import org.espice.eclipse.internal.preferences.EspicePreferences;
import org.espice.ui.internal.handlers.ExtractModelsHandler;
import org.espice.ui.internal.wizards.DatasheetFilesPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The wizard's files page (Add..., the count limit) and the preference page that holds the wizard's defaults. */
@ExtendWith(WorkspaceLogOnFailure.class)
class WizardFilesAndPreferencesTest {

	private IProject project;

	@BeforeEach
	void setUp() throws Exception {
		project = Workbenches.openProject("files");
	}

	@AfterEach
	void tearDown() throws Exception {
		EspicePreferences.node().clear();
		Workbenches.closeProject(project);
	}

	@Test
	void addPicksMorePdfsFromTheWorkspace() throws Exception {
		// Layout: first/one.pdf is selected; more/{two.pdf, note.txt} is added through Add...
		IFolder first = project.getFolder("first");
		first.create(true, true, null);
		Workbenches.createSample(first.getFile("one.pdf"), "ESP4148.pdf", 0);
		IFolder more = project.getFolder("more");
		more.create(true, true, null);
		Workbenches.createSample(more.getFile("two.pdf"), "ESPS340.pdf", 0);
		more.getFile("note.txt").create(new ByteArrayInputStream("x".getBytes()), true, null);

		List<String> before = new ArrayList<>();
		List<String> after = new ArrayList<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Workbenches.whenOpened(WizardDialog.class, dialog -> {
			Table files = Workbenches.find(dialog.getCurrentPage().getControl(), Table.class).get(0);
			before.addAll(column0(files));
			// Add... opens the workspace picker; the user checks the folder "more" and presses OK
			Workbenches.whenOpened(ResourceSelectionDialog.class, picker -> {
				Tree tree = Workbenches.find(picker.getShell(), Tree.class).get(0);
				TreeItem folder = findDeep(tree, tree.getItems(), "more");
				folder.setChecked(true);
				Event check = new Event();
				check.item = folder;
				check.detail = SWT.CHECK;
				tree.notifyListeners(SWT.Selection, check);
				Workbenches.screenshot("wizard-add-picker");
				Workbenches.click(picker.getShell(), IDialogConstants.OK_LABEL);
			}, failure::set);
			Workbenches.click(dialog.getShell(), "Add...");
			after.addAll(column0(files));
			dialog.close();
		}, failure::set);
		Workbenches.executeCommand(ExtractModelsHandler.COMMAND_ID, new StructuredSelection(first));
		assertNull(failure.get(), () -> "driving the wizard failed: " + failure.get());
		String base = project.getFullPath().makeRelative() + "/";
		assertEquals(List.of(base + "first/one.pdf"), before);
		assertEquals(List.of(base + "first/one.pdf", base + "more/two.pdf"), after, "only the added PDF joins");
	}

	@Test
	void moreFilesThanOneBatchTakesAreRefusedWithAClearMessage() throws Exception {
		IFolder many = project.getFolder("many");
		many.create(true, true, null);
		ResourcesPlugin.getWorkspace().run(monitor -> {
			for (int i = 0; i <= DatasheetFilesPage.MAX_FILES; i++) {
				many.getFile(String.format("f%03d.pdf", i)).create(new ByteArrayInputStream("%PDF-1.4".getBytes()),
						true, null);
			}
		}, null);
		List<String> messages = new ArrayList<>();
		List<Boolean> complete = new ArrayList<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Workbenches.whenOpened(WizardDialog.class, dialog -> {
			DatasheetFilesPage page = (DatasheetFilesPage) dialog.getCurrentPage();
			messages.add(page.getErrorMessage());
			complete.add(page.isPageComplete());
			Workbenches.screenshot("wizard-too-many-files");
			Table files = Workbenches.find(page.getControl(), Table.class).get(0);
			files.getItem(0).setChecked(false);
			Event uncheck = new Event();
			uncheck.item = files.getItem(0);
			uncheck.detail = SWT.CHECK;
			files.notifyListeners(SWT.Selection, uncheck);
			messages.add(page.getErrorMessage());
			complete.add(page.isPageComplete());
			dialog.close();
		}, failure::set);
		Workbenches.executeCommand(ExtractModelsHandler.COMMAND_ID, new StructuredSelection(many));
		assertNull(failure.get(), () -> "driving the wizard failed: " + failure.get());
		assertEquals("501 datasheets are checked; one batch takes at most 500. Uncheck some or split the folder.",
				messages.get(0));
		assertEquals(List.of(false, true), complete, "unchecking one file makes the page complete");
		assertNull(messages.get(1));
	}

	@Test
	void thePreferencePageSetsTheWizardDefaultsAndRefusesBadValues() throws Exception {
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(Workbenches.window().getShell(),
				"org.espice.ui.preferences", new String[] { "org.espice.ui.preferences" }, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Workbenches.spin(Duration.ofMillis(400));
		List<Text> texts = Workbenches.find(dialog.getShell(), Text.class);
		List<Combo> combos = Workbenches.find(dialog.getShell(), Combo.class);
		// field order: dialect, parallelism, retries, timeout, kind, output folder, preview, notify, ngspice
		Combo dialect = combos.stream().filter(c -> List.of(c.getItems()).contains("pspice")).findFirst()
				.orElseThrow();
		Text parallelism = texts.stream().filter(t -> t.getText().equals(
				Integer.toString(BatchConfig.defaults().parallelism()))).findFirst().orElseThrow();
		Button apply = Workbenches.find(dialog.getShell(), Button.class).stream()
				.filter(b -> b.getText().replace("&", "").startsWith("Apply and Close")).findFirst().orElseThrow();

		type(parallelism, "0");
		Workbenches.spin(Duration.ofMillis(100));
		assertFalse(apply.isEnabled(), "a parallelism of 0 cannot be applied");
		assertTrue(dialog.getShell().isVisible());
		Workbenches.screenshot("preferences-invalid");

		type(parallelism, "3");
		dialect.select(List.of(dialect.getItems()).indexOf("pspice"));
		dialect.notifyListeners(SWT.Selection, new Event());
		Workbenches.spin(Duration.ofMillis(100));
		Workbenches.screenshot("preferences-page");
		assertTrue(apply.isEnabled());
		apply.notifyListeners(SWT.Selection, new Event());
		Workbenches.spin(Duration.ofMillis(200));

		BatchConfig defaults = EspicePreferences.batchDefaults();
		assertEquals(3, defaults.parallelism());
		assertEquals("pspice", defaults.dialect().id());

		// ...and the wizard starts from them.
		IFolder sheets = project.getFolder("sheets");
		sheets.create(true, true, null);
		Workbenches.createSample(sheets.getFile("a.pdf"), "ESP4148.pdf", 0);
		List<Integer> parallelismShown = new ArrayList<>();
		List<String> dialectShown = new ArrayList<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Workbenches.whenOpened(WizardDialog.class, wizard -> {
			Workbenches.click(wizard.getShell(), "Next >");
			parallelismShown.add(Workbenches.find(wizard.getCurrentPage().getControl(), Spinner.class).get(0)
					.getSelection());
			dialectShown.add(Workbenches.find(wizard.getCurrentPage().getControl(), Combo.class).get(0).getText());
			wizard.close();
		}, failure::set);
		Workbenches.executeCommand(ExtractModelsHandler.COMMAND_ID, new StructuredSelection(sheets));
		assertNull(failure.get(), () -> "driving the wizard failed: " + failure.get());
		assertEquals(List.of(3), parallelismShown);
		assertEquals(List.of("pspice"), dialectShown);
	}

	/** Replaces the text as typing does: the field editors validate when a key is released. */
	private static void type(Text text, String value) {
		text.setFocus();
		text.setText(value);
		Event key = new Event();
		key.character = value.charAt(value.length() - 1);
		text.notifyListeners(SWT.KeyUp, key);
	}

	/** The item labelled {@code text} below {@code items}, expanding items on the way as a user's clicks do. */
	private static TreeItem findDeep(Tree tree, TreeItem[] items, String text) {
		List<String> seen = new ArrayList<>();
		for (TreeItem item : items) {
			seen.add(item.getText());
			if (item.getText().equals(text)) {
				return item;
			}
		}
		for (TreeItem item : items) {
			Event expand = new Event();
			expand.item = item;
			tree.notifyListeners(SWT.Expand, expand);
			item.setExpanded(true);
			Workbenches.spin(Duration.ofMillis(100));
			try {
				return findDeep(tree, item.getItems(), text);
			} catch (AssertionError notBelow) {
				// try the next item
			}
		}
		throw new AssertionError("No tree item '" + text + "' in " + seen);
	}

	private static List<String> column0(Table table) {
		List<String> values = new ArrayList<>();
		for (var item : table.getItems()) {
			values.add(item.getText(0));
		}
		return values;
	}
}
