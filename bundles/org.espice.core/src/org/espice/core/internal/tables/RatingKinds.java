package org.espice.core.internal.tables;

import java.util.regex.Pattern;

/**
 * A rating's kinds printed as rows under its name: "- Continuous" is the rating itself, "- Pulsed" under a drain
 * current is IDM, "- Non Repetitive" under a gate voltage another gate voltage rating.
 */
final class RatingKinds {

	/**
	 * "Continuous" alone under a rating's name ("Collector Current IC" over "- Continuous 1.0" and "- Peak 3.0"): the
	 * rating itself, which the row goes on with; a peak or pulsed row is another rating.
	 */
	private static final Pattern CONTINUOUS = Pattern.compile("[\\s\u2013\u2014-]*(?i:continuous)\\b(?!\\s*[A-Za-z])");
	/**
	 * "Pulsed" alone under a continuous drain current ("ID  Maximum Drain Current - Continuous  200" over "- Pulsed
	 * 500"): the pulsed rating, IDM.
	 */
	private static final Pattern PULSED = Pattern.compile("[\\s\u2013\u2014-]*(?i:pulsed?)\\b(?!\\s*[A-Za-z])");
	/**
	 * A gate voltage rating's other kinds ("VGSS  Gate-Source Voltage - Continuous  ±20" over "- Non Repetitive (tp <
	 * 50 µs)  ±40"): ratings of the gate voltage too.
	 */
	private static final Pattern GATE_KIND = Pattern.compile("[\\s\u2013\u2014-]*(?i:non[- ]?repetitive|transient)\\b");

	private RatingKinds() {
	}

	/** Whether the row is "Continuous" alone: the rating above it itself. */
	static boolean continuous(String text) {
		return CONTINUOUS.matcher(text).lookingAt();
	}

	/** The rating a row of another kind under rating {@code name} is (IDM, VGSS), or null for none of ours. */
	static String otherKind(String name, String text) {
		if (PULSED.matcher(text).lookingAt()) {
			return pulsedOf(name);
		}
		return name.equals("VGSS") && GATE_KIND.matcher(text).lookingAt() ? "VGSS" : null;
	}

	/** Whether {@code name} is a continuous current rating that has a pulsed or peak kind (ID, IC). */
	static boolean continuousCurrent(String name) {
		return name.equals("ID") || name.equals("IC");
	}

	/** The pulsed kind of a continuous current rating: IDM for ID; null for IC, whose peak has no name of ours. */
	static String pulsedOf(String name) {
		return name.equals("ID") ? "IDM" : null;
	}
}
