package org.espice.core.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.espice.core.DeviceKind;
import org.espice.core.TaskMonitor;
import org.espice.core.internal.layout.LayoutBuilder;
import org.espice.core.internal.plots.DrawingCollector;
import org.espice.core.internal.plots.PlotReader;

/**
 * Prints what reading the plots costs per datasheet: the CPU time of a whole extraction, of the page pass reading
 * the text alone and of the same pass collecting the drawing followed by the plot reading; their difference is the
 * plots' cost, and the ratio "extraction / (extraction - plots)" is the extraction's time against what it would take
 * without plots (the issue allows 1.5). CPU time of this thread, best of N passes after one untimed pass, each pass
 * on a freshly loaded document. Not a test: run it with the test classpath, e.g.
 * {@code java -cp <classes>:<libs> org.espice.core.extract.PlotCostBenchmark [DIR] [--passes N]}.
 */
public final class PlotCostBenchmark {

	private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

	private record Cost(String file, int pages, double extraction, double plots) {
		double ratio() {
			return extraction / Math.max(1e-9, extraction - plots);
		}
	}

	private PlotCostBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		BenchmarkArgs run = BenchmarkArgs.parse(args, 3);
		List<Path> pdfs = run.pdfs();
		int passes = run.passes();
		DatasheetReader reader = new DatasheetReader();
		for (Path pdf : pdfs) {
			reader.read(pdf, TaskMonitor.NONE);
			measure(pdf, reader);
		}
		List<Cost> costs = new ArrayList<>();
		for (Path pdf : pdfs) {
			Cost best = null;
			for (int k = 0; k < passes; k++) {
				Cost c = measure(pdf, reader);
				best = best == null ? c
						: new Cost(c.file(), c.pages(), Math.min(best.extraction(), c.extraction()),
								Math.min(best.plots(), c.plots()));
			}
			costs.add(best);
		}
		System.out.printf(Locale.ROOT, "%-34s %5s %11s %9s %6s%n", "file", "pages", "extract ms", "plots ms", "ratio");
		double extraction = 0;
		double plots = 0;
		for (Cost c : costs) {
			System.out.printf(Locale.ROOT, "%-34s %5d %11.1f %9.1f %6.2f%n", c.file(), c.pages(), c.extraction(),
					c.plots(), c.ratio());
			extraction += c.extraction();
			plots += c.plots();
		}
		double[] ratios = costs.stream().mapToDouble(Cost::ratio).sorted().toArray();
		System.out.printf(Locale.ROOT,
				"%nfiles %d: extraction %.0f ms CPU, plots %.0f ms; with plots / without: all %.2f, median %.2f, "
						+ "max %.2f, %d files above 1.5%n",
				costs.size(), extraction, plots, extraction / (extraction - plots), ratios[ratios.length / 2],
				ratios[ratios.length - 1], Arrays.stream(ratios).filter(r -> r > 1.5).count());
	}

	private static Cost measure(Path pdf, DatasheetReader reader) throws Exception {
		long t0 = CPU.getCurrentThreadCpuTime();
		int pages = reader.read(pdf, TaskMonitor.NONE).pageCount();
		double extraction = (CPU.getCurrentThreadCpuTime() - t0) / 1e6;
		double textOnly;
		double withPlots;
		try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
			long t1 = CPU.getCurrentThreadCpuTime();
			new LayoutBuilder(n -> {
			}).build(doc);
			textOnly = (CPU.getCurrentThreadCpuTime() - t1) / 1e6;
		} catch (Exception e) {
			return new Cost(pdf.getFileName().toString(), pages, extraction, 0);
		}
		try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
			long t2 = CPU.getCurrentThreadCpuTime();
			DrawingCollector drawings = new DrawingCollector();
			new LayoutBuilder(n -> {
			}, drawings).build(doc);
			new PlotReader(DeviceKind.MOSFET_N).read(drawings);
			withPlots = (CPU.getCurrentThreadCpuTime() - t2) / 1e6;
		}
		return new Cost(pdf.getFileName().toString(), pages, extraction, Math.max(0, withPlots - textOnly));
	}
}
