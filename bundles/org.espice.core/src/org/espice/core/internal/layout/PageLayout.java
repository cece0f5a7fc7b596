package org.espice.core.internal.layout;

import java.util.List;

/** The text lines of one page, top to bottom, with the page size in points. */
public record PageLayout(int page, double width, double height, List<TextLine> lines, int glyphCount) {

	public PageLayout {
		lines = List.copyOf(lines);
	}
}
