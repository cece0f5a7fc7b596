package org.espice.core.batch;

import java.util.List;

/**
 * What processing one file produced.
 *
 * @param parts          the part names found, in datasheet order
 * @param kind           the device kind id of the first part ({@code mosfet-n}, ...), or null
 * @param parameterCount datasheet values read over all parts
 * @param modelFiles     model file names written, relative to the output folder
 */
public record ItemOutcome(List<String> parts, String kind, int parameterCount, List<String> modelFiles) {

	public static final ItemOutcome NONE = new ItemOutcome(List.of(), null, 0, List.of());

	public ItemOutcome {
		parts = List.copyOf(parts);
		modelFiles = List.copyOf(modelFiles);
	}
}
