package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.espice.core.Plot;
import org.espice.core.internal.parameters.Conditions;

/**
 * Attaches the text printed inside a plot to its curves. A family of curves steps one condition (the gate voltage
 * of an output plot, the temperature of a transfer plot): text naming that condition, or the quantity a curve is
 * (Ciss), belongs to a curve: the one a leader line points at, the one drawn with its legend swatch's pen, else
 * the nearest (usually at the curve's end). Bare numbers take the symbol and unit of the family's other labels
 * ("VGS (V) = 3.5" beside "4.5", "10"); a list ("VGS = 10, 9, 8, 7 V") goes to as many curves side by side, in
 * the family's order. Any other condition printed in the plot holds for every curve.
 */
final class CurveLabels {

	/** A label lies by a curve when closer than this (points). */
	private static final double REACH = 14;
	/** A list of values may lie this far from the curves it names. */
	static final double LIST_REACH = 3 * REACH;
	private static final Pattern VALUE_ONLY = RuledPhrases.VALUE_ONLY;
	private static final Pattern LAST_NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)?)(?!.*\\d)");
	/** A capacitance defined by others in a key ("Crss = Cgd", "Coss ≈ Cds + Cgd"): it names no curve. */
	private static final Pattern DEFINITION = Pattern.compile("(?i)C[a-z]{1,3}[=≈~]C[a-z]");

	/**
	 * What the plot's text says about its curves.
	 *
	 * @param traces     the curves (leader lines taken out)
	 * @param labels     the text printed at each curve, or null
	 * @param conditions the conditions of each curve
	 * @param names      the quantity each curve is (CISS ...), or null
	 * @param shared     conditions printed for every curve
	 */
	record Attached(List<CurveTracer.Trace> traces, List<String> labels, List<Map<String, Double>> conditions,
			List<String> names, Map<String, Double> shared) {
	}

	private CurveLabels() {
	}

	/** The condition keys a family of curves of this kind steps; empty when any may. */
	static Set<String> stepping(Plot.Kind kind) {
		return switch (kind) {
		case OUTPUT -> Set.of("VGS", "VGE", "IB", "T");
		case TRANSFER -> Set.of("T", "VDS", "VCE");
		case RDSON_ID -> Set.of("VGS", "T");
		case RDSON_VGS -> Set.of("ID", "T");
		case RDSON_T -> Set.of("VGS", "ID");
		case VTH_T -> Set.of("ID");
		case CAPACITANCE, BJT_CAP, CT_VR -> Set.of("T");
		case GATE_CHARGE -> Set.of("VDS", "VDD", "VCE", "VCC");
		case BODY_DIODE, IF_VF, IR_VR, ZENER_IV -> Set.of("T");
		case VCESAT_IC, VBESAT_IC -> Set.of("T", "IC/IB");
		case HFE_IC, FT_IC, VBEON_IC -> Set.of("VCE", "T");
		default -> Set.of();
		};
	}

	/**
	 * The keys a family of curves of this kind steps, and any key a list printed in the plot steps ("VGS = 0, -1 V"
	 * at the curves of a body diode plot).
	 */
	private static Set<String> stepping(Plot.Kind kind, java.util.Collection<LabelText> texts) {
		Set<String> out = new HashSet<>(stepping(kind));
		if (out.isEmpty()) {
			return out;
		}
		texts.stream().filter(t -> t.key() != null && !t.values().isEmpty()).forEach(t -> out.add(t.key()));
		return out;
	}

	/** A value printed by itself ("10", "300 V"): the label of the curve it sits at, never a note for all. */
	private static boolean alone(String text) {
		return LabelText.bareNumber(text) != null || VALUE_ONLY.matcher(text).matches();
	}

	/**
	 * @param parts the datasheet's part names, upper case: a curve labelled by one is that part's
	 */
	static Attached attach(Plot.Box f, Plot.Kind kind, String xQuantity, String yQuantity,
			List<CurveTracer.Trace> all, PageDrawing page, List<Label> skip, Set<String> parts) {
		PlotKey key = PlotKey.read(f, page.labels().words(), page.labels().phrases());
		List<Label> inside = inside(f, page, skip, key);
		List<LeaderLines.Leader> leaders = LeaderLines.find(f, page.strokes(), all, inside);
		Set<Integer> lines = new HashSet<>();
		leaders.stream().filter(l -> l.line() >= 0).forEach(l -> lines.add(l.line()));
		List<CurveTracer.Trace> traces = new ArrayList<>();
		int[] index = new int[all.size()];
		for (int i = 0; i < all.size(); i++) {
			index[i] = lines.contains(i) ? -1 : traces.size();
			if (!lines.contains(i)) {
				traces.add(all.get(i));
			}
		}
		Label[] at = new Label[traces.size()];
		Map<Label, LabelText> texts = read(inside, kind, xQuantity, parts);
		Set<Label> used = new HashSet<>();
		RankedList.take(f, kind, traces, page.labels().words(), inside, at, texts, used);
		for (LeaderLines.Leader l : leaders) {
			take(at, index[l.curve()], l.label(), texts, used);
		}
		Legends.Entries legend = Legends.entries(f, page.strokes(), traces, inside);
		legend.named().forEach((c, l) -> take(at, c, l, texts, used));
		Map<Integer, LabelText> byPen = byPen(legend, texts, used);
		StyleNotes.of(f, page.labels().phrases(), traces).forEach((c, notes) -> {
			LabelText pen = byPen.getOrDefault(c, LabelText.NONE);
			Map<String, Double> more = new LinkedHashMap<>(pen.conditions());
			notes.forEach(more::putIfAbsent);
			byPen.put(c, new LabelText(pen.name(), more, null, List.of()));
		});
		List<Map<String, Double>> forAll = new ArrayList<>();
		List<Label> singles = new ArrayList<>();
		List<Label> lists = new ArrayList<>();
		List<Label> naming = new ArrayList<>();
		Set<String> steps = stepping(kind, texts.values());
		for (Map.Entry<Label, LabelText> e : texts.entrySet()) {
			LabelText t = e.getValue();
			if (used.contains(e.getKey())) {
				continue;
			}
			if (!t.values().isEmpty()) {
				lists.add(e.getKey());
			} else if (!steps.isEmpty() && ValueNotes.namesCurve(e.getKey().text(), parts)) {
				naming.add(e.getKey());
			} else if (t.name() != null || steps.isEmpty() || t.conditions().keySet().stream().anyMatch(steps::contains)
					|| alone(e.getKey().text())) {
				singles.add(e.getKey());
			} else {
				forAll.add(t.conditions());
			}
		}
		repeated(singles, texts, traces.size(), forAll);
		FamilyOrder.stack(traces, singles, at, used);
		nearest(traces, singles, at, used, REACH);
		// a label set a little apart from its curve, once the others have theirs
		nearest(traces, singles, at, used, LIST_REACH);
		shareLeftovers(singles, at, used, texts, steps.isEmpty() || traces.size() == 1, forAll);
		// "typ", "98%", "0,8 VDS max" or a part at a curve no condition names: what the curve draws, its share of a
		// rating, or whose it is
		nearest(traces, naming, at, used, REACH);
		Map<String, Double> shared = new LinkedHashMap<>(key.shared());
		SharedConditions.agreed(forAll).forEach(shared::putIfAbsent);
		LabelText[] said = new LabelText[traces.size()];
		for (int i = 0; i < said.length; i++) {
			said[i] = at[i] == null ? LabelText.NONE : texts.get(at[i]);
		}
		for (Label l : lists) {
			FamilyOrder.spread(traces, l, texts.get(l), kind, at, said);
		}
		FamilyOrder.byPhysics(traces, at, said, yQuantity);
		CapacitanceNames.complete(kind, f, traces, said);
		return attached(traces, at, said, byPen, shared);
	}

	/**
	 * The conditions the legend states for the curves drawn with one swatch's pen when that pen draws several of
	 * them: each of those curves has them. A swatch's name (onsemi's "—— VBE(sat) @ IC/IB = 4" over three solid
	 * curves) names them too, where no other swatch names the same curves. The legend texts taken are marked used.
	 */
	private static Map<Integer, LabelText> byPen(Legends.Entries legend, Map<Label, LabelText> texts,
			Set<Label> used) {
		Map<Integer, Map<String, Double>> conditions = new java.util.HashMap<>();
		Map<Integer, Set<String>> names = new java.util.HashMap<>();
		legend.several().forEach((l, curves) -> {
			LabelText t = texts.get(l);
			if (t != null && t.values().isEmpty() && !used.contains(l)) {
				used.add(l);
				curves.forEach(c -> conditions.computeIfAbsent(c, k -> new LinkedHashMap<>()).putAll(t.conditions()));
				if (t.name() != null) {
					curves.forEach(c -> names.computeIfAbsent(c, k -> new HashSet<>()).add(t.name()));
				}
			}
		});
		Map<Integer, LabelText> byPen = new java.util.HashMap<>();
		conditions.forEach((c, m) -> {
			Set<String> n = names.getOrDefault(c, Set.of());
			byPen.put(c, new LabelText(n.size() == 1 ? n.iterator().next() : null, m, null, List.of()));
		});
		return byPen;
	}

	/** Each curve with the label it took, what that label says, and the conditions its legend pen adds. */
	private static Attached attached(List<CurveTracer.Trace> traces, Label[] at, LabelText[] said,
			Map<Integer, LabelText> byPen, Map<String, Double> shared) {
		List<String> labels = new ArrayList<>();
		List<Map<String, Double>> conditions = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (int i = 0; i < said.length; i++) {
			labels.add(at[i] == null ? null : at[i].text());
			Map<String, Double> c = new LinkedHashMap<>(said[i].conditions());
			LabelText pen = byPen.getOrDefault(i, LabelText.NONE);
			pen.conditions().forEach(c::putIfAbsent);
			conditions.add(c);
			names.add(said[i].name() != null ? said[i].name() : pen.name());
		}
		PairedCurves.complete(traces, conditions);
		return new Attached(traces, labels, conditions, names, shared);
	}

	/**
	 * A condition printed twice or more with one value ("TC = 25 °C" and "T = 25 °C" over fourteen zener curves),
	 * and never with another, steps nothing: it holds for every curve, not for the two it happens to sit by.
	 */
	private static void repeated(List<Label> singles, Map<Label, LabelText> texts, int curves,
			List<Map<String, Double>> forAll) {
		Map<String, List<Label>> byKey = new LinkedHashMap<>();
		for (Label l : singles) {
			LabelText t = texts.get(l);
			if (t.name() == null && t.conditions().size() == 1) {
				byKey.computeIfAbsent(t.conditions().keySet().iterator().next(), k -> new ArrayList<>()).add(l);
			}
		}
		byKey.forEach((k, ls) -> {
			double first = texts.get(ls.get(0)).conditions().get(k);
			boolean alike = ls.stream().allMatch(l -> SharedConditions.same(texts.get(l).conditions().get(k), first));
			boolean elsewhere = singles.stream().filter(l -> !ls.contains(l))
					.anyMatch(l -> texts.get(l).conditions().containsKey(k));
			boolean listed = texts.values().stream().anyMatch(t -> k.equals(t.key()));
			if (ls.size() >= 2 && ls.size() < curves && alike && !elsewhere && !listed) {
				singles.removeAll(ls);
				forAll.add(Map.of(k, first));
			}
		});
	}

	/**
	 * The phrases inside the frame; a curve's tag stands for its line in the key ("(1)" for "(1) Tj = 150 °C"), and a
	 * note under a label saying what its curve gives is part of it ({@link ValueNotes}).
	 */
	private static List<Label> inside(Plot.Box f, PageDrawing page, List<Label> skip, PlotKey key) {
		List<Label> inside = new ArrayList<>();
		for (Label phrase : page.labels().phrases()) {
			if (!f.contains(phrase.cx(), phrase.cy(), 0) || skip.contains(phrase)) {
				continue;
			}
			if (phrase.dir() == 90 || phrase.dir() == 270) {
				// glyphs raised off a turned line ("DC (T^c = 2^5" for TC = 25 °C) leave its numbers unsure
				if (!AxisReader.caption(phrase.text()) && phrase.text().indexOf('^') < 0) {
					inside.add(baseline(phrase));
				}
				continue;
			}
			if (phrase.dir() != 0) {
				continue;
			}
			List<Label> parts = new ArrayList<>();
			for (Label p : RuledPhrases.cut(phrase, f, page.strokes(), page.labels().words())) {
				parts.addAll(RuledPhrases.values(p, page.labels().words()));
			}
			for (Label p : parts) {
				if (!f.contains(p.cx(), p.cy(), 0) || AxisReader.caption(p.text())) {
					continue;
				}
				Integer tag = PlotKey.tag(p.text());
				String keyed = tag == null ? null : key.tagged().get(tag);
				inside.add(keyed == null ? p
						: new Label(p.text() + " " + keyed, p.x0(), p.y0(), p.x1(), p.y1(), 0, p.size(), p.anchor()));
			}
		}
		return SignsAbove.joined(ValueNotes.joined(inside));
	}

	/**
	 * A label set along a steep curve, turned a quarter (or slanted, as Rohm sets "Ta=125°C" up its forward curves),
	 * stands on its curve as text stands on its line: where it lies is its baseline, the edge of its box its glyphs
	 * rise from (the right edge of text read upwards, the left of text read downwards), not its box, which reaches
	 * over to the curve beside.
	 */
	private static Label baseline(Label p) {
		double x = p.dir() == 90 ? p.x1() : p.x0();
		return new Label(p.text(), x, p.y0(), x, p.y1(), p.dir(), p.size(), p.anchor());
	}

	private static void take(Label[] at, int curve, Label l, Map<Label, LabelText> texts, Set<Label> used) {
		if (curve >= 0 && at[curve] == null && texts.containsKey(l) && !used.contains(l)) {
			at[curve] = l;
			used.add(l);
		}
	}

	/**
	 * A condition by no curve holds for all (on a plot of one curve, or of any kind), unless it is the one the
	 * labelled curves step.
	 */
	private static void shareLeftovers(List<Label> singles, Label[] at, Set<Label> used, Map<Label, LabelText> texts,
			boolean any, List<Map<String, Double>> forAll) {
		Set<String> stepped = new HashSet<>();
		for (Label l : at) {
			if (l != null) {
				stepped.addAll(texts.get(l).conditions().keySet());
			}
		}
		for (Label l : singles) {
			LabelText t = texts.get(l);
			if (!used.contains(l) && t.name() == null
					&& (any || t.conditions().keySet().stream().noneMatch(stepped::contains))) {
				forAll.add(t.conditions());
			}
		}
	}


	/**
	 * The text of each phrase; a bare number takes the symbol and unit of a label that prints them ("VGS (V) = 3.5"
	 * makes a "4.5" beside another curve 4.5 V), first of a list printed at the curves ("VGS = 0, -1 V" makes a "10"
	 * beside another curve 10 V: the family the list steps, not a condition stated once in a corner). A value
	 * printed with its unit alone ("300 V") is the symbol a label prints with that unit ("VCC = 100 V").
	 */
	private static Map<Label, LabelText> read(List<Label> inside, Plot.Kind kind, String xQuantity, Set<String> parts) {
		Map<Label, LabelText> out = new LinkedHashMap<>();
		Map<String, Double> listed = new LinkedHashMap<>(); // symbol -> SI factor of the numbers of a list
		Map<String, Double> single = new LinkedHashMap<>(); // symbol -> SI factor of its printed number
		Set<String> steps = stepping(kind);
		for (Label p : inside) {
			LabelText t = LabelText.parse(p.text(), kind, xQuantity);
			if (t.name() != null && DEFINITION.matcher(p.text().replace(" ", "")).find()) {
				t = new LabelText(null, t.conditions(), t.key(), t.values());
			}
			// "typ", "98%", "0,8 VDS max", a part: kept where curves are a family of a characteristic (not at a
			// waveform's marks)
			if (!t.empty() || !steps.isEmpty() && ValueNotes.namesCurve(p.text(), parts)) {
				out.put(p, t);
			}
			Matcher m = LAST_NUMBER.matcher(p.text());
			if (t.key() != null && !t.values().isEmpty() && m.find() && Double.parseDouble(m.group(1)) != 0) {
				double last = t.values().get(t.values().size() - 1);
				if (last != 0) {
					listed.putIfAbsent(t.key(), Math.abs(last / Double.parseDouble(m.group(1))));
				}
			} else if (t.conditions().size() == 1 && t.name() == null && !alone(p.text())) {
				// a label that prints its symbol; "300 V" prints none (its symbol is the plot kind's guess)
				String k = t.conditions().keySet().iterator().next();
				if ((steps.isEmpty() || steps.contains(k)) && m.find() && Double.parseDouble(m.group(1)) != 0) {
					single.putIfAbsent(k, Math.abs(t.conditions().get(k) / Double.parseDouble(m.group(1))));
				}
			}
		}
		Map<String, Double> templates = new LinkedHashMap<>(listed);
		single.forEach(templates::putIfAbsent);
		for (Label p : inside) {
			if (templates.isEmpty()) {
				break;
			}
			boolean valueOnly = VALUE_ONLY.matcher(p.text()).matches();
			LabelText known = out.get(p);
			Double v = LabelText.bareNumber(p.text());
			if (known == null && v != null) {
				Map.Entry<String, Double> first = templates.entrySet().iterator().next();
				double value = v * first.getValue();
				// a duty cycle is a fraction: "-6" among "D = 0.5" ... "0.01" is no curve's
				if (!first.getKey().equals("D") || value >= 0 && value <= 1) {
					out.put(p, new LabelText(null, Map.of(first.getKey(), value), null, List.of()));
				}
			} else if (valueOnly && (known == null || !templates.keySet().containsAll(known.conditions().keySet()))) {
				// "50 A" beside "IC = 20 A" is IC = 50 A: the symbol whose unit it prints
				boolean amps = p.text().strip().endsWith("A");
				templates.keySet().stream().filter(k -> k.startsWith(amps ? "I" : "V")).findFirst()
						.ifPresent(k -> out.put(p, new LabelText(null, Conditions.parse(k + " = " + p.text()), null,
								List.of())));
			}
		}
		return out;
	}


	/** Each label to the curve nearest it, closest pairs first; a curve takes one label. */
	private static void nearest(List<CurveTracer.Trace> traces, List<Label> labels, Label[] at, Set<Label> used,
			double reach) {
		List<double[]> pairs = new ArrayList<>();
		for (int j = 0; j < labels.size(); j++) {
			for (int i = 0; i < traces.size(); i++) {
				double d = distance(labels.get(j), traces.get(i));
				if (d <= reach) {
					pairs.add(new double[] { d, i, j });
				}
			}
		}
		pairs.sort(Comparator.comparingDouble(p -> p[0]));
		for (double[] p : pairs) {
			int i = (int) p[1];
			Label l = labels.get((int) p[2]);
			if (at[i] == null && !used.contains(l)) {
				at[i] = l;
				used.add(l);
			}
		}
	}

	/** Distance from a label's box to a curve, along its segments (sparse vertices lie far apart). */
	static double distance(Label p, CurveTracer.Trace t) {
		double d = p.distance(t.xs()[0], t.ys()[0]);
		for (int i = 1; i < t.size(); i++) {
			double x0 = t.xs()[i - 1];
			double y0 = t.ys()[i - 1];
			int steps = (int) Math.min(50, Math.ceil(Planar.length(t.xs()[i] - x0, t.ys()[i] - y0) / 2));
			for (int k = 1; k <= steps; k++) {
				double u = k / (double) steps;
				d = Math.min(d, p.distance(x0 + u * (t.xs()[i] - x0), y0 + u * (t.ys()[i] - y0)));
			}
		}
		return d;
	}
}
