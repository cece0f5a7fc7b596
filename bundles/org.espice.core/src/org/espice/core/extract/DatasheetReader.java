package org.espice.core.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.ExtractionResult;
import org.espice.core.FailureCategory;
import org.espice.core.Parameter;
import org.espice.core.Plot;
import org.espice.core.TaskMonitor;
import org.espice.core.WorkStep;
import org.espice.core.internal.identity.DeviceIdentity;
import org.espice.core.internal.identity.KindClassifier;
import org.espice.core.internal.identity.PartFinder;
import org.espice.core.internal.identity.PartNumbers;
import org.espice.core.internal.identity.Polarity;
import org.espice.core.internal.layout.LayoutBuilder;
import org.espice.core.internal.layout.PageLayout;
import org.espice.core.internal.layout.TextHealth;
import org.espice.core.internal.pdf.CutShortException;
import org.espice.core.internal.pdf.OpenedPdf;
import org.espice.core.internal.pdf.PdfSource;
import org.espice.core.internal.plots.DrawingCollector;
import org.espice.core.internal.plots.PlotAnnotations;
import org.espice.core.internal.plots.PlotParts;
import org.espice.core.internal.plots.PlotReader;
import org.espice.core.internal.plots.TableAgreement;
import org.espice.core.internal.tables.TableReader;

/**
 * Reads one datasheet PDF into an {@link ExtractionResult}. Per-file problems (not a PDF, encrypted, no text
 * layer, ...) come back as a failed result, never as an exception; only cancellation throws.
 */
public final class DatasheetReader {

	public ExtractionResult read(Path pdf, TaskMonitor monitor) {
		String file = pdf.getFileName().toString();
		monitor.checkCanceled();
		monitor.progress(WorkStep.READING, 0);
		if (!Files.isRegularFile(pdf)) {
			return ExtractionResult.failed(file, 0, FailureCategory.INVALID_INPUT, file + ": no such file");
		}
		try {
			if (!looksLikePdf(pdf)) {
				return ExtractionResult.failed(file, 0, FailureCategory.INVALID_INPUT,
						file + " is not a PDF (no %PDF header); give a datasheet PDF");
			}
		} catch (IOException e) {
			return ExtractionResult.failed(file, 0, FailureCategory.IO_ERROR, file + ": cannot read: " + e.getMessage());
		}
		// The empty user password opens most "encrypted" datasheets; a download cut short gives the pages it holds,
		// with a warning on the result saying which were read.
		try (OpenedPdf opened = PdfSource.open(pdf)) {
			PDDocument doc = opened.document();
			int pageCount = doc.getNumberOfPages();
			if (pageCount == 0) {
				return ExtractionResult.failed(file, 0, FailureCategory.INVALID_INPUT, file + " has no pages");
			}
			// one pass over each page's content gives its text and, for the plots, its drawing
			DrawingCollector drawings = new DrawingCollector();
			LayoutBuilder builder = new LayoutBuilder(page -> {
				monitor.checkCanceled();
				monitor.progress(WorkStep.READING, (page - 1) / (double) pageCount);
			}, drawings);
			List<PageLayout> pages = builder.build(doc);
			monitor.progress(WorkStep.READING, 1);
			return extract(file, pageCount, doc, pages, drawings, monitor).withWarnings(opened.warnings());
		} catch (CutShortException e) {
			return ExtractionResult.failed(file, 0, FailureCategory.INVALID_INPUT, file + " is " + e.getMessage());
		} catch (InvalidPasswordException e) {
			return ExtractionResult.failed(file, 0, FailureCategory.INVALID_INPUT,
					file + " is password protected; remove the password (or save an unprotected copy) and retry");
		} catch (IOException e) {
			return ExtractionResult.failed(file, 0, FailureCategory.INVALID_INPUT,
					file + " is not a readable PDF (corrupt or truncated): " + e.getMessage());
		} catch (RuntimeException e) {
			if (e instanceof java.util.concurrent.CancellationException c) {
				throw c;
			}
			return ExtractionResult.failed(file, 0, FailureCategory.INTERNAL,
					file + ": extraction failed unexpectedly: " + e);
		} catch (StackOverflowError e) {
			return ExtractionResult.failed(file, 0, FailureCategory.INVALID_INPUT, PdfSource.tooDeep(file));
		}
	}

	private static boolean looksLikePdf(Path pdf) throws IOException {
		byte[] head = new byte[1024];
		int n;
		try (InputStream in = Files.newInputStream(pdf)) {
			n = in.readNBytes(head, 0, head.length);
		}
		String s = new String(head, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
		return s.contains("%PDF-");
	}

	private static ExtractionResult extract(String file, int pageCount, PDDocument doc, List<PageLayout> pages,
			DrawingCollector drawings, TaskMonitor monitor) {
		TextHealth.Verdict health = TextHealth.check(pages);
		if (health == TextHealth.Verdict.NO_TEXT) {
			return ExtractionResult.failed(file, pageCount, FailureCategory.NO_TEXT_LAYER, file
					+ " has no text layer (scanned or image-only pages); run OCR on it first, then extract again");
		}
		if (health == TextHealth.Verdict.SCRAMBLED) {
			return ExtractionResult.failed(file, pageCount, FailureCategory.UNREADABLE_TEXT, file
					+ ": the text layer does not decode to readable words (scrambled font encoding); "
					+ "re-export or OCR the PDF");
		}
		DeviceKind kind = KindClassifier.classify(pages);
		PartFinder.Candidates found = PartFinder.find(pages);
		if (kind == DeviceKind.OTHER) {
			return ExtractionResult.failed(file, pageCount, FailureCategory.UNSUPPORTED_DEVICE, file
					+ ": not recognised as a diode, MOSFET, BJT, IGBT or JFET datasheet");
		}
		TableReader tables = new TableReader(kind, found.parts());
		List<TableReader.Reading> readings = tables.read(pages, page -> {
			monitor.checkCanceled();
			monitor.progress(WorkStep.EXTRACTING, (page - 1) / (double) pages.size());
		});
		monitor.progress(WorkStep.EXTRACTING, 1);
		List<Parameter> common = new ArrayList<>();
		Map<String, List<Parameter>> own = new LinkedHashMap<>();
		for (TableReader.Reading r : readings) {
			if (r.part() == null) {
				common.add(r.parameter());
			} else {
				own.computeIfAbsent(r.part(), k -> new ArrayList<>()).add(r.parameter());
			}
		}
		DeviceIdentity.spreadRanges(own);
		DeviceIdentity.inheritBases(own);
		kind = KindClassifier.byRatings(kind, readings.stream().map(TableReader.Reading::parameter).toList());
		String title = doc.getDocumentInformation() == null ? null : doc.getDocumentInformation().getTitle();
		List<DeviceIdentity.Identity> identities = DeviceIdentity.decide(found, tables.parts(), own, kind, pages);
		if (identities.isEmpty()) {
			identities = fromTitle(title, kind);
		}
		if (identities.isEmpty() && !readings.isEmpty()) {
			return ExtractionResult.failed(file, pageCount, FailureCategory.EXTRACTION_INCOMPLETE, file
					+ ": recognised as " + kind.id() + " but no part number was found in its title block, tables or "
					+ "ordering information (is the title an image?)");
		}
		List<Device> devices = new ArrayList<>();
		for (DeviceIdentity.Identity id : identities) {
			// a complement's values, shared or its own, take the signs of its own polarity
			List<Parameter> ps = new ArrayList<>(common);
			ps.addAll(own.getOrDefault(id.part(), List.of()));
			if (id.kind() != kind) {
				ps = Polarity.signed(ps, id.kind());
			}
			devices.add(new Device(id.part(), id.kind(), Fallbacks.apply(ps), id.aliases()));
		}
		if (devices.isEmpty() || devices.stream().allMatch(d -> d.parameters().isEmpty())) {
			return ExtractionResult.failed(file, pageCount, FailureCategory.EXTRACTION_INCOMPLETE, file
					+ ": recognised as " + kind.id() + " but no parameter table was found (values may exist only "
					+ "in graphs)");
		}
		List<Plot> plots = plots(file, drawings, kind, devices);
		// the words inside a plot whose axes were read are its annotations, not table rows
		List<Device> kept = PlotAnnotations.outside(devices, plots);
		return new ExtractionResult(file, pageCount, title, null, kept, null)
				.withCurves(checked(file, plots, kept));
	}

	/** The datasheet's plots with their parts; plots that cannot be read are lost, never the parameters. */
	private static List<Plot> plots(String file, DrawingCollector drawings, DeviceKind kind, List<Device> devices) {
		try {
			return PlotParts.assign(new PlotReader(kind, devices).read(drawings), devices);
		} catch (RuntimeException e) {
			return lost(file, e);
		}
	}

	/** The plots, each checked against the tables it illustrates (the devices stay as read). */
	private static List<Plot> checked(String file, List<Plot> plots, List<Device> devices) {
		try {
			return TableAgreement.check(plots, devices);
		} catch (RuntimeException e) {
			return lost(file, e);
		}
	}

	private static List<Plot> lost(String file, RuntimeException e) {
		if (e instanceof java.util.concurrent.CancellationException c) {
			throw c;
		}
		System.getLogger(DatasheetReader.class.getName()).log(System.Logger.Level.WARNING,
				() -> file + ": plots not read: " + e);
		return List.of();
	}

	/** The part the document's own title names, for a sheet whose title block is not text. */
	private static List<DeviceIdentity.Identity> fromTitle(String title, DeviceKind kind) {
		if (title == null) {
			return List.of();
		}
		for (String word : title.split("[\\s,;/]+")) {
			String t = PartNumbers.token(word.replaceFirst("(?i)\\.pdf$", ""));
			if (PartNumbers.isPart(t)) {
				return List.of(new DeviceIdentity.Identity(t, kind, List.of()));
			}
		}
		return List.of();
	}

	/** Substitutes spec names that only stand in when their main symbol is missing (VR for VRRM). */
	private static final class Fallbacks {
		static List<Parameter> apply(List<Parameter> ps) {
			boolean hasVrrm = ps.stream().anyMatch(p -> p.name().equals("VRRM"));
			List<Parameter> out = new ArrayList<>();
			for (Parameter p : ps) {
				if (p.name().equals("VRRM?")) {
					if (hasVrrm) {
						continue;
					}
					p = new Parameter("VRRM", p.min(), p.typ(), p.max(), p.unit(), p.conditions(), p.source());
				}
				out.add(p);
			}
			return out;
		}
	}
}
