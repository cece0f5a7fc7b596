package org.espice.tests.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.ExtractionResult;
import org.espice.core.FailureCategory;
import org.espice.core.Parameter;
import org.espice.core.ProcessingException;
import org.espice.core.Provenance;
import org.espice.core.TaskMonitor;
import org.espice.core.WorkStep;
import org.espice.core.batch.FileWork;
import org.espice.core.spice.Dialect;
import org.espice.core.spice.FittedModel;
import org.espice.core.spice.ModelParam;

/**
 * Injected per-file work for engine tests: reads nothing but the file name, takes {@code millisPerFile} while
 * checking its monitor every 10 ms, and fits a diode model whose text names the part. A file name containing
 * a category id (e.g. {@code x-io-error.pdf}) makes the first {@code failuresBeforeSuccess} attempts fail
 * with that category.
 */
public class FakeWork implements FileWork {

	private final long millisPerFile;
	private final int failuresBeforeSuccess;
	private final Map<Path, AtomicInteger> attempts = new ConcurrentHashMap<>();
	/** Keeps working through a cancel, as a stuck reader would. */
	public volatile boolean ignoreMonitor;
	/** Changes the device before it is fitted (e.g. to give it a hostile part name). */
	public volatile Function<Device, Device> onFit = d -> d;

	/** For the CLI's hidden {@code --work-class}: 300 ms per file, failures never heal. */
	public FakeWork() {
		this(300, Integer.MAX_VALUE);
	}

	public FakeWork(long millisPerFile, int failuresBeforeSuccess) {
		this.millisPerFile = millisPerFile;
		this.failuresBeforeSuccess = failuresBeforeSuccess;
	}

	@Override
	public ExtractionResult read(Path pdf, TaskMonitor monitor) {
		String name = pdf.getFileName().toString();
		int attempt = attempts.computeIfAbsent(pdf, p -> new AtomicInteger()).incrementAndGet();
		long end = System.nanoTime() + millisPerFile * 1_000_000;
		while (System.nanoTime() < end) {
			if (!ignoreMonitor) {
				monitor.checkCanceled();
			}
			monitor.progress(WorkStep.EXTRACTING, 1 - (end - System.nanoTime()) / (millisPerFile * 1e6));
			try {
				Thread.sleep(10);
			} catch (InterruptedException e) {
				if (!ignoreMonitor) {
					Thread.currentThread().interrupt();
					monitor.checkCanceled();
				}
			}
		}
		for (FailureCategory c : FailureCategory.values()) {
			if (name.contains("-" + c.id() + ".") && attempt <= failuresBeforeSuccess) {
				return ExtractionResult.failed(name, 1, c, name + ": simulated " + c.id() + " on attempt " + attempt);
			}
		}
		String part = name.replaceFirst("\\.pdf$", "").toUpperCase(java.util.Locale.ROOT);
		Parameter vf = new Parameter("VF", null, 0.7, 1.0, "V", Map.of("IF", 0.01), Provenance.page(1, "VF"));
		return new ExtractionResult(name, 1, part, "Test", List.of(new Device(part, DeviceKind.DIODE, List.of(vf))),
				null);
	}

	@Override
	public FittedModel fit(Device device, ExtractionResult source, TaskMonitor monitor) throws ProcessingException {
		Device d = onFit.apply(device);
		monitor.checkCanceled();
		return new FittedModel() {
			@Override
			public String part() {
				return d.part();
			}

			@Override
			public DeviceKind kind() {
				return d.kind();
			}

			@Override
			public String modelName() {
				return d.part();
			}

			@Override
			public List<ModelParam> parameters() {
				return List.of(new ModelParam("IS", 1e-14, "default 10 fA"),
						new ModelParam("N", 1.8, "VF p.1"));
			}

			@Override
			public String cardType() {
				return "D";
			}

			@Override
			public String render(Dialect dialect) {
				Parameter vf = d.first("VF");
				StringBuilder b = new StringBuilder("* model for " + d.part() + " from " + source.file() + "\n");
				// long enough that a torn write would show
				for (int i = 0; i < 200; i++) {
					b.append("* padding line ").append(i).append('\n');
				}
				b.append(".model ").append(d.part()).append(" D(IS=1e-14 N=1.8 VF=").append(vf == null ? 0 : vf.nominal())
						.append(")\n.end\n");
				return b.toString();
			}
		};
	}
}
