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

	/** How many words the bracketed remark around word i holds. */
	static int words(LineTokens t, int i) {
		int start = i;
		while (start > 0 && depthBefore(t, start) > 0) {
			start--;
		}
		int end = i;
		while (end + 1 < t.size() && depthBefore(t, end + 1) > 0) {
			end++;
		}
		return end - start + 1;
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
