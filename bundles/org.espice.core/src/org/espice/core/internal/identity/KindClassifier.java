package org.espice.core.internal.identity;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.espice.core.DeviceKind;
import org.espice.core.Parameter;
import org.espice.core.internal.layout.PageLayout;
import org.espice.core.internal.layout.TextLine;
import org.espice.core.internal.layout.Word;
import org.espice.core.internal.parameters.Vocabulary;

/** Tells the device kind of a sheet from the title page wording and the symbols the tables use. */
public final class KindClassifier {

	private KindClassifier() {
	}

	private static int count(String text, String regex) {
		Matcher m = Pattern.compile(regex).matcher(text);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

	public static DeviceKind classify(List<PageLayout> pages) {
		StringBuilder first = new StringBuilder();
		StringBuilder all = new StringBuilder();
		Set<String> symbols = new HashSet<>();
		for (PageLayout p : pages) {
			if (p.page() > 4) {
				break;
			}
			for (TextLine l : p.lines()) {
				String t = l.text();
				if (p.page() == 1) {
					first.append(t).append('\n');
				}
				all.append(t).append('\n');
				for (Word w : l.words()) {
					symbols.add(Vocabulary.normalise(w.text()));
				}
			}
		}
		String t1 = first.toString().toLowerCase(Locale.ROOT);
		String ta = all.toString().toLowerCase(Locale.ROOT);

		double igbt = 4 * count(t1, "\\bigbts?\\b|insulated[- ]gate bipolar") + count(ta, "\\bigbts?\\b")
				+ (symbols.contains("VGETH") ? 3 : 0) + (symbols.contains("VCES") ? 1 : 0)
				+ (symbols.contains("CIES") ? 2 : 0);
		double jfet = 4 * count(t1, "\\bj-?fets?\\b|junction field[- ]effect") + count(ta, "\\bj-?fets?\\b")
				+ (symbols.contains("VGSOFF") ? 3 : 0) + (symbols.contains("VBRGSS") ? 2 : 0);
		double gan = 4 * count(t1, "\\bgan\\b|gallium nitride") + count(ta, "\\bgan\\b");
		double fet = 3 * count(t1, "mosfets?\\b|mos[- ]fet|power mos|trench ?mos|coolmos|d-?mos\\b|mos field|field[- ]effect")
				+ count(ta, "mosfet") + (symbols.contains("RDSON") ? 3 : 0) + (symbols.contains("VGSTH") ? 3 : 0)
				+ (symbols.contains("QGD") ? 1 : 0);
		double bjt = 2 * count(t1, "\\bnpn\\b|\\bpnp\\b|bipolar (power |junction )?transistor|darlington")
				+ (symbols.contains("HFE") ? 3 : 0) + (symbols.contains("VCEO") || symbols.contains("VBRCEO") ? 2 : 0)
				+ (symbols.contains("VCBO") ? 2 : 0) + (symbols.contains("VCESAT") ? 1 : 0);
		double diode = 1.5 * count(t1, "diodes?\\b|rectifiers?\\b|zener|schottky")
				+ (symbols.contains("VRRM") ? 3 : 0) + (symbols.contains("IFSM") ? 3 : 0)
				+ (symbols.contains("VZ") ? 2 : 0) + (symbols.contains("TRR") ? 0.5 : 0);
		if (fet + bjt + igbt + jfet > 0) {
			// transistors mention their body or free-wheeling diode
			diode -= 1.5 * count(t1, "body diode|free[- ]?wheeling|anti-?parallel|co-?pack|integral (reverse )?diode|reverse diode|protection diode|fast recovery diode|zener diode protect|esd");
		}
		double best = Math.max(Math.max(igbt, jfet), Math.max(Math.max(gan, fet), Math.max(bjt, diode)));
		if (best <= 0) {
			return DeviceKind.OTHER;
		}
		boolean pChannel = count(t1, "p-?\\s?channel") > count(t1, "n-?\\s?channel");
		if (best == igbt) {
			return DeviceKind.IGBT;
		}
		if (best == gan && gan >= 4) {
			return DeviceKind.GAN_FET;
		}
		if (best == jfet) {
			return pChannel ? DeviceKind.JFET_P : DeviceKind.JFET_N;
		}
		if (best == fet) {
			if (gan >= 4) {
				return DeviceKind.GAN_FET;
			}
			return pChannel ? DeviceKind.MOSFET_P : DeviceKind.MOSFET_N;
		}
		if (best == bjt) {
			return bjtKind(t1);
		}
		return diodeKind(t1, symbols);
	}

	/** NPN or PNP: the polarity the title page names more often, or first. */
	private static DeviceKind bjtKind(String t1) {
		int npn = count(t1, "\\bnpn\\b");
		int pnp = count(t1, "\\bpnp\\b");
		if (npn == pnp) {
			int i = t1.indexOf("npn");
			int j = t1.indexOf("pnp");
			return j >= 0 && (i < 0 || j < i) ? DeviceKind.BJT_PNP : DeviceKind.BJT_NPN;
		}
		return pnp > npn ? DeviceKind.BJT_PNP : DeviceKind.BJT_NPN;
	}

	/**
	 * A diode the title page does not call a rectifier, Schottky or Zener is a signal diode unless its ratings say
	 * power: an average forward current of an ampere or more, or a surge current of 10 A or more (a damper or
	 * high-voltage diode is a rectifier in all but name).
	 */
	public static DeviceKind byRatings(DeviceKind kind, List<Parameter> values) {
		if (kind != DeviceKind.DIODE) {
			return kind;
		}
		for (Parameter p : values) {
			Double v = p.max() != null ? p.max() : p.typ();
			if (v != null && (p.name().equals("IF_AV") && v >= 1.0 || p.name().equals("IFSM") && v >= 10.0)) {
				return DeviceKind.RECTIFIER;
			}
		}
		return kind;
	}

	/** Zener, Schottky, rectifier or plain diode, by the title page and the symbols in use. */
	private static DeviceKind diodeKind(String t1, Set<String> symbols) {
		int zener = count(t1, "zener") + (symbols.contains("VZ") ? 2 : 0) + (symbols.contains("ZZT") ? 2 : 0);
		int schottky = count(t1, "schottky");
		int rectifier = count(t1, "rectifiers?\\b");
		if (zener > 0 && zener >= schottky) {
			return DeviceKind.ZENER;
		}
		if (schottky > 0) {
			return DeviceKind.SCHOTTKY;
		}
		if (rectifier > 0) {
			return DeviceKind.RECTIFIER;
		}
		return DeviceKind.DIODE;
	}
}
