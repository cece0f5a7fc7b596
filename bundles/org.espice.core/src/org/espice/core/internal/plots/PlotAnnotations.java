package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.List;

import org.espice.core.Device;
import org.espice.core.Parameter;
import org.espice.core.Plot;
import org.espice.core.Provenance;

/**
 * Values the tables took from text inside a plot: a symbol set beside a curve ("VCEO" on a safe operating area) and a
 * number next to it on the same line (a curve's "3 V", the next plot's "1.5") read as a row. A plot whose axes were
 * read is a drawing, and the words inside its frame are its annotations, not rows of a table.
 */
public final class PlotAnnotations {

	private PlotAnnotations() {
	}

	/**
	 * The devices without the values whose row's centre lies inside the frame of a plot of the same page whose two
	 * axes were read; the devices as they were when that would leave none of them a value.
	 */
	public static List<Device> outside(List<Device> devices, List<Plot> plots) {
		List<Plot> read = plots.stream().filter(p -> p.x() != null && p.y() != null && p.bbox() != null).toList();
		if (read.isEmpty()) {
			return devices;
		}
		List<Device> out = new ArrayList<>();
		for (Device d : devices) {
			List<Parameter> kept = d.parameters().stream().filter(p -> !inside(p.source(), read)).toList();
			out.add(kept.size() == d.parameters().size() ? d : d.withParameters(kept));
		}
		return out.stream().allMatch(d -> d.parameters().isEmpty()) ? devices : out;
	}

	private static boolean inside(Provenance s, List<Plot> read) {
		if (s == null) {
			return false;
		}
		double cx = (s.x0() + s.x1()) / 2;
		double cy = (s.y0() + s.y1()) / 2;
		for (Plot p : read) {
			Plot.Box b = p.bbox();
			if (p.page() == s.page() && cx > b.x0() && cx < b.x1() && cy > b.y0() && cy < b.y1()) {
				return true;
			}
		}
		return false;
	}
}
