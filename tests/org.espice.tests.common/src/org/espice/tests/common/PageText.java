package org.espice.tests.common;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Text set on a generated page: one horizontal run, its baseline starting at (x, y) in points from the bottom left. */
public final class PageText {

	private PageText() {
	}

	public static void text(PDPageContentStream content, PDFont font, float size, float x, float y, String text)
			throws IOException {
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset(x, y);
		content.showText(text);
		content.endText();
	}
}
