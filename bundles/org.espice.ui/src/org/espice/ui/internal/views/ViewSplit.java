package org.espice.ui.internal.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.IMemento;

/**
 * The split between the file table and the details. Docked where Eclipse puts the view (a wide, low band at the
 * bottom) the details go beside the table, so the table keeps its height; in a tall place they go below it. The
 * user's proportions are kept across restarts, one for each way.
 */
final class ViewSplit {

	/** Wider than this many times its height: side by side. */
	private static final double WIDE = 1.6;
	private static final String WIDE_KEY = "splitBeside"; //$NON-NLS-1$
	private static final String TALL_KEY = "splitBelow"; //$NON-NLS-1$

	private final SashForm sash;
	private int[] beside = { 55, 45 };
	private int[] below = { 45, 55 };
	/** While the split turns, the children's new bounds are not the user's choice. */
	private boolean turning;

	ViewSplit(SashForm sash, IMemento state) {
		this.sash = sash;
		if (state != null) {
			beside = read(state, WIDE_KEY, beside);
			below = read(state, TALL_KEY, below);
		}
		sash.setSashWidth(5);
		sash.addListener(SWT.Resize, e -> orient());
		orient();
		// a drag of the sash changes the children's bounds: keep the proportion the user chose
		for (var child : sash.getChildren()) {
			child.addListener(SWT.Resize, e -> remember());
		}
	}

	SashForm sash() {
		return sash;
	}

	private boolean wide() {
		Rectangle r = sash.getClientArea();
		return r.width > WIDE * Math.max(1, r.height);
	}

	private void orient() {
		if (sash.getClientArea().width == 0) {
			turning = true;
			sash.setWeights(below);
			turning = false;
			return;
		}
		int want = wide() ? SWT.HORIZONTAL : SWT.VERTICAL;
		if (sash.getOrientation() != want) {
			turning = true;
			try {
				int[] weights = want == SWT.HORIZONTAL ? beside : below;
				sash.setOrientation(want);
				sash.setWeights(weights);
			} finally {
				turning = false;
			}
		}
	}

	private void remember() {
		if (turning || sash.getClientArea().width == 0 || sash.getMaximizedControl() != null) {
			return;
		}
		int[] w = sash.getWeights();
		if (sash.getOrientation() == SWT.HORIZONTAL) {
			beside = w;
		} else {
			below = w;
		}
	}

	void save(IMemento state) {
		remember();
		write(state, WIDE_KEY, beside);
		write(state, TALL_KEY, below);
	}

	private static int[] read(IMemento state, String key, int[] fallback) {
		Integer a = state.getInteger(key + "0"); //$NON-NLS-1$
		Integer b = state.getInteger(key + "1"); //$NON-NLS-1$
		return a != null && b != null && a > 0 && b > 0 ? new int[] { a, b } : fallback;
	}

	private static void write(IMemento state, String key, int[] weights) {
		state.putInteger(key + "0", weights[0]); //$NON-NLS-1$
		state.putInteger(key + "1", weights[1]); //$NON-NLS-1$
	}
}
