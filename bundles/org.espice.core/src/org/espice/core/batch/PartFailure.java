package org.espice.core.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.espice.core.FailureCategory;

/**
 * A part of a datasheet that could not be fitted. Kept as a value until it is shown, so grouping parts by
 * reason needs no parsing of a line back into its pieces.
 */
public record PartFailure(String part, FailureCategory category, String message) {

	/** {@code "part: category: message"}, the line a review and a done item's note show. */
	public String line() {
		return part + ": " + category.id() + ": " + message;
	}

	/**
	 * {@code "A, B: why"} instead of one line per part when parts fail for the same reason; the category is left
	 * out where it is the item's own ({@code itemCategory}), which says it already.
	 */
	public static String grouped(FailureCategory itemCategory, List<PartFailure> failures) {
		Map<String, List<String>> partsByReason = new LinkedHashMap<>();
		for (PartFailure f : failures) {
			String reason = f.category() == itemCategory ? f.message() : f.category().id() + ": " + f.message();
			partsByReason.computeIfAbsent(reason, k -> new ArrayList<>()).add(f.part());
		}
		List<String> out = new ArrayList<>();
		partsByReason.forEach((reason, parts) -> out.add(String.join(", ", parts) + ": " + reason));
		return String.join("; ", out);
	}

	public static List<String> lines(List<PartFailure> failures) {
		return failures.stream().map(PartFailure::line).toList();
	}
}
