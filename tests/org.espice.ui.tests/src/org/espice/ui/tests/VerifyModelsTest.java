package org.espice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Duration;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.espice.core.simulate.ModelCurves;
import org.espice.core.simulate.NgspiceRunner;
import org.espice.eclipse.internal.jobs.EspiceJobFamilies;
import org.espice.samples.SampleDatasheets;
import org.espice.ui.internal.handlers.VerifyModelsHandler;
import org.espice.ui.internal.views.VerificationDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** "Verify with ngspice" on a datasheet shows its values against the simulation, or says ngspice is missing. */
@ExtendWith(WorkspaceLogOnFailure.class)
class VerifyModelsTest {

	private IProject project;

	@BeforeEach
	void setUp() throws Exception {
		Workbenches.prepareWindow();
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("verify-" + System.nanoTime());
		project.create(null);
		project.open(null);
	}

	@AfterEach
	void tearDown() throws Exception {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (shell.getData() instanceof VerificationDialog dialog) {
				dialog.close();
			}
		}
		project.delete(true, true, null);
	}

	@Test
	void verifyShowsDatasheetPointsAgainstNgspice() throws Exception {
		IFile pdf = project.getFile("ESP4148.pdf");
		pdf.create(new ByteArrayInputStream(SampleDatasheets.layout("ESP4148.pdf").toBytes(null)), true, null);

		Workbenches.executeCommand(VerifyModelsHandler.COMMAND_ID, new StructuredSelection(pdf));
		Job.getJobManager().join(EspiceJobFamilies.EXTRACTION, new NullProgressMonitor());
		Workbenches.spinUntil(() -> dialog() != null, Duration.ofSeconds(10), () -> "the verification window");
		String text = dialog().text();
		Workbenches.screenshot("verify-with-ngspice");
		if (NgspiceRunner.find().isPresent()) {
			assertTrue(text.contains("ESP4148"), text);
			assertTrue(text.contains("datasheet points met by the ngspice simulation"), text);
			// the forward characteristic is plotted with the datasheet's VF points on it
			assertTrue(!dialog().curves().isEmpty(), "curves are plotted");
			ModelCurves.Curve forward = dialog().curves().get(0);
			assertTrue(!forward.simulated().isEmpty() && !forward.points().isEmpty(), forward.toString());
		} else {
			assertTrue(text.startsWith("ngspice was not found"), text);
		}
	}

	private static VerificationDialog dialog() {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (shell.getData() instanceof VerificationDialog dialog && shell.isVisible()) {
				return dialog;
			}
		}
		return null;
	}
}
