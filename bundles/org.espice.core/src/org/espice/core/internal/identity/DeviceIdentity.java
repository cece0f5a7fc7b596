package org.espice.core.internal.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.espice.core.DeviceKind;
import org.espice.core.Parameter;
import org.espice.core.internal.layout.PageLayout;

/**
 * Decides the devices of a datasheet from its own evidence. A part is a device when the sheet specifies it:
 * it has values of its own in the tables, or the sheet prints its type number (title block, family list,
 * ordering table) other than in passing. Then:
 * <ul>
 * <li>a family name that only heads its grades (BYM36 over BYM36A ... BYM36G) is not a device;</li>
 * <li>order and packing codes become aliases of their device;</li>
 * <li>each device gets its own polarity ({@link Polarity}).</li>
 * </ul>
 */
public final class DeviceIdentity {

	/** One device: its type number, kind and order codes. */
	public record Identity(String part, DeviceKind kind, List<String> aliases) {
		public Identity {
			aliases = List.copyOf(aliases);
		}
	}

	private DeviceIdentity() {
	}

	/**
	 * @param candidates what the part finder found before the tables
	 * @param read       every part the tables were read for, in the order the sheet names them
	 * @param own        the values each part has of its own (its column or row), by part
	 */
	public static List<Identity> decide(PartFinder.Candidates candidates, List<String> read,
			Map<String, List<Parameter>> own, DeviceKind sheetKind, List<PageLayout> pages) {
		List<String> specified = new ArrayList<>();
		for (String p : read) {
			if (PartNumbers.rangeWord(p)) {
				continue;
			}
			// a part the tables met only as a heading (page furniture, a test-circuit label) needs values of its own
			boolean candidate = candidates.parts().contains(p) && candidates.printed().contains(p);
			if (own.containsKey(p) || candidate) {
				specified.add(p);
			}
		}
		specified.removeIf(p -> !own.containsKey(p) && headsGrades(p, specified));
		// each device with its order codes
		Map<String, List<String>> devices = new LinkedHashMap<>();
		for (String p : specified) {
			String device = own.containsKey(p) ? null : OrderCodes.deviceOf(p, specified);
			if (device == null) {
				devices.putIfAbsent(p, new ArrayList<>());
			}
		}
		for (String p : specified) {
			String device = own.containsKey(p) ? null : OrderCodes.deviceOf(p, devices.keySet());
			if (device != null && !devices.containsKey(p)) {
				devices.get(device).add(p);
			}
		}
		if (devices.isEmpty() && !candidates.parts().isEmpty()) {
			// nothing but prose names a part: the one the sheet is most about, rather than none
			devices.put(candidates.parts().get(0), new ArrayList<>());
		}
		for (String code : candidates.codes()) {
			String device = OrderCodes.deviceOf(code, devices.keySet());
			if (device != null && !devices.containsKey(code) && !devices.get(device).contains(code)) {
				devices.get(device).add(code);
			}
		}
		Polarity polarity = new Polarity(sheetKind, pages);
		List<Identity> out = new ArrayList<>();
		devices.forEach((part, codes) -> out.add(
				new Identity(part, polarity.kindOf(part, own.getOrDefault(part, List.of())), codes)));
		return out;
	}

	/**
	 * Values read under a column that names a range of parts ({@code MMBFJ111-113}) belong to each of them: the
	 * range itself is no part.
	 */
	public static void spreadRanges(Map<String, List<Parameter>> own) {
		for (String key : List.copyOf(own.keySet())) {
			List<String> members = PartNumbers.rangeMembers(key);
			if (!members.isEmpty()) {
				List<Parameter> values = own.remove(key);
				members.forEach(m -> own.computeIfAbsent(m, k -> new ArrayList<>()).addAll(values));
			}
		}
	}

	/**
	 * A variant of a part, named as the part with a suffix after an underscore or a hyphen ({@code MMBFJ112_SB51338},
	 * a tighter VGS(off) bin of MMBFJ112; {@code BD136-10}, a gain group of BD136), is that part where its own rows
	 * say nothing: it takes the part's own values of every quantity it has none of. Its own values stand.
	 */
	public static void inheritBases(Map<String, List<Parameter>> own) {
		List<String> shortestFirst = own.keySet().stream().sorted(Comparator.comparingInt(String::length))
				.toList();
		for (String variant : shortestFirst) {
			String base = shortestFirst.stream().filter(b -> isVariant(variant, b))
					.max(Comparator.comparingInt(String::length)).orElse(null);
			if (base == null) {
				continue;
			}
			List<Parameter> values = own.get(variant);
			Set<String> given = new HashSet<>();
			values.forEach(v -> given.add(v.name()));
			own.get(base).stream().filter(v -> !given.contains(v.name())).forEach(values::add);
		}
	}

	/** Whether {@code part} is {@code base} with a suffix after an underscore or a hyphen. */
	private static boolean isVariant(String part, String base) {
		return part.length() > base.length() + 1 && part.startsWith(base)
				&& (part.charAt(base.length()) == '_' || part.charAt(base.length()) == '-');
	}

	/** A type number printed only as the name of its grades: BYM36 where BYM36A, BYM36B ... are devices. */
	private static boolean headsGrades(String part, List<String> parts) {
		return parts.stream().filter(p -> p.length() == part.length() + 1 && p.startsWith(part)
				&& Character.isUpperCase(p.charAt(part.length()))).count() >= 2;
	}
}
