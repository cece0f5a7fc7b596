package org.espice.core.internal.tables;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.espice.core.internal.layout.Word;
import org.espice.core.internal.parameters.Quantities;

/**
 * Follows the section of the datasheet the lines belong to: maximum ratings, characteristics, or graphs and
 * drawings whose numbers are no table values. Titles open a section; figure captions, chart titles and rows of axis
 * ticks open a graph section.
 */
final class SectionTracker {

	/** The kind of section a line belongs to. */
	enum Section {
		NONE, RATING, CHARACTERISTIC, GRAPH
	}

	private static final Pattern CAPTION = Pattern.compile("^(fig\\.?|figure|diagram|graph)\\s*\\d+\\s*[.:\\-\u2013\u2014]?\\s+[a-z(].*");
	private static final Pattern AXIS_TITLE = Pattern
			.compile("[A-Za-z]{3,} [A-Za-z]{1,3}[A-Za-z0-9()]{0,8} ?\\((m|µ|u|n|p|k|M)?(A|V|W|Hz|s|F|Ω|°C|S)\\)");
	/** "VF, INSTANTANEOUS FORWARD VOLTAGE (VOLTS)": an axis title as onsemi prints it, symbol first. */
	private static final Pattern SYMBOL_AXIS_TITLE = Pattern
			.compile("(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9()]{0,8}, [A-Z][A-Z\\- ]{3,}\\([A-Za-zµμΩ°/]{1,10}\\)");
	/** "Ordering information", "Ordering & shipping information", "Order codes", "Marking information". */
	private static final Pattern ORDERING = Pattern
			.compile("^(ordering|order)\\b.*(information|code|codes|guide)|^(device )?marking (information|code)");
	private static final Pattern FIGURE_CODE = Pattern.compile("[A-Z]{2,4}[0-9]{3,}");

	private Section section = Section.NONE;

	Section section() {
		return section;
	}

	boolean inGraph() {
		return section == Section.GRAPH;
	}

	boolean inRatings() {
		return section == Section.RATING;
	}

	void graphStarts() {
		section = Section.GRAPH;
	}

	/** A table header ends a graph section; before any title it opens the characteristics. */
	void tableStarts() {
		if (section == Section.GRAPH || section == Section.NONE) {
			section = Section.CHARACTERISTIC;
		}
	}

	/**
	 * Takes a line as a section title when it is one ("Absolute Maximum Ratings", "Typical Characteristics",
	 * "Electrical Characteristics"); true when it opened a section, so the table and the row above end.
	 */
	boolean title(LineTokens tokens) {
		int n = tokens.size();
		if (tokens.valueCount() != 0 || n > 10) {
			return false;
		}
		String lower = tokens.lower();
		if (lower.contains("maximum rating") || lower.contains("absolute maximum") || lower.contains("limiting values")
				|| lower.contains("absolute ratings") || lower.contains("maximum ratings")) {
			section = Section.RATING;
			return true;
		}
		if (lower.contains("typical characteristics") || lower.contains("typical performance")
				|| lower.contains("characteristic curves") || lower.contains("package dimensions")
				|| lower.contains("package outline") || ORDERING.matcher(lower).find()) {
			// graphs, drawings and ordering tables hold no parameter rows: their lines are read only from a table
			// header on
			section = Section.GRAPH;
			return true;
		}
		if (lower.contains("electrical characteristics") || lower.contains("thermal characteristics")
				|| lower.contains("electrical specifications") || lower.contains("thermal data")
				|| lower.contains("thermal resistance") && n <= 4 || lower.startsWith("characteristics")) {
			section = Section.CHARACTERISTIC;
			return true;
		}
		return false;
	}

	/** "Collector current IC (A)", "VF, INSTANTANEOUS FORWARD VOLTAGE (VOLTS)": the title of a graph's axis. */
	static boolean axisTitle(List<Word> words) {
		String text = words.stream().map(Word::text).collect(Collectors.joining(" "));
		return (AXIS_TITLE.matcher(text).find() || SYMBOL_AXIS_TITLE.matcher(text).find())
				&& words.stream().noneMatch(w -> Quantities.number(w.text()) != null);
	}

	/** Figure captions, "ID = f(VDS)" chart titles and rows of axis ticks end a table. */
	static boolean graphLine(String lower, List<Word> words, KnownParts parts) {
		String compact = lower.replace(" ", "");
		if (compact.contains("=f(") || CAPTION.matcher(lower).matches()) {
			return true;
		}
		if (axisTitle(words)) {
			return true; // "Collector current IC (A)": an axis title
		}
		int numbers = 0;
		int withUnit = 0;
		for (int i = 0; i < words.size(); i++) {
			Word w = words.get(i);
			if (i == words.size() - 1 && i >= 4 && FIGURE_CODE.matcher(w.text()).matches()) {
				break; // "1 10 10 10 MGA200": ticks, then the drawing number printed in the corner of the figure
			}
			Quantities.Number q = Quantities.number(w.text());
			if (q == null) {
				return false;
			}
			if (q.unit() != null && ++withUnit > 1) {
				return false;
			}
			if (parts.label(w.text()) != null) {
				return false;
			}
			numbers++;
		}
		// "0 100 200 300 400V 500 600": one tick may carry the axis unit
		return numbers >= (withUnit == 0 ? 4 : 8);
	}
}
