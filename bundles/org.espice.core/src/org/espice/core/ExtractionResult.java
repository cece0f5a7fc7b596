package org.espice.core;

import java.util.List;

/**
 * What was read from one datasheet: the parts it covers, each with its values, or the reason it could not
 * be read.
 *
 * @param file         the file name (no folder)
 * @param pageCount    pages in the PDF, 0 when it could not be opened
 * @param title        the document title or first heading, may be null
 * @param manufacturer the manufacturer when it can be told, may be null
 * @param devices      one entry per part; empty on failure
 * @param failure      null on success
 * @param warnings     what the user should know about how the file was read (a damaged file read in part), one
 *                     sentence each; empty for a sound file
 * @param curves       the datasheet's characteristic plots as read, empty when none were found
 */
public record ExtractionResult(String file, int pageCount, String title, String manufacturer,
		List<Device> devices, Failure failure, List<String> warnings, List<Plot> curves) {

	/** Why a file failed. */
	public record Failure(FailureCategory category, String message) {
	}

	public ExtractionResult {
		devices = List.copyOf(devices);
		warnings = warnings == null ? List.of() : List.copyOf(warnings);
		curves = curves == null ? List.of() : List.copyOf(curves);
	}

	/** A result without warnings or plots. */
	public ExtractionResult(String file, int pageCount, String title, String manufacturer, List<Device> devices,
			Failure failure) {
		this(file, pageCount, title, manufacturer, devices, failure, List.of(), List.of());
	}

	/** This result with {@code more} warnings after its own. */
	public ExtractionResult withWarnings(List<String> more) {
		if (more.isEmpty()) {
			return this;
		}
		List<String> all = new java.util.ArrayList<>(warnings);
		all.addAll(more);
		return new ExtractionResult(file, pageCount, title, manufacturer, devices, failure, all, curves);
	}

	/** This result with other devices (its kind forced, or values edited), keeping everything else. */
	public ExtractionResult withDevices(List<Device> other) {
		return new ExtractionResult(file, pageCount, title, manufacturer, other, failure, warnings, curves);
	}

	/** This result with the plots read from the same datasheet. */
	public ExtractionResult withCurves(List<Plot> plots) {
		return new ExtractionResult(file, pageCount, title, manufacturer, devices, failure, warnings, plots);
	}

	public static ExtractionResult failed(String file, int pageCount, FailureCategory category, String message) {
		return new ExtractionResult(file, pageCount, null, null, List.of(), new Failure(category, message));
	}

	public boolean ok() {
		return failure == null;
	}
}
