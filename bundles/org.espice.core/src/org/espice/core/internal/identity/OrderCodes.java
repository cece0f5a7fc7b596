package org.espice.core.internal.identity;

import java.util.Collection;
import java.util.Set;

/**
 * Order and packing codes: a type number with a suffix for reel, tape, tube, bulk or lead-free finish
 * ({@code 1N4001RL}, {@code MBR20H100CTG}, {@code MMBT3904LT1G}, {@code 2N7002-T1}, {@code TIP120TU}). They name
 * the same device as their type number, so they are its aliases, not devices of their own.
 */
public final class OrderCodes {

	/**
	 * Letter-only packing suffixes as the industry writes them: reel (RL, TR), tape and ammo pack (TA, TF, TAR,
	 * TFR, RLRA/RLRM/RLRP), tube (TU), bulk (BU, BK), fan-fold (FF), tape film (FILM), lead-free (G;
	 * a trailing PbF never reaches here, {@link PartNumbers#token} drops it). A package letter (MJE2955T) is not
	 * one: another package is another device.
	 */
	private static final Set<String> PACKING = Set.of("G", "RL", "RLG", "TR", "TRG", "TRL", "TRR", "TA", "TAR", "TF",
			"TFR", "TU", "BU", "BK", "FF", "FILM", "RLRA", "RLRM", "RLRP", "RLRE");

	private OrderCodes() {
	}

	/**
	 * The device an order code belongs to, or null when {@code code} is a type number of its own. A single letter
	 * after a type number is a grade (BC547B, BYM36G) where the sheet has more grades of it, not a packing code.
	 */
	public static String deviceOf(String code, Collection<String> devices) {
		String best = null;
		for (String d : devices) {
			if (d.length() < 4 || d.length() >= code.length() || !code.startsWith(d)) {
				continue;
			}
			String suffix = code.substring(d.length());
			if (packing(suffix) && !(suffix.length() == 1 && graded(d, devices))
					&& (best == null || d.length() > best.length())) {
				best = d;
			}
		}
		return best;
	}

	/** A packing suffix: after a hyphen, letters with digits (T1G, RL1, T4), or a letter-only packing code. */
	private static boolean packing(String suffix) {
		if (suffix.startsWith("-")) {
			// -T1, -E3, -TB; a hyphen and digits only (BC337-25) is a gain group, a part of its own
			return suffix.length() >= 2 && suffix.chars().anyMatch(Character::isLetter);
		}
		boolean digits = suffix.chars().anyMatch(Character::isDigit);
		boolean letters = suffix.chars().anyMatch(Character::isLetter);
		if (digits && letters && suffix.length() >= 2 && Character.isLetter(suffix.charAt(0))) {
			return true;
		}
		return !digits && PACKING.contains(suffix.toUpperCase(java.util.Locale.ROOT));
	}

	/** Whether the sheet has two or more single-letter grades of a type number. */
	private static boolean graded(String type, Collection<String> devices) {
		return devices.stream().filter(d -> d.length() == type.length() + 1 && d.startsWith(type)
				&& Character.isLetter(d.charAt(type.length()))).count() >= 2;
	}
}
