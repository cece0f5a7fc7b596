package org.espice.core.internal.worker;

import java.util.List;
import java.util.Map;

import org.espice.core.DeviceKind;
import org.espice.core.spice.Check;
import org.espice.core.spice.Dialect;
import org.espice.core.spice.FittedModel;
import org.espice.core.spice.ModelParam;

/**
 * A model fitted in a worker process, as the coordinator holds it: its card rendered in every dialect, its
 * parameters with their origins and the checks it was fitted to.
 */
record RemoteModel(String part, DeviceKind kind, String modelName, String cardType, List<ModelParam> parameters,
		List<Check> checks, Map<Dialect, String> texts) implements FittedModel {

	RemoteModel {
		parameters = List.copyOf(parameters);
		checks = List.copyOf(checks);
		texts = Map.copyOf(texts);
	}

	/** The snapshot of a model fitted here, to be sent to the coordinator. */
	static RemoteModel of(FittedModel m) {
		Map<Dialect, String> texts = new java.util.EnumMap<>(Dialect.class);
		for (Dialect d : Dialect.values()) {
			texts.put(d, m.render(d));
		}
		return new RemoteModel(m.part(), m.kind(), m.modelName(), m.cardType(), m.parameters(), m.checks(), texts);
	}

	@Override
	public String render(Dialect dialect) {
		return texts.get(dialect);
	}
}
