package org.espice.core.internal.tables;

/**
 * A bracketed remark in a row label, "(Rated DC Voltage, TC = 125 °C)" or "(Rated VR)": it qualifies the row's
 * parameter (a test point, a reference), so its words neither describe a new row nor name one.
 */
final class Qualifier {

	private Qualifier() {
	}

	/** Whether word i lies inside brackets opened on its line (a symbol such as V(BR)R closes its own). */
	static boolean inside(LineTokens t, int i) {
		return depthBefore(t, i) > 0 || t.text(i).startsWith("(");
	}

	/**
	 * Whether word i lies in a remark of several words whose brackets close on the line ("(for 1 cycle)", "(Rated
	 * VR)"), rather than in a lone bracketed symbol "(VF)" or a bracket the next line closes.
	 */
	static boolean remark(LineTokens t, int i) {
		if (!inside(t, i)) {
			return false;
		}
		int start = i;
		while (start > 0 && depthBefore(t, start) > 0) {
			start--;
		}
		int end = i;
		while (end + 1 < t.size() && depthBefore(t, end + 1) > 0) {
			end++;
		}
		return end > start && t.text(end).contains(")");
	}

	private static int depthBefore(LineTokens t, int i) {
		int depth = 0;
		for (int j = 0; j < i; j++) {
			for (char c : t.text(j).toCharArray()) {
				if (c == '(') {
					depth++;
				} else if (c == ')' && depth > 0) {
					depth--;
				}
			}
		}
		return depth;
	}
}
