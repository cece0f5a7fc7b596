package org.espice.tests.common;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.espice.core.DeviceKind;
import org.espice.core.TaskMonitor;
import org.espice.core.batch.FileResult;
import org.espice.core.batch.ValidationLimits;

/**
 * Work that misbehaves on demand, for worker-process tests: a file whose name contains {@code hang} spins and
 * ignores interrupts, {@code oom} allocates without bound, {@code recurse} recurses without bound, {@code exit}
 * calls {@code System.exit(7)}, {@code garbage} writes binary noise and stray text to standard output before
 * it answers, {@code slow} takes 30 s but stops on a cancel. Every other file is {@link FakeWork}'s.
 */
public class FaultyWork extends FakeWork {

	/** Kept reachable so the allocation cannot be optimised away. */
	public static volatile Object sink;

	public FaultyWork() {
		super(20, Integer.MAX_VALUE);
	}

	@Override
	public FileResult process(Path pdf, DeviceKind kind, ValidationLimits limits, TaskMonitor monitor) {
		String name = pdf.getFileName().toString();
		if (name.contains("hang")) {
			hang();
		} else if (name.contains("oom")) {
			List<long[]> hog = new ArrayList<>();
			sink = hog;
			while (true) {
				hog.add(new long[1 << 20]);
			}
		} else if (name.contains("recurse")) {
			sink = recurse(0);
		} else if (name.contains("exit")) {
			System.exit(7);
		} else if (name.contains("garbage")) {
			garbage();
		} else if (name.contains("slow")) {
			slow(monitor);
		}
		return super.process(pdf, kind, limits, monitor);
	}

	@SuppressWarnings("java:S2189")
	private static void hang() {
		long n = 0;
		while (true) {
			n++;
			if (Thread.interrupted()) {
				n--; // noticed, and ignored
			}
			sink = n;
		}
	}

	private static void slow(TaskMonitor monitor) {
		long end = System.nanoTime() + 30_000_000_000L;
		while (System.nanoTime() < end) {
			monitor.checkCanceled();
			monitor.progress(org.espice.core.WorkStep.EXTRACTING, 0.5);
			try {
				Thread.sleep(10);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static int recurse(int depth) {
		return recurse(depth + 1) + 1;
	}

	private static void garbage() {
		try {
			FileOutputStream raw = new FileOutputStream(FileDescriptor.out);
			byte[] noise = new byte[4096];
			new java.util.Random(7).nextBytes(noise);
			raw.write(noise);
			raw.write("\nnot a frame at all\n".getBytes(StandardCharsets.UTF_8));
			raw.flush();
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
