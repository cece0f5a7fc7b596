package org.espice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.espice.core.TaskMonitor;
import org.espice.core.batch.FileResult;
import org.espice.core.batch.FileWork;
import org.espice.core.batch.ValidationLimits;
import org.espice.core.batch.WorkerOptions;
import org.espice.core.batch.WorkerPool;
import org.espice.eclipse.internal.jobs.IdeWorkers;
import org.espice.samples.SampleDatasheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/**
 * A worker process started from the workbench's own bundles reads and fits a datasheet as the workbench does:
 * the class path comes from the installed bundles (in development, their class folders), Java from the running
 * JVM.
 */
@ExtendWith(WorkspaceLogOnFailure.class)
class WorkbenchWorkersTest {

	@TempDir
	Path tmp;

	@Test
	void aWorkerFromTheWorkbenchsBundlesReadsAsTheWorkbenchDoes() throws Exception {
		List<Path> classPath = IdeWorkers.classPath(FrameworkUtil.getBundle(WorkerPool.class));
		assertFalse(classPath.isEmpty());
		assertTrue(WorkerOptions.holdsEngine(classPath), classPath.toString());
		Path pdf = SampleDatasheets.write(tmp).get(0);
		try (WorkerPool pool = WorkerPool.standard(WorkerOptions.of(classPath))) {
			FileResult remote = pool.process(pdf, null, ValidationLimits.DEFAULT, TaskMonitor.NONE);
			FileResult here = FileWork.standard().process(pdf, null, ValidationLimits.DEFAULT, TaskMonitor.NONE);
			assertTrue(remote.extraction().ok(), String.valueOf(remote.extraction().failure()));
			assertEquals(here.extraction(), remote.extraction());
			assertEquals(here.models().get(0).render(org.espice.core.spice.Dialect.NGSPICE),
					remote.models().get(0).render(org.espice.core.spice.Dialect.NGSPICE));
			assertEquals(1, pool.workersStarted());
		}
	}
}
