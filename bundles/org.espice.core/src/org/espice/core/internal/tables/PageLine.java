package org.espice.core.internal.tables;

import java.util.List;

import org.espice.core.Provenance;
import org.espice.core.internal.layout.PageLayout;
import org.espice.core.internal.layout.TextLine;

/** The line being read, with the page and the lines around it that header and cell rules look at. */
record PageLine(PageLayout page, int index) {

	TextLine line() {
		return page.lines().get(index);
	}

	List<TextLine> lines() {
		return page.lines();
	}

	TextLine at(int i) {
		return page.lines().get(i);
	}

	int count() {
		return page.lines().size();
	}

	int pageNumber() {
		return page.page();
	}

	double baseline() {
		return line().baseline();
	}

	double fontSize() {
		return line().fontSize();
	}

	/** The box of this line from {@code x0} to {@code x1}, in PDF coordinates, with the row text. */
	Provenance box(double x0, double x1, String text) {
		TextLine line = line();
		return new Provenance(page.page(), x0, page.height() - line.baseline() - Tolerances.BOX_PADDING, x1,
				page.height() - line.top() + Tolerances.BOX_PADDING, text);
	}
}
