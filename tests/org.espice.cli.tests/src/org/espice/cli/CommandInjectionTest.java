package org.espice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.espice.tests.common.TestPdfs;
import org.espice.core.simulate.NgspiceRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Datasheets and model files built as an attacker would: a file name, a PDF title and PDF text that carry an
 * ngspice {@code .control} block with a {@code shell} command, a file name that is a spreadsheet formula and a
 * vendor model with a {@code shell} line. Each goes through {@code espice model}, {@code process} and
 * {@code verify}; no control card may reach a file ESpice writes and the command must never run.
 */
@ExtendWith(IsolatedHome.class)
class CommandInjectionTest {

	/** A file name may hold line breaks on Linux and macOS. */
	static final String INJECTED_NAME = "X\n.control\nshell touch INJECTED\n.endc\n*.pdf";

	@TempDir
	Path tmp;

	/**
	 * A file name carrying terminal escape sequences (retitle the window, clear the screen) and a bidirectional
	 * override is printed with those characters as {@code ?}: what the command prints cannot drive the terminal.
	 */
	@Test
	void aFileNameCannotDriveTheTerminal() throws Exception {
		Path in = tmp.resolve("in");
		TestPdfs.datasheet(in.resolve("T\u001b]0;owned\u0007\u001b[2J\u202eQ.pdf"), "ESC1");
		BatchCliTest.Run process = BatchCliTest.espice("process", in.toString(), "--out", tmp.resolve("b").toString());
		BatchCliTest.Run extract = BatchCliTest.espice("extract", in.toString(), "--format", "table");
		for (BatchCliTest.Run r : List.of(process, extract)) {
			String all = r.out() + r.err();
			assertTrue(all.contains("T?]0;owned??[2J?Q.pdf"), all);
			assertFalse(all.chars().anyMatch(c -> c == 0x1b || c == 0x07 || c == 0x202e), all);
		}
	}

	@Test
	void anInjectedFileNameReachesNoFileAsACard() throws Exception {
		Path in = tmp.resolve("in");
		TestPdfs.datasheet(in.resolve(INJECTED_NAME), "INJ1");
		Path models = tmp.resolve("models");
		BatchCliTest.Run model = BatchCliTest.espice("model", in.toString(), "--out", models.toString());
		assertEquals(0, model.code(), model.out());
		Path batch = tmp.resolve("batch");
		BatchCliTest.Run process = BatchCliTest.espice("process", in.toString(), "--out", batch.toString());
		assertEquals(0, process.code(), process.out());

		List<Path> libs;
		try (Stream<Path> s = Files.list(models)) {
			libs = s.toList();
		}
		assertFalse(libs.isEmpty(), model.out());
		for (Path lib : libs) {
			assertTrue(Files.readString(lib).contains("* Source datasheet: X .control shell touch INJECTED .endc *.pdf"),
					lib.toString());
		}
		assertNoControlCard(models);
		assertNoControlCard(batch);
		assertJournalIsOneRecordALine(batch);
		assertModelsRunNothingInNgspice(models);
		assertModelsRunNothingInNgspice(batch);
		// our own runner refuses any deck with a control card of the model's: verifying succeeds only without one
		assumeTrue(NgspiceRunner.find().isPresent(), "ngspice not installed");
		BatchCliTest.Run verify = BatchCliTest.espice("verify", in.toString());
		assertEquals(0, verify.code(), verify.out());
		assertTrue(verify.out().contains("model loaded"), verify.out());
	}

	/** The check above means something: the same header written verbatim does run the command. */
	@Test
	void aControlBlockInAModelFileRunsWhenNotSanitised() throws Exception {
		Optional<Path> ngspice = NgspiceRunner.locate();
		assumeTrue(ngspice.isPresent(), "ngspice not installed");
		Path dir = Files.createDirectories(tmp.resolve("raw"));
		Files.writeString(dir.resolve("RAW.lib"), "* Source datasheet: " + INJECTED_NAME + "\n.model RAW D (IS=1e-14)\n");
		assertTrue(includeRunsCommand(ngspice.get(), dir.resolve("RAW.lib")),
				"ngspice did not run the control block of an included file; this test proves nothing here");
	}

	@Test
	void aPdfWhoseTitleAndTextCarryControlCardsRunsNothing() throws Exception {
		Path marker = tmp.resolve("MARKER");
		String payload = "TITLE\n.control\nshell touch " + marker + "\n.endc\n*# shell touch " + marker + "\n";
		Path in = tmp.resolve("in");
		Path pdf = TestPdfs.datasheet(in.resolve("titled.pdf"), "INJ2");
		addTitleAndRawText(pdf, payload);
		Path models = tmp.resolve("models");
		assertEquals(0, BatchCliTest.espice("model", in.toString(), "--out", models.toString()).code());
		Path batch = tmp.resolve("batch");
		assertEquals(0, BatchCliTest.espice("process", in.toString(), "--out", batch.toString()).code());
		assertNoControlCard(models);
		assertNoControlCard(batch);
		assertModelsRunNothingInNgspice(models);
		if (NgspiceRunner.find().isPresent()) {
			BatchCliTest.Run verify = BatchCliTest.espice("verify", in.toString());
			assertEquals(0, verify.code(), verify.out());
		}
		assertFalse(Files.exists(marker), "the command in the PDF ran");
	}

	@Test
	void aFileNameThatIsAFormulaIsTextInTheCsvReport() throws Exception {
		Path in = tmp.resolve("in");
		TestPdfs.datasheet(in.resolve("=1+2.pdf"), "CSV1");
		TestPdfs.notPdf(in.resolve("=HYPERLINK(\"http:x\",\"y\").pdf"));
		TestPdfs.datasheet(in.resolve("@SUM(A1).pdf"), "CSV2");
		Path batch = tmp.resolve("batch");
		BatchCliTest.espice("process", in.toString(), "--out", batch.toString());
		Path csv;
		try (Stream<Path> s = Files.list(batch)) {
			csv = s.filter(p -> p.toString().endsWith(".report.csv")).findFirst().orElseThrow();
		}
		List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertEquals(4, rows.size(), String.join("\n", rows));
		for (String row : rows.subList(1, rows.size())) {
			for (String cell : cells(row)) {
				assertFalse(!cell.isEmpty() && "=+-@".indexOf(cell.stripLeading().charAt(0)) >= 0,
						() -> "formula cell " + cell + " in " + row);
			}
		}
	}

	@Test
	void aVendorModelWithAShellLineIsRefused() throws Exception {
		assumeTrue(NgspiceRunner.find().isPresent(), "ngspice not installed");
		Path in = tmp.resolve("in");
		TestPdfs.datasheet(in.resolve("part.pdf"), "VND1");
		Path marker = tmp.resolve("MARKER");
		Path lib = tmp.resolve("vendor.lib");
		Files.writeString(lib, "* vendor\n.model VND1 VDMOS (VTO=2 KP=1)\n.control\nshell touch " + marker
				+ "\n.endc\n");
		BatchCliTest.Run refused = BatchCliTest.espice("verify", in.toString(), "--against", lib.toString(), "--name",
				"VND1");
		assertEquals(ExitCodes.USAGE, refused.code(), refused.out());
		assertTrue(refused.out().contains("refused") && refused.out().contains("line 3")
				&& refused.out().contains("--trust-model"), refused.out());
		assertFalse(Files.exists(marker), "the vendor model's command ran");

		Files.writeString(lib, "* vendor\n.model VND1 VDMOS (VTO=2 KP=1)\n.tran 1n 1u\n");
		BatchCliTest.Run clean = BatchCliTest.espice("verify", in.toString(), "--against", lib.toString(), "--name",
				"VND1");
		assertTrue(clean.out().contains("vendor model VND1: loaded"), clean.out());
	}

	/** No line of any file below {@code dir} starts a control block, a command or a command comment. */
	static void assertNoControlCard(Path dir) throws IOException {
		List<Path> files;
		try (Stream<Path> s = Files.walk(dir)) {
			files = s.filter(Files::isRegularFile).toList();
		}
		assertFalse(files.isEmpty(), "nothing written in " + dir);
		for (Path f : files) {
			for (String line : Files.readString(f, StandardCharsets.UTF_8).split("\\R")) {
				String l = line.strip().toLowerCase(Locale.ROOT);
				for (String card : new String[] { ".control", ".endc", "shell", "system", "*#", ".include", ".lib" }) {
					assertFalse(l.startsWith(card), () -> f + " holds the line '" + line + "'");
				}
			}
		}
	}

	private static void assertJournalIsOneRecordALine(Path batch) throws IOException {
		ObjectMapper json = new ObjectMapper();
		try (Stream<Path> s = Files.list(batch)) {
			for (Path j : s.filter(p -> p.toString().endsWith(".batch.jsonl")).toList()) {
				for (String line : Files.readAllLines(j, StandardCharsets.UTF_8)) {
					json.readTree(line);
				}
			}
		}
	}

	/** Loads every model file below {@code dir} in ngspice through {@code .include}; nothing may run. */
	private static void assertModelsRunNothingInNgspice(Path dir) throws Exception {
		Optional<Path> ngspice = NgspiceRunner.locate();
		if (ngspice.isEmpty()) {
			return;
		}
		List<Path> libs;
		try (Stream<Path> s = Files.walk(dir)) {
			libs = s.filter(p -> p.toString().endsWith(".lib")).toList();
		}
		assertFalse(libs.isEmpty(), "no model in " + dir);
		for (Path lib : libs) {
			assertFalse(includeRunsCommand(ngspice.get(), lib), lib + " ran a command in ngspice");
		}
	}

	/** Runs a deck that includes {@code lib} in a fresh folder; whether a file INJECTED appeared there. */
	private static boolean includeRunsCommand(Path ngspice, Path lib) throws Exception {
		Path dir = Files.createTempDirectory(lib.getParent(), "probe");
		Files.writeString(dir.resolve("probe.cir"),
				"* probe\n.include " + lib.toAbsolutePath() + "\nV1 n 0 1\nR1 n 0 1\n.op\n.end\n");
		Process p = new ProcessBuilder(ngspice.toString(), "-b", "probe.cir").directory(dir.toFile())
				.redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile()).start();
		assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ngspice did not finish");
		try (Stream<Path> s = Files.list(dir)) {
			return s.anyMatch(f -> f.getFileName().toString().equalsIgnoreCase("INJECTED"));
		}
	}

	/**
	 * Sets the document title to {@code payload} and adds a text line whose string holds the payload's raw bytes,
	 * line breaks included, as a hostile PDF writer can.
	 */
	private static void addTitleAndRawText(Path pdf, String payload) throws IOException {
		try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
			doc.getDocumentInformation().setTitle(payload);
			doc.getDocumentInformation().setAuthor(payload);
			PDPage page = new PDPage();
			PDResources res = new PDResources();
			res.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
			page.setResources(res);
			StringBuilder content = new StringBuilder("BT /F1 10 Tf 50 700 Td (");
			for (char c : payload.toCharArray()) {
				content.append(c == '(' || c == ')' || c == '\\' ? "\\" + c : String.valueOf(c));
			}
			content.append(") Tj 0 -14 Td (.control) Tj 0 -14 Td (shell touch INJECTED) Tj 0 -14 Td (.endc) Tj ET\n");
			page.setContents(new PDStream(doc, new java.io.ByteArrayInputStream(
					content.toString().getBytes(StandardCharsets.ISO_8859_1))));
			doc.addPage(page);
			doc.save(pdf.toFile());
		}
	}

	/** The cells of one RFC 4180 row. */
	private static List<String> cells(String row) {
		List<String> out = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < row.length(); i++) {
			char c = row.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					cell.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == ',') {
				out.add(cell.toString());
				cell.setLength(0);
			} else {
				cell.append(c);
			}
		}
		out.add(cell.toString());
		return out;
	}
}
