package org.espice.core.simulate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each pin of a vendor's {@code .subckt} is, read from the subcircuit line and the comment lines right below it,
 * where model files name their terminals: a row of terminal names ({@code * Nodes D G S}, {@code * TERMINALS: C B
 * E}), one line per pin ({@code * Node 1 -> Drain}), or pins named after their terminal ({@code .SUBCKT X D G S}).
 * A pin whose role is not named (a thermal node, say) is {@code ?}. When no pin is named, the pins are taken in the
 * conventional order of the device (D G S, C B E, A K, C G E).
 */
final class SubcktPins {

	private static final Map<String, String> ROLE = Map.ofEntries(Map.entry("D", "D"), Map.entry("DRAIN", "D"),
			Map.entry("G", "G"), Map.entry("GATE", "G"), Map.entry("S", "S"), Map.entry("SOURCE", "S"),
			Map.entry("C", "C"), Map.entry("COLLECTOR", "C"), Map.entry("B", "B"), Map.entry("BASE", "B"),
			Map.entry("E", "E"), Map.entry("EMITTER", "E"), Map.entry("A", "A"), Map.entry("ANODE", "A"),
			Map.entry("K", "K"), Map.entry("CATHODE", "K"));
	private static final Pattern PER_PIN = Pattern
			.compile("(?i)^\\*+\\s*(?:node|pin|terminal)?\\s*(\\w+)\\s*(?:->|=|:|-)\\s*([a-z]+)\\b.*");

	private SubcktPins() {
	}

	/**
	 * The role of each pin of subcircuit {@code name} in {@code lib} (D, G, S, C, B, E, A, K, or ? when not named),
	 * or null when the file has no such subcircuit or names no pin.
	 */
	static List<String> roles(String lib, String name) {
		List<String> lines = lib.lines().map(String::strip).toList();
		for (int i = 0; i < lines.size(); i++) {
			String[] w = lines.get(i).split("\\s+");
			if (w.length > 2 && w[0].equalsIgnoreCase(".subckt") && w[1].equalsIgnoreCase(name)) {
				List<String> pins = pins(w, lines, i);
				return read(pins, lines, i + 1);
			}
		}
		return null;
	}

	/** The pin names of the subcircuit line (continued on {@code +} lines), up to its parameters. */
	private static List<String> pins(String[] first, List<String> lines, int at) {
		List<String> words = new ArrayList<>(Arrays.asList(first).subList(2, first.length));
		for (int j = at + 1; j < lines.size() && lines.get(j).startsWith("+"); j++) {
			words.addAll(Arrays.asList(lines.get(j).substring(1).strip().split("\\s+")));
		}
		List<String> pins = new ArrayList<>();
		for (String p : words) {
			String u = p.toUpperCase(Locale.ROOT);
			if (u.startsWith("PARAMS:") || u.contains("=")) {
				break;
			}
			pins.add(p);
		}
		return pins;
	}

	private static List<String> read(List<String> pins, List<String> lines, int from) {
		String[] roles = new String[pins.size()];
		boolean named = false;
		for (int i = 0; i < pins.size(); i++) {
			roles[i] = ROLE.getOrDefault(pins.get(i).toUpperCase(Locale.ROOT), "?");
			named |= !roles[i].equals("?");
		}
		for (int j = from; !named && j < lines.size() && lines.get(j).startsWith("*"); j++) {
			String line = lines.get(j);
			Matcher m = PER_PIN.matcher(line);
			if (m.matches() && pins.contains(m.group(1)) && ROLE.containsKey(m.group(2).toUpperCase(Locale.ROOT))) {
				// one line per pin: keep reading the following lines
				roles[pins.indexOf(m.group(1))] = ROLE.get(m.group(2).toUpperCase(Locale.ROOT));
				continue;
			}
			List<String> row = terminalRow(line);
			if (row.size() == pins.size()) {
				roles = row.toArray(String[]::new);
				named = true;
			}
		}
		List<String> out = Arrays.asList(roles);
		return out.stream().allMatch("?"::equals) ? null : out;
	}

	/** The terminal names of a comment row such as {@code * Nodes D G S}, in order (empty when it is not one). */
	private static List<String> terminalRow(String line) {
		List<String> row = new ArrayList<>();
		for (String w : line.replaceAll("^\\*+", "").split("[\\s,:]+")) {
			String r = ROLE.get(w.toUpperCase(Locale.ROOT));
			if (r != null) {
				row.add(r);
			} else if (!row.isEmpty()) {
				return List.of();
			}
		}
		return row;
	}

	/**
	 * The subcircuit instance for our three (or two) nodes in our order ({@code order}, e.g. D G S): each pin gets the
	 * node of its role; a pin of no known role gets a node of its own, tied to ground through 1 GOhm (written into
	 * {@code extra}).
	 */
	static String instance(String prefix, List<String> roles, List<String> order, List<String> nodes, String name,
			StringBuilder extra) {
		StringBuilder b = new StringBuilder(prefix);
		for (int i = 0; i < roles.size(); i++) {
			int at = order.indexOf(roles.get(i));
			String node = at >= 0 && at < nodes.size() && nodes.get(at) != null ? nodes.get(at) : null;
			if (node == null) {
				node = prefix.toLowerCase(Locale.ROOT) + "_p" + i;
				extra.append("R").append(prefix).append("_p").append(i).append(' ').append(node).append(" 0 1e9\n");
			}
			b.append(' ').append(node);
		}
		return b.append(' ').append(name).toString();
	}
}
