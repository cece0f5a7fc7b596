package org.espice.core.internal.tables;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The gain groups of one parameter's rows: a row that names a part at its own test point heads them ("(IC = 100 mA,
 * VCE = 1.0 V) BC337  100  630"), the rows under it that name only a part are groups at that test point ("BC337-16
 * 100  250"), and the next test point without a part holds for every part they named, not for the last group alone.
 */
final class GainGroups {

	private final Set<String> parts = new LinkedHashSet<>();
	/** How many rows under the head named only a part. */
	private int groups;

	/** A row of its own test point, naming {@code head} (none: every part), heads the rows under it. */
	void head(List<String> head) {
		parts.clear();
		parts.addAll(head);
		groups = 0;
	}

	/** A continued row naming {@code own} parts: a group when it prints no test point, else the next head. */
	void named(List<String> own, boolean group) {
		if (!group) {
			head(own);
			return;
		}
		parts.addAll(own);
		groups++;
	}

	/**
	 * The parts a test point without a part holds for, once group rows stood under the head (they end there); null
	 * when none did.
	 */
	List<String> all() {
		if (groups == 0) {
			return null;
		}
		groups = 0;
		return List.copyOf(parts);
	}
}
