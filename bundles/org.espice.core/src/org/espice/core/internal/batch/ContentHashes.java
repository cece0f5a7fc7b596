package org.espice.core.internal.batch;

import java.util.HashMap;
import java.util.Map;

/**
 * The content hash of each item and the first item with each content, so a second copy of a datasheet is
 * skipped. Guarded by the batch lock.
 */
final class ContentHashes {

	private final Map<Integer, String> byItem = new HashMap<>();
	private final Map<String, Integer> firstByHash = new HashMap<>();

	/** The hash of an item computed earlier (also in an earlier process), or null. */
	String of(int index) {
		return byItem.get(index);
	}

	/** Records an item's hash; returns the first item with that content, which may be the item itself. */
	int claim(int index, String hash) {
		byItem.put(index, hash);
		Integer first = firstByHash.putIfAbsent(hash, index);
		return first == null ? index : first;
	}

	/** Restores a hash read from the journal; the lowest index with a content counts as its first. */
	void restore(int index, String hash) {
		byItem.put(index, hash);
		firstByHash.merge(hash, index, Math::min);
	}

	/** A skipped duplicate that runs again is checked again, in case the first copy went away. */
	void forgetFirst(int index) {
		String hash = byItem.get(index);
		if (hash != null) {
			firstByHash.remove(hash, index);
		}
	}

	boolean knows(int index) {
		return byItem.containsKey(index);
	}
}
