package org.espice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.espice.tests.common.TestPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a user sees the plots on the command line: {@code extract --format table} gives one line per plot, and
 * {@code curves} draws each plot over its page region into a PNG named by the file, page and figure.
 */
@ExtendWith(IsolatedHome.class)
class CurvesOutputTest {

	@TempDir
	Path tmp;

	@Test
	void tableHasOneLinePerPlot() throws Exception {
		Path pdf = TestPdfs.datasheetWithPlot(tmp.resolve("ESP5101.pdf"), "ESP5101");
		BatchCliTest.Run run = BatchCliTest.espice("extract", "--format", "table", pdf.toString());
		assertEquals(0, run.code(), run.err());
		assertTrue(run.out().contains("ESP5101.pdf: 1 plot" + System.lineSeparator()), run.out());
		assertTrue(run.out().contains("  p.2 OUTPUT \"Figure 1. Output Characteristics\": x VDS 0..10 V linear, "
				+ "y ID 0..300 mA linear; 2 series"), run.out());
		assertTrue(run.out().indexOf("values") < run.out().indexOf("1 plot"), run.out());
	}

	@Test
	void curvesWritesOnePngPerPlot() throws Exception {
		Path pdf = TestPdfs.datasheetWithPlot(tmp.resolve("in/ESP5101.pdf"), "ESP5101");
		Path out = tmp.resolve("out");
		BatchCliTest.Run run = BatchCliTest.espice("curves", pdf.toString(), "--out", out.toString());
		assertEquals(0, run.code(), run.out() + run.err());
		Path png = out.resolve("ESP5101-p2-fig1.png");
		assertTrue(run.out().startsWith("ESP5101.pdf: ESP5101-p2-fig1.png  p.2 OUTPUT"), run.out());
		BufferedImage image = ImageIO.read(png.toFile());
		assertTrue(image.getWidth() > 400 && image.getHeight() > 300, image.getWidth() + "x" + image.getHeight());
		try (var files = Files.list(out)) {
			assertEquals(1, files.count());
		}
	}

	@Test
	void curvesNamesAFileItCannotReadAndGoesOn() throws Exception {
		Path good = TestPdfs.datasheetWithPlot(tmp.resolve("in/a-good.pdf"), "ESP5102");
		Path bad = TestPdfs.corrupt(tmp.resolve("in/b-corrupt.pdf"));
		BatchCliTest.Run run = BatchCliTest.espice("curves", tmp.resolve("in").toString(), "--out",
				tmp.resolve("out").toString());
		assertEquals(1, run.code(), run.out() + run.err());
		assertTrue(run.out().contains("b-corrupt.pdf: FAILED [invalid-input]"), run.out());
		assertTrue(Files.exists(tmp.resolve("out/a-good-p2-fig1.png")), run.out());
		assertTrue(good.toFile().exists() && bad.toFile().exists());
	}
}
