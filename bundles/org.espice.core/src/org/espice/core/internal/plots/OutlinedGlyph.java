package org.espice.core.internal.plots;

import java.awt.geom.Path2D;
import java.util.List;

/**
 * One glyph drawn as outlines: its contours, what it matches in each reading direction, and the rules that read it
 * in its line. Digits, capitals and most letters tell their font size by their height; a bar, a dash, a dot or a
 * comma is read only beside the glyphs of its word (a 1 before digits, an I before a letter, a minus before a digit,
 * a decimal point between digits; {@link SmallMarks} reads the dashes, dots and signs), and a word's context settles
 * what the shape alone leaves open (D or 0, s or S).
 */
final class OutlinedGlyph {

	/** Score a shape needs to be read as a character. */
	static final double MIN_SCORE = 0.72;
	/** Marks smaller than this (points) cannot tell which way up they are. */
	private static final double SMALL_MARK = 1.5;
	/** How far (points) such a mark looks for neighbours that tell it. */
	private static final double SMALL_MARK_REACH = 5;
	/** How much better than the next character the best must be. */
	private static final double MIN_MARGIN = 0.02;
	/** Templates shorter than this (ems) do not tell the font size: dots, dashes, commas. */
	static final double SIZING_HEIGHT = 0.3;
	/** How much worse a character may match and still be read where its word's context asks for it. */
	private static final double CONTEXT = 0.08;
	/** Cap height over x-height of a sans-serif face. */
	private static final double CAP_OVER_X = 1.37;
	/** Score a digit standing alone (a tick number 0 or 5) needs. */
	private static final double LONE_DIGIT = 0.8;
	/** How far (in glyph heights) the next tick number of an axis may stand from a digit. */
	private static final double TICK_ROW_REACH = 14;
	/** Space beside a digit, in font sizes. */
	static final double DIGIT_SPACE = 0.06;
	/** How far (in its heights) a shape read as a 1 looks for the digit after it. */
	static final double ONE_REACH = 0.75;
	/** How much farther (in its heights) it looks past a decimal point. */
	static final double POINT_ROOM = 0.75;
	/** A shape thinner than this share of its length is a bar. */
	private static final double BAR = 0.15;
	/** The reading directions tried: along x, bottom to top, top to bottom. */
	private static final int[] DIRS = { 0, 90, 270 };

	final List<OutlineGlyphs.Contour> parts;
	final double[] box;
	final GlyphTemplates.Match[] matches = new GlyphTemplates.Match[DIRS.length];
	int dir = -1;
	/** The box in the upright frame of the chosen direction: {u0, v0, u1, v1}. */
	double[] uv;
	DrawingCollector.Glyph glyph;
	/** The other shape of the glyph placed here, drawn apart (an equals sign's upper bar), or null. */
	OutlinedGlyph partner;

	OutlinedGlyph(List<OutlineGlyphs.Contour> parts) {
		this.parts = parts;
		box = new double[] { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		for (OutlineGlyphs.Contour c : parts) {
			box[0] = Math.min(box[0], c.box()[0]);
			box[1] = Math.min(box[1], c.box()[1]);
			box[2] = Math.max(box[2], c.box()[2]);
			box[3] = Math.max(box[3], c.box()[3]);
		}
	}

	double cx() {
		return (box[0] + box[2]) / 2;
	}

	double cy() {
		return (box[1] + box[3]) / 2;
	}

	double extent() {
		return Math.max(box[2] - box[0], box[3] - box[1]);
	}

	/**
	 * Matches the shape in each reading direction, rasters {@code seen} before not compared again. A straight bar is
	 * left to its neighbours: its shape says nothing.
	 */
	void identify(GlyphTemplates.Seen seen) {
		double w = box[2] - box[0];
		double h = box[3] - box[1];
		if (Math.min(w, h) < BAR * Math.max(w, h)) {
			return;
		}
		Path2D.Double path = new Path2D.Double();
		boolean evenOdd = parts.stream().allMatch(c -> c.evenOdd());
		// a stroke font draws lines; stroked closed outlines with holes are a glyph's outline traced; one stroked
		// closed line is either (the ring of a stroke font's 0, the traced outline of a 2): the better reading wins
		boolean lines = parts.stream().anyMatch(c -> c.stroke() != null && !c.closed());
		boolean either = !lines && parts.size() == 1 && parts.get(0).stroke() != null;
		for (OutlineGlyphs.Contour c : parts) {
			path.moveTo(c.xs()[0], c.ys()[0]);
			for (int i = 1; i < c.xs().length; i++) {
				path.lineTo(c.xs()[i], c.ys()[i]);
			}
			if (c.closed()) {
				path.closePath();
			}
		}
		GlyphTemplates.Match[] turned = GlyphTemplates.matchTurned(path, evenOdd, lines || either, DIRS.length - 1, seen);
		if (either) {
			GlyphTemplates.Match[] filled = GlyphTemplates.matchTurned(path, evenOdd, false, DIRS.length - 1, seen);
			for (int k = 0; k < DIRS.length; k++) {
				if (filled[k] != null && (turned[k] == null || filled[k].score() > turned[k].score())) {
					turned[k] = filled[k];
				}
			}
		}
		System.arraycopy(turned, 0, matches, 0, DIRS.length);
	}

	/**
	 * The direction that reads best over this glyph and its neighbours (a rotated title reads rotated); only
	 * readable shapes vote, this one twice, and upright text is the default.
	 */
	void orient(NearGlyphs all) {
		// a dot looks alike every way up: its neighbours decide
		boolean dot = extent() < SMALL_MARK;
		double reach = dot ? SMALL_MARK_REACH : 2.5 * extent();
		double[] votes = new double[DIRS.length];
		votes[0] = 0.1;
		for (OutlinedGlyph o : all.around(this, reach)) {
			if (Math.abs(o.cx() - cx()) <= reach && Math.abs(o.cy() - cy()) <= reach) {
				for (int k = 0; k < DIRS.length; k++) {
					if (accepted(o.matches[k])) {
						votes[k] += (o == this ? dot ? 0 : 2 : 1) * o.matches[k].score();
					}
				}
			}
		}
		int best = 0;
		for (int k = 1; k < DIRS.length; k++) {
			if (votes[k] > votes[best] + 1e-9) {
				best = k;
			}
		}
		dir = best;
		uv = upright(DIRS[dir]);
	}

	static boolean accepted(GlyphTemplates.Match m) {
		return m != null && m.score() >= MIN_SCORE && m.margin() >= MIN_MARGIN;
	}

	String describe() {
		StringBuilder b = new StringBuilder();
		for (int k = 0; k < DIRS.length; k++) {
			GlyphTemplates.Match m = matches[k];
			b.append(k == dir ? "*" : "").append(DIRS[k]).append(':')
					.append(m == null ? "-" : m.ch() + String.format("%.2f/%.2f ", m.score(), m.margin()));
		}
		return b.toString();
	}

	GlyphTemplates.Match match() {
		return matches[dir];
	}

	double height() {
		return uv[3] - uv[1];
	}

	double width() {
		return uv[2] - uv[0];
	}

	/** A glyph whose template is tall enough to tell the font size, placed by its own height. */
	void placeSized() {
		GlyphTemplates.Match m = match();
		if (bar() || !accepted(m) || m.template().height() < SIZING_HEIGHT || "Il".indexOf(m.ch()) >= 0
				|| m.ch() == '1' && (m.score() < 0.85 || m.margin() < 0.1) || m.ch() == 'j' && width() < 0.35 * height()) {
			return;
		}
		place(m.template(), height() / m.template().height());
	}

	/**
	 * A glyph between letters read as the letter it nearly matches (D for 0), one between digits as the digit:
	 * a word is letters or a number.
	 */
	void inContext(NearGlyphs all) {
		if (glyph == null || !Character.isLetterOrDigit(ch())) {
			return;
		}
		OutlinedGlyph right = neighbour(all, true, 0.6);
		OutlinedGlyph left = neighbour(all, false, 0.6);
		boolean digits = (right == null || Character.isDigit(right.ch())) && (left == null || Character.isDigit(left.ch()))
				&& (right != null || left != null);
		boolean letters = (right == null || Character.isLetter(right.ch()))
				&& (left == null || Character.isLetter(left.ch())) && (right != null || left != null);
		if (digits == Character.isDigit(ch()) && letters == Character.isLetter(ch()) || !digits && !letters) {
			return;
		}
		GlyphTemplates.Match m = match().among(digits ? Character::isDigit : Character::isLetter);
		if (m != null && m.score() >= match().score() - CONTEXT && m.score() >= MIN_SCORE - CONTEXT) {
			matches[dir] = m;
			glyph = null;
			placeSized();
		}
	}

	/** Letters drawn alike in both cases (s and S) take the case their height says beside a neighbour. */
	void recase(NearGlyphs all) {
		if (glyph == null || GlyphTemplates.CASELESS.indexOf(Character.toLowerCase(ch())) < 0) {
			return;
		}
		OutlinedGlyph ref = null;
		for (boolean after : new boolean[] { true, false }) {
			// along the word to the nearest letter or digit whose case its shape tells (COLLECTOR: the L)
			OutlinedGlyph o = this;
			for (int step = 0; step < 6 && ref == null && o != null; step++) {
				o = o.neighbour(all, after, 0.6);
				if (o != null && Character.isLetterOrDigit(o.ch())
						&& GlyphTemplates.CASELESS.indexOf(Character.toLowerCase(o.ch())) < 0) {
					ref = o;
				}
			}
		}
		if (ref == null) {
			return;
		}
		char r = ref.ch();
		boolean tall = Character.isDigit(r) || Character.isUpperCase(r) || "bdfhklt".indexOf(r) >= 0;
		double cap = tall ? ref.height() : ref.height() * CAP_OVER_X;
		char ch = height() > 0.85 * cap ? Character.toUpperCase(ch()) : Character.toLowerCase(ch());
		if (ch != ch()) {
			GlyphTemplates.Template t = GlyphTemplates.template(ch);
			place(t, height() / t.height());
		}
	}

	/**
	 * Whether this is a glyph by itself that is not a clear digit: a piece of a curve or an arrow matches a / or
	 * an l as well as text does, but text has neighbours.
	 */
	boolean alone(NearGlyphs all) {
		if (glyph == null) {
			return false;
		}
		double within = ch() == '=' ? SmallMarks.EQUALS_REACH : 0.6; // an equals sign may be set apart
		for (OutlinedGlyph o : new OutlinedGlyph[] { neighbour(all, true, within), neighbour(all, false, within) }) {
			if (o != null && (Character.isLetterOrDigit(o.ch()) || Character.isLetterOrDigit(ch()))) {
				return false; // in a word; punctuation only beside a letter or digit
			}
		}
		if (!Character.isDigit(ch()) || match() == null) {
			return true;
		}
		return match().score() < LONE_DIGIT && !amongTickNumbers(all);
	}

	/**
	 * Whether a digit stands in a row or a column of clear digits of its size: the tick numbers of an axis stand
	 * apart from each other, each alone, but in line (a row under an x axis on one baseline, a column beside a y
	 * axis ending at one right edge). A piece of a curve that happens to look like a digit is not set so.
	 */
	private boolean amongTickNumbers(NearGlyphs all) {
		double h = height();
		for (OutlinedGlyph o : all.around(this, TICK_ROW_REACH * h)) {
			if (o == this || o.glyph == null || o.dir != dir || !Character.isDigit(o.ch()) || o.match() == null
					|| o.match().score() < LONE_DIGIT || Math.abs(o.height() - h) > 0.15 * h) {
				continue;
			}
			boolean row = Math.abs(o.uv[1] - uv[1]) < 0.1 * h && Math.abs(o.uv[0] - uv[0]) < TICK_ROW_REACH * h;
			boolean column = Math.abs(o.uv[2] - uv[2]) < 0.2 * h && Math.abs(o.uv[1] - uv[1]) < TICK_ROW_REACH * h;
			if (row || column) {
				return true;
			}
		}
		return false;
	}

	/** A 1 stands narrow in a digit's width: it advances to the glyph right after it, as the face set it. */
	void closeUp(NearGlyphs all) {
		if (glyph == null || ch() != '1') {
			return;
		}
		OutlinedGlyph right = neighbour(all, true, 0.75);
		if (right != null && right.uv[0] - uv[2] < 0.75 * height()) {
			double cos = Math.cos(Math.toRadians(DIRS[dir]));
			double sin = Math.sin(Math.toRadians(DIRS[dir]));
			double u = glyph.x() * cos + glyph.y() * sin;
			double advance = Math.max(Planar.length(glyph.ax(), glyph.ay()), right.uv[0] - u);
			glyph = new DrawingCollector.Glyph("1", glyph.x(), glyph.y(), advance * cos, advance * sin, glyph.size(),
					glyph.dir());
		}
	}

	/** A straight upright bar: a 1 before or after digits, an I before letters of its height, else unread. */
	void placeBar(NearGlyphs all) {
		GlyphTemplates.Match m = match();
		boolean upright = bar() && height() > width()
				|| m != null && width() < 0.45 * height() && "1Ilj".indexOf(m.ch()) >= 0;
		if (glyph != null || !upright) {
			return;
		}
		OutlinedGlyph right = neighbour(all, true, 0.6);
		OutlinedGlyph left = neighbour(all, false, 0.6);
		// a shape that is itself a 1 may stand farther from the digit it leads: faces set the 1's stem off-centre, and
		// a decimal point may come between them ("1.5")
		boolean one = m != null && m.ch() == '1' && m.score() >= MIN_SCORE;
		double oneReach = one && SmallMarks.markAfter(this, all) ? ONE_REACH + POINT_ROOM : ONE_REACH;
		OutlinedGlyph digitAfter = one ? neighbour(all, true, oneReach) : right;
		char ch;
		OutlinedGlyph by;
		if (digitAfter != null && aligned(digitAfter) && Character.isDigit(digitAfter.ch())) {
			by = digitAfter;
			ch = '1';
		} else if (right != null && Character.isLetter(right.ch()) && right.uv[3] < uv[3] + 0.1 * height()
				&& right.uv[1] > uv[1] - 0.5 * height() && right.height() > 0.45 * height()) {
			by = this; // an I before a letter, or before its subscript (ID)
			ch = 'I';
		} else if (left != null && aligned(left) && Character.isDigit(left.ch())) {
			by = left;
			ch = '1';
		} else if (one && right == null && left == null && amongTickNumbers(all)) {
			by = this; // a tick number 1, or one set off from its neighbours, in the row or column of an axis's numbers
			ch = '1';
		} else {
			return;
		}
		GlyphTemplates.Template t = GlyphTemplates.template(ch);
		place(t, by == this ? height() / t.height() : by.glyph.size());
	}

	double mid() {
		return (uv[1] + uv[3]) / 2;
	}

	/** Whether a neighbour stands on the same baseline with about this glyph's height. */
	private boolean aligned(OutlinedGlyph o) {
		return Math.abs(o.uv[1] - uv[1]) < 0.2 * height() && o.height() > 0.75 * height()
				&& o.height() < 1.25 * height();
	}

	char ch() {
		return glyph.text().charAt(0);
	}

	/** A straight line or a thin box: its shape says nothing, its neighbours do. */
	boolean bar() {
		return Math.min(width(), height()) < BAR * Math.max(width(), height());
	}

	/**
	 * The nearest placed glyph of the same direction just after (or before) this one on its line, at most
	 * {@code within} glyph heights away.
	 */
	OutlinedGlyph neighbour(NearGlyphs all, boolean after, double within) {
		OutlinedGlyph best = null;
		double bestGap = Double.MAX_VALUE;
		double reach = Math.max(height(), width());
		for (OutlinedGlyph o : all.around(this, within * Math.max(reach, OutlineGlyphs.MAX_GLYPH))) {
			if (o == this || o.glyph == null || o.dir != dir || o.uv[3] < uv[1] || o.uv[1] > uv[3]) {
				continue;
			}
			double gap = after ? o.uv[0] - uv[2] : uv[0] - o.uv[2];
			double limit = within * Math.max(reach, o.height());
			if (gap > -0.3 * o.width() && gap < limit && gap < bestGap) {
				best = o;
				bestGap = gap;
			}
		}
		return best;
	}

	/** The glyph as text places it: origin on the baseline, advance along the reading direction. */
	void place(GlyphTemplates.Template t, double size) {
		double u0 = uv[0] - t.xMin() * size;
		double v0 = uv[1] - t.yMin() * size;
		double advance = width() + (t.xMin() + t.advance() - t.xMax()) * size;
		if (Character.isDigit(t.ch())) {
			// faces are condensed or not: a digit advances by its own width and a little, a 1 by a digit's
			advance = Math.max(width(), t.ch() == '1' ? 0.3 * height() : 0) + DIGIT_SPACE * size;
			u0 = (uv[0] + uv[2]) / 2 - advance / 2;
		}
		placeText(String.valueOf(t.ch()), u0, v0, advance, size);
	}

	/** The baseline of the glyph placed here, across its reading direction (v in the upright frame). */
	double baseline() {
		double d = Math.toRadians(DIRS[dir]);
		return -glyph.x() * Math.sin(d) + glyph.y() * Math.cos(d);
	}

	/** A glyph of the given text placed at (u0, v0) on its baseline in the reading direction, advancing so far. */
	void placeText(String text, double u0, double v0, double advance, double size) {
		if (size < 2.5 || size > 24) {
			return;
		}
		int d = DIRS[dir];
		double cos = Math.cos(Math.toRadians(d));
		double sin = Math.sin(Math.toRadians(d));
		glyph = new DrawingCollector.Glyph(text, u0 * cos - v0 * sin, u0 * sin + v0 * cos, advance * cos,
				advance * sin, size, d);
	}

	/** The box in the upright frame of direction d: {u0, v0, u1, v1}. */
	double[] upright(int d) {
		double cos = Math.cos(Math.toRadians(d));
		double sin = Math.sin(Math.toRadians(d));
		double[] out = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		for (double x : new double[] { box[0], box[2] }) {
			for (double y : new double[] { box[1], box[3] }) {
				double u = x * cos + y * sin;
				double v = -x * sin + y * cos;
				out[0] = Math.min(out[0], u);
				out[1] = Math.min(out[1], v);
				out[2] = Math.max(out[2], u);
				out[3] = Math.max(out[3], v);
			}
		}
		return out;
	}
}
