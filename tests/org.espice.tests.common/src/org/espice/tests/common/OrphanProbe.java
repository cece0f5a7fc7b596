package org.espice.tests.common;

import java.nio.file.Path;

import org.espice.core.TaskMonitor;
import org.espice.core.batch.ValidationLimits;
import org.espice.core.batch.WorkerOptions;
import org.espice.core.batch.WorkerPool;

/**
 * A coordinator to be killed: started as a JVM of its own, it hands a hanging file to a worker, prints
 * {@code worker PID} and waits. A test kills it and checks that the worker does not outlive it.
 */
public final class OrphanProbe {

	private OrphanProbe() {
	}

	public static void main(String[] args) throws InterruptedException {
		WorkerPool pool = new WorkerPool(
				WorkerOptions.of(WorkerOptions.currentClassPath()).withWorkClass(FaultyWork.class.getName()),
				new FaultyWork());
		Thread t = new Thread(() -> pool.process(Path.of("hang.pdf"), null, ValidationLimits.DEFAULT, TaskMonitor.NONE));
		t.setDaemon(true);
		t.start();
		while (pool.workerPids().isEmpty()) {
			Thread.sleep(10);
		}
		System.out.println("worker " + pool.workerPids().get(0));
		System.out.flush();
		t.join();
	}
}
