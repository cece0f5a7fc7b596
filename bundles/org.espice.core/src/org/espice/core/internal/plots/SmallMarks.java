package org.espice.core.internal.plots;

/**
 * The small marks of outlined text, read only beside the glyphs of their word: a dash before a digit is a minus, two
 * bars one over the other an equals sign (never two minus signs: "TJ=25°C" is no -25 °C), a dot or comma between
 * digits a decimal point, and a small sign beside any glyph that sign. Run once the glyphs that tell their own size
 * are placed.
 */
final class SmallMarks {

	/** How far (in its lengths) an equals sign's bar looks for the name before it or the value after it. */
	static final double EQUALS_REACH = 1.5;

	private SmallMarks() {
	}

	/**
	 * A dash before a digit (a minus), two bars one over the other beside a name or a value (an equals sign), a dot or
	 * comma between digits, or a small sign beside any glyph.
	 */
	static void place(OutlinedGlyph g, NearGlyphs all) {
		GlyphTemplates.Match m = g.match();
		boolean dash = g.bar() && g.width() > g.height() || OutlinedGlyph.accepted(m) && m.ch() == '-';
		if (g.glyph == null && !dash && pointBetweenDigits(g, m, all)) {
			g.place(GlyphTemplates.template('.'), g.neighbour(all, true, 0.6).glyph.size());
			return;
		}
		if (g.glyph != null || !dash && !OutlinedGlyph.accepted(m)) {
			return;
		}
		OutlinedGlyph right = g.neighbour(all, true, 0.6);
		OutlinedGlyph left = g.neighbour(all, false, 0.6);
		OutlinedGlyph twin = dash ? equalsTwin(g, all) : null;
		if (twin != null) {
			// the lower bar of an equals sign reads it, after a name or before a value ("TJ=25°C", "VCE=2V")
			OutlinedGlyph before = g.neighbour(all, false, EQUALS_REACH);
			OutlinedGlyph after = g.neighbour(all, true, EQUALS_REACH);
			if (twin.mid() > g.mid() && (before != null && Character.isLetterOrDigit(before.ch())
					|| after != null && (Character.isLetterOrDigit(after.ch()) || after.ch() == '-'))) {
				// on the line and in the size of the text it stands in: its larger neighbour's (a subscript may stand
				// before it)
				OutlinedGlyph by = before == null || after != null && after.glyph.size() > before.glyph.size() ? after
						: before;
				placeEquals(g, twin, by);
			}
		} else if (dash) {
			if (right != null && Character.isDigit(right.ch()) && g.width() <= 1.2 * right.height()
					&& g.mid() > right.uv[1] + 0.15 * right.height() && g.mid() < right.uv[1] + 0.8 * right.height()) {
				g.place(GlyphTemplates.template('-'), right.glyph.size());
			}
		} else if (m.ch() == '.' || m.ch() == ',') {
			if (left != null && right != null && Character.isDigit(left.ch()) && Character.isDigit(right.ch())
					&& Math.abs(g.uv[1] - left.uv[1]) < 0.25 * left.height()) {
				g.place(m.template(), left.glyph.size());
			} else if (m.ch() == ',' && left != null && Character.isLetter(left.ch()) && g.uv[3] > left.uv[1]
					&& g.uv[3] < left.uv[1] + 0.5 * left.height()) {
				g.place(m.template(), left.glyph.size()); // "IC, COLLECTOR CURRENT"
			}
		} else if (m.template().height() < OutlinedGlyph.SIZING_HEIGHT) {
			OutlinedGlyph by = right != null ? right : left;
			if (by != null) {
				g.place(m.template(), by.glyph.size());
			}
		}
	}

	/**
	 * The other bar of an equals sign: a bar about as long, straight over or under this one, less than its length
	 * apart; null when there is none. Two dashes stacked so are never a minus.
	 */
	private static OutlinedGlyph equalsTwin(OutlinedGlyph g, NearGlyphs all) {
		double w = g.width();
		for (OutlinedGlyph o : all.around(g, w)) {
			if (o == g || o.dir != g.dir || !o.bar() || o.width() <= o.height() || o.width() > 1.2 * w
					|| o.width() < w / 1.2) {
				continue;
			}
			double overlap = Math.min(g.uv[2], o.uv[2]) - Math.max(g.uv[0], o.uv[0]);
			double apart = Math.abs(o.mid() - g.mid());
			if (overlap > 0.8 * Math.max(w, o.width()) && apart > 0.2 * w && apart < 0.9 * w) {
				return o;
			}
		}
		return null;
	}

	/** Places an equals sign over the box of this bar and the one over it, on the line and in the size of {@code by}. */
	private static void placeEquals(OutlinedGlyph g, OutlinedGlyph upper, OutlinedGlyph by) {
		double size = by.glyph.size();
		g.partner = upper;
		double u0 = Math.min(g.uv[0], upper.uv[0]);
		double advance = Math.max(g.uv[2], upper.uv[2]) - u0 + OutlinedGlyph.DIGIT_SPACE * size;
		g.placeText("=", u0, by.baseline(), advance, size);
	}

	/** Whether a small mark that reads as nothing yet (a decimal point) stands on the baseline right after this. */
	static boolean markAfter(OutlinedGlyph g, NearGlyphs all) {
		double h = g.height();
		for (OutlinedGlyph o : all.around(g, 1.5 * h)) {
			double gap = o.uv[0] - g.uv[2];
			if (o != g && o.dir == g.dir && o.glyph == null && o.height() < 0.3 * h && o.width() < 0.3 * h
					&& Math.abs(o.uv[1] - g.uv[1]) < 0.15 * h && gap > -0.1 * h && gap < OutlinedGlyph.POINT_ROOM * h) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A small round mark on the baseline between two digits is a decimal point, even when its blurred shape matches
	 * a ring (a degree sign) about as well as a dot: a degree sign stands high, never on the baseline. A mark under a
	 * third of the digits' height in both directions is too small for its shape to say more (a square dot matches an
	 * O): where it stands decides.
	 */
	private static boolean pointBetweenDigits(OutlinedGlyph g, GlyphTemplates.Match m, NearGlyphs all) {
		boolean dotLike = m != null && m.score() >= OutlinedGlyph.MIN_SCORE && (m.ch() == '.' || m.ch() == '\u00b0');
		boolean compact = g.width() > 0.5 * g.height() && g.width() < 2 * g.height();
		if (!dotLike && !compact) {
			return false;
		}
		OutlinedGlyph right = g.neighbour(all, true, 0.6);
		OutlinedGlyph left = g.neighbour(all, false, 0.6);
		if (left == null) {
			// a 1 set off-centre stands farther from the point after it
			left = g.neighbour(all, false, OutlinedGlyph.ONE_REACH);
			left = left != null && left.glyph != null && left.ch() == '1' ? left : null;
		}
		return left != null && right != null && left.glyph != null && right.glyph != null
				&& Character.isDigit(left.ch()) && Character.isDigit(right.ch())
				&& Math.abs(g.uv[1] - left.uv[1]) < 0.15 * left.height() && g.height() < 0.3 * left.height()
				&& g.width() < 0.3 * left.height();
	}
}
