package org.espice.core.internal.tables;

/**
 * Where the last row of values was read: the readings it gave and its line. Conditions wrapped onto the next line
 * and unit cells spanning rows refer back to it.
 */
final class LastRow {

	private int start;
	private int end = -1;
	private int page;
	private double baseline;

	void starts(int readings) {
		start = readings;
	}

	void ends(int readings, PageLine at) {
		end = readings;
		at(at);
	}

	/** The line the row's cells reach down to now. */
	void at(PageLine at) {
		page = at.pageNumber();
		baseline = at.baseline();
	}

	void reaches(double lowerBaseline) {
		baseline = lowerBaseline;
	}

	int start() {
		return start;
	}

	int end() {
		return end;
	}

	/** Whether the row gave readings and is still the latest one ({@code readings} readings so far). */
	boolean lastGave(int readings) {
		return end == readings && end > start;
	}

	/** Whether the line lies on the row's page, less than {@code factor} line heights below it. */
	boolean within(PageLine at, double factor) {
		return page == at.pageNumber() && at.baseline() - baseline < factor * at.fontSize();
	}
}
