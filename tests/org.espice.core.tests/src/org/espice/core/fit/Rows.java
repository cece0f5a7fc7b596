package org.espice.core.fit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.Parameter;
import org.espice.core.Provenance;

/** Hand-built datasheet rows for tests: {@code typ("VF", 0.7, "IF", 0.01)}. */
public final class Rows {

	private Rows() {
	}

	public static Parameter typ(String name, double value, Object... conditions) {
		return new Parameter(name, null, value, null, "", cond(conditions), Provenance.page(2, name));
	}

	public static Parameter max(String name, double value, Object... conditions) {
		return new Parameter(name, null, null, value, "", cond(conditions), Provenance.page(2, name));
	}

	public static Parameter range(String name, Double min, Double max, Object... conditions) {
		return new Parameter(name, min, null, max, "", cond(conditions), Provenance.page(2, name));
	}

	public static Device device(String part, DeviceKind kind, Parameter... rows) {
		return new Device(part, kind, List.of(rows));
	}

	private static Map<String, Double> cond(Object... kv) {
		Map<String, Double> m = new LinkedHashMap<>();
		for (int i = 0; i < kv.length; i += 2) {
			m.put((String) kv[i], ((Number) kv[i + 1]).doubleValue());
		}
		return m;
	}
}
