package org.espice.core.extract;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.rendering.PDFRenderer;
import org.espice.core.Plot;
import org.espice.core.internal.overlay.OverlayChart;
import org.espice.core.internal.overlay.PageRegion;
import org.espice.core.internal.pdf.OpenedPdf;
import org.espice.core.internal.pdf.PdfSource;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;

/**
 * The plots read from a datasheet drawn over the page they were read from, so a person can check the reading at a
 * glance: each plot's region of the page, rendered by PDFBox, is the data area of a chart whose axes are the axes
 * as read and whose lines are the curves as read, with their labels. A plot that was not read still gets its region,
 * with the reason written across it. One PNG per plot, named by the PDF, the page and the figure number.
 */
public final class PlotOverlays {

	/** Chart space around the data area: axis labels and ticks, title, summary line, legend. */
	private static final int AXIS_SPACE = 90;
	private static final int TITLE_SPACE = 70;
	private static final int LEGEND_ROW = 22;
	/** Figure numbers as captions print them: "Figure 3.", "Fig. 12a", "FIG 4". */
	private static final Pattern FIGURE = Pattern.compile("(?i)\\bfig(?:ure)?\\.?\\s*(\\d+[a-z]?)\\b");

	/**
	 * One plot drawn.
	 *
	 * @param plot     the plot as read
	 * @param fileName the PNG file name, unique among the plots of the same call
	 * @param image    the chart
	 * @param dataArea where the page region lies in the image, in pixels
	 * @param region   the page rectangle shown in the data area, in PDF user space: the frame and a margin
	 */
	public record Overlay(Plot plot, String fileName, BufferedImage image, Rectangle dataArea, Plot.Box region) {

		/** The image as PNG bytes. */
		public byte[] png() {
			return Png.of(image);
		}
	}

	private PlotOverlays() {
	}

	/**
	 * Draws {@code plots}, read from {@code pdf}, each over its page region.
	 *
	 * @throws IOException when the PDF cannot be opened or a page cannot be rendered, naming the file and page
	 */
	public static List<Overlay> draw(Path pdf, List<Plot> plots) throws IOException {
		String stem = stem(pdf.getFileName().toString());
		List<String> names = fileNames(stem, plots);
		List<Overlay> overlays = new ArrayList<>();
		try (OpenedPdf opened = PdfSource.open(pdf)) {
			PDFRenderer renderer = new PDFRenderer(opened.document());
			int pages = opened.document().getNumberOfPages();
			for (int i = 0; i < plots.size(); i++) {
				Plot plot = plots.get(i);
				if (plot.page() < 1 || plot.page() > pages) {
					throw new IOException(pdf.getFileName() + " has no page " + plot.page() + " (it has " + pages + ")");
				}
				PageRegion region;
				try {
					region = PageRegion.render(opened.document(), renderer, plot.page(), plot.bbox());
				} catch (IOException | RuntimeException e) {
					throw new IOException(pdf.getFileName() + ", page " + plot.page() + ": cannot render the plot region: "
							+ e.getMessage(), e);
				}
				overlays.add(draw(plot, region, names.get(i)));
			}
		}
		return overlays;
	}

	/** Draws {@code plots} of {@code pdf} into {@code dir}, one PNG each; gives the files written, in order. */
	public static List<Path> write(Path pdf, List<Plot> plots, Path dir) throws IOException {
		Files.createDirectories(dir);
		List<Path> written = new ArrayList<>();
		for (Overlay o : draw(pdf, plots)) {
			Path file = dir.resolve(o.fileName());
			if (!ImageIO.write(o.image(), "png", file.toFile())) {
				throw new IOException("no PNG writer in this Java runtime for " + file);
			}
			written.add(file);
		}
		return written;
	}

	private static Overlay draw(Plot plot, PageRegion region, String name) {
		String title = plot.caption() != null ? plot.caption() : "Page " + plot.page() + ", " + plot.kind().name();
		JFreeChart chart = OverlayChart.of(plot, region, title, PlotSummary.line(plot));
		int legendRows = (plot.series().size() + 2) / 3;
		int w = region.image().getWidth() + AXIS_SPACE;
		int h = region.image().getHeight() + AXIS_SPACE + TITLE_SPACE + LEGEND_ROW * legendRows;
		ChartRenderingInfo info = new ChartRenderingInfo();
		BufferedImage image = chart.createBufferedImage(w, h, BufferedImage.TYPE_INT_RGB, info);
		return new Overlay(plot, name, image, info.getPlotInfo().getDataArea().getBounds(), region.area());
	}

	/**
	 * File names for {@code plots} of the PDF named {@code stem}: {@code stem-p3-fig5.png} when the caption gives the
	 * figure number, else {@code stem-p3-plot2.png} by the plot's place on its page; a name taken twice gets
	 * {@code -2}, {@code -3}, ... before its extension.
	 */
	public static List<String> fileNames(String stem, List<Plot> plots) {
		String safe = stem.replaceAll("[^A-Za-z0-9._-]+", "_");
		Map<Integer, Integer> onPage = new HashMap<>();
		Set<String> taken = new HashSet<>();
		List<String> names = new ArrayList<>();
		for (Plot plot : plots) {
			int nth = onPage.merge(plot.page(), 1, Integer::sum);
			Matcher figure = plot.caption() == null ? null : FIGURE.matcher(plot.caption());
			String which = figure != null && figure.find() ? "fig" + figure.group(1).toLowerCase(Locale.ROOT)
					: "plot" + nth;
			String base = safe + "-p" + plot.page() + "-" + which;
			String name = base + ".png";
			for (int n = 2; !taken.add(name); n++) {
				name = base + "-" + n + ".png";
			}
			names.add(name);
		}
		return names;
	}

	private static String stem(String file) {
		return file.toLowerCase(Locale.ROOT).endsWith(".pdf") ? file.substring(0, file.length() - 4) : file;
	}
}
