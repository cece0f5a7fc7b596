package org.espice.core.fit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.ExtractionResult;
import org.espice.core.Parameter;
import org.espice.core.Provenance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The hand-made corpus labels ({@code shared/corpus/dev/labels.json}) as extraction results, to test fitters alone. */
public final class LabelDevices {

	private LabelDevices() {
	}

	/** The shared folder found by walking up from the working directory, if present. */
	public static Optional<Path> shared() {
		for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
			for (Path s : List.of(p.resolve("shared"), p.resolveSibling("shared"))) {
				if (s != null && Files.isRegularFile(s.resolve("corpus/dev/labels.json"))) {
					return Optional.of(s);
				}
			}
		}
		return Optional.empty();
	}

	public static List<ExtractionResult> load(Path labels) throws IOException {
		JsonNode root = new ObjectMapper().readTree(labels.toFile());
		List<ExtractionResult> out = new ArrayList<>();
		root.fields().forEachRemaining(e -> {
			JsonNode v = e.getValue();
			List<Parameter> params = new ArrayList<>();
			for (JsonNode p : v.get("parameters")) {
				Map<String, Double> cond = new LinkedHashMap<>();
				p.path("conditions").fields().forEachRemaining(c -> {
					if (c.getValue().isNumber()) {
						cond.put(c.getKey(), c.getValue().asDouble());
					}
				});
				params.add(new Parameter(p.get("name").asText(), num(p.get("min")), num(p.get("typ")),
						num(p.get("max")), p.path("unit").asText(""), cond,
						Provenance.page(p.path("page").asInt(0), "labels.json")));
			}
			Device d = new Device(v.get("part").asText(), DeviceKind.fromId(v.get("kind").asText()), params);
			out.add(new ExtractionResult(e.getKey(), 0, null, v.path("manufacturer").asText(null), List.of(d), null));
		});
		return out;
	}

	private static Double num(JsonNode n) {
		return n == null || n.isNull() || !n.isNumber() ? null : n.asDouble();
	}
}
