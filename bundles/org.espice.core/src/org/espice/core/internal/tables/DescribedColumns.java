package org.espice.core.internal.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.espice.core.DeviceKind;
import org.espice.core.Parameter;
import org.espice.core.internal.identity.PartNumbers;
import org.espice.core.internal.layout.TextLine;
import org.espice.core.internal.layout.Word;
import org.espice.core.internal.parameters.Quantities;
import org.espice.core.internal.parameters.Vocabulary;
import org.espice.core.internal.tables.TableReader.Reading;

/**
 * A rating table with one part per row whose columns are headed by descriptions printed over several lines, as MCC
 * prints its family ratings: "Maximum / Recurrent / Peak / Reverse / Voltage" over "1000V". Each value carries its
 * unit; the words stacked above it name the parameter.
 */
final class DescribedColumns {

	/** The heading of a column lies within this many lines above the first part row. */
	private static final int HEADING_LINES = 8;

	private final DeviceKind kind;
	private final KnownParts parts;
	private final List<Reading> readings;

	DescribedColumns(DeviceKind kind, KnownParts parts, List<Reading> readings) {
		this.kind = kind;
		this.parts = parts;
		this.readings = readings;
	}

	/** Reads the line as a part row of such a table; true when it was one and gave a value. */
	boolean row(PageLine at, LineTokens t) {
		String part = t.size() < 2 ? null : parts.member(t.text(0));
		if (part == null) {
			return false;
		}
		boolean read = false;
		for (int i = 1; i < t.size(); i++) {
			Quantities.Number q = t.value(i) ? Quantities.number(t.text(i)) : null;
			if (q == null || q.unit() == null) {
				continue;
			}
			String name = Vocabulary.nameOfDescription(heading(at, t.word(i)), kind);
			if (name == null || !Vocabulary.isLimit(name) || !Vocabulary.dimension(name).equals(q.unit().dimension())) {
				continue;
			}
			readings.add(new Reading(part, new Parameter(name, null, null, Units.scale(q, q.unit()),
					q.unit().dimension(), Map.of(), at.box(t.word(0).x0(), t.word(i).x1(), t.text()))));
			read = true;
		}
		if (read) {
			parts.add(part);
		}
		return read;
	}

	/** The words stacked above the value in the lines over the table's part rows, top to bottom. */
	private String heading(PageLine at, Word value) {
		List<String> words = new ArrayList<>();
		int j = at.index() - 1;
		while (j >= 0 && partRow(at.at(j))) {
			j--; // the part rows above this one
		}
		for (int k = j; k >= 0 && k > j - HEADING_LINES; k--) {
			TextLine o = at.at(k);
			if (o.words().stream().anyMatch(w -> Quantities.number(w.text()) != null)) {
				break;
			}
			Word over = null;
			for (Word w : o.words()) {
				if (w.x0() <= value.x1() && w.x1() >= value.x0()
						&& (over == null || Math.abs(w.center() - value.center()) < Math.abs(over.center() - value.center()))) {
					over = w;
				}
			}
			if (over != null) {
				words.add(0, over.text());
			}
		}
		return String.join(" ", words).toLowerCase(Locale.ROOT);
	}

	/** A part row: it starts with a known part or a short member of its series, or holds values with their units glued on after its label. */
	private boolean partRow(TextLine line) {
		return !line.words().isEmpty() && parts.member(line.words().get(0).text()) != null
				|| line.words().size() > 1 && line.words().stream().skip(1).anyMatch(w -> {
					Quantities.Number q = Quantities.number(w.text());
					return q != null && q.unit() != null;
				});
	}
}
