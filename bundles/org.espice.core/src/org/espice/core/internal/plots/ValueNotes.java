package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.espice.core.Plot;

/**
 * What a plot's text says its curves draw, typical values or limits. A datasheet sets a note on the line under a
 * curve's label: "Tj = 125 °C" over "(Maximum values)" at one curve and over "(Typical values)" at the next, in one
 * forward plot. The note is part of the label above it, so that the curve's label says whether it draws limits
 * ({@link Plot.Series#limits}). Another labels the curves by that alone: "typ" and "98%".
 * Infineon labels its gate-charge curves by the share of the drain's voltage rating they were drawn at.
 */
final class ValueNotes {

	/** "(Maximum values)", "(Typical values)", "(typ.)", "(max)". */
	private static final Pattern NOTE = Pattern
			.compile("(?i)^\\(\\s*(?:typical|typ\\.?|maximum|max\\.?|minimum|min\\.?)(?:\\s+values?)?\\s*\\)$");
	/**
	 * A label that says only what its curve draws: "typ", "max.", "98%" (Infineon's curves of the spread), "(1)
	 * maximum values" (NXP's tag of a curve with its line of the key).
	 */
	private static final Pattern STATISTIC = Pattern.compile("(?i)^(?:\\(\\d{1,2}\\)\\s*)?"
			+ "(?:(?:typical|typ\\.?|maximum|max\\.?|minimum|min\\.?)(?:\\s+values?)?|\\d{1,2}(?:\\.\\d+)?\\s?%)$");
	/** The note's top lies at most this many font sizes under the label's bottom. */
	private static final double UNDER = 0.8;
	/** Or above it by at most this many font sizes, the two boxes overlapping (a tight line spacing). */
	private static final double OVER = 0.3;
	/** The two overlap across at least this share of the narrower one. */
	private static final double OVERLAP = 0.3;

	private ValueNotes() {
	}

	/** The phrases with each note joined to the label it stands under; a note under no label stays as it is. */
	static List<Label> joined(List<Label> phrases) {
		List<Label> out = new ArrayList<>(phrases);
		for (Label note : phrases) {
			if (note.dir() != 0 || !NOTE.matcher(note.text().strip()).matches()) {
				continue;
			}
			int above = -1;
			for (int i = 0; i < out.size(); i++) {
				Label l = out.get(i);
				if (l != note && l.dir() == 0 && !NOTE.matcher(l.text().strip()).matches() && stacked(l, note)
						&& (above < 0 || l.y0() < out.get(above).y0())) {
					above = i;
				}
			}
			if (above >= 0) {
				Label l = out.get(above);
				out.set(above, new Label(l.text() + " " + note.text().strip(), Math.min(l.x0(), note.x0()), note.y0(),
						Math.max(l.x1(), note.x1()), l.y1(), 0, l.size(), l.anchor()));
				out.remove(note);
			}
		}
		return out;
	}

	/** Whether a label says only what its curve draws, typical values or a limit of the spread ("typ", "98%"). */
	static boolean statistic(String text) {
		return STATISTIC.matcher(text.strip()).matches();
	}

	/**
	 * Whether a label names its curve with no condition of its own: what it draws ({@link #statistic}), a share of
	 * the voltage rating it was drawn at ("0,8 VDS max", {@link Plot#ratedShare}), which a fit reads
	 * against the device's rating, or one of the datasheet's parts ({@code parts}, upper case: "1N5818" at the one of
	 * three forward curves that is that part's).
	 */
	static boolean namesCurve(String text, Set<String> parts) {
		return statistic(text) || !Double.isNaN(Plot.ratedShare(text))
				|| parts.contains(text.strip().toUpperCase(Locale.ROOT));
	}

	/** Whether the note stands on the line right under the label, across it. */
	private static boolean stacked(Label label, Label note) {
		double size = Math.max(label.size(), note.size());
		double gap = label.y0() - note.y1();
		double overlap = Math.min(label.x1(), note.x1()) - Math.max(label.x0(), note.x0());
		return gap > -OVER * size && gap < UNDER * size
				&& overlap > OVERLAP * Math.min(label.x1() - label.x0(), note.x1() - note.x0());
	}
}
