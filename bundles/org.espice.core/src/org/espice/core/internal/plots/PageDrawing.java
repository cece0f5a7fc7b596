package org.espice.core.internal.plots;

import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * What one page draws, in PDF user space.
 *
 * @param page       1-based page number
 * @param width      page width in points
 * @param strokes    stroked polylines (and thin fills as lines)
 * @param images     boxes of placed images
 * @param smallFills boxes of small filled shapes (glyphs drawn as outlines, markers)
 * @param labels     the page's text as words and phrases in every reading direction
 * @param frames     the candidate plot frames among the strokes ({@link FrameFinder#find}); null to find them here
 */
record PageDrawing(int page, double width, List<Stroke> strokes, List<Rectangle2D> images,
		List<Rectangle2D> smallFills, TextAssembly.Labels labels, List<FrameFinder.Frame> frames) {

	PageDrawing {
		frames = List.copyOf(frames == null ? FrameFinder.find(strokes, width) : frames);
	}
}
