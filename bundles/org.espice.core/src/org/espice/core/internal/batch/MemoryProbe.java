package org.espice.core.internal.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Peak memory of this process: the heap as sampled, and the resident set as the kernel reports it. */
public final class MemoryProbe {

	private long peakHeap;

	public synchronized long sampleHeap() {
		Runtime rt = Runtime.getRuntime();
		long used = rt.totalMemory() - rt.freeMemory();
		peakHeap = Math.max(peakHeap, used);
		return peakHeap;
	}

	public synchronized long peakHeap() {
		return peakHeap;
	}

	/** VmHWM from {@code /proc/self/status} in bytes, or -1 where there is no such file. */
	public static long peakRss() {
		return procStatus("VmHWM:");
	}

	public static long currentRss() {
		return procStatus("VmRSS:");
	}

	private static long procStatus(String key) {
		try {
			List<String> lines = Files.readAllLines(Path.of("/proc/self/status"));
			for (String l : lines) {
				if (l.startsWith(key)) {
					String[] f = l.substring(key.length()).trim().split("\\s+");
					return Long.parseLong(f[0]) * 1024;
				}
			}
		} catch (IOException | RuntimeException e) {
			// not Linux: no figure
		}
		return -1;
	}
}
