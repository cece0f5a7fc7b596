package org.espice.core.internal.batch;

import java.nio.file.Path;

import org.espice.core.DeviceKind;
import org.espice.core.batch.BatchConfig;
import org.espice.core.batch.ValidationLimits;
import org.espice.core.spice.Dialect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON form of a {@link BatchConfig}, shared by presets and journals. Written by hand so that a preset
 * stays readable, missing keys take their defaults and unknown keys are ignored.
 */
public final class ConfigJson {

	public static final ObjectMapper MAPPER = new ObjectMapper();

	private ConfigJson() {
	}

	public static ObjectNode toJson(BatchConfig c) {
		ObjectNode n = MAPPER.createObjectNode();
		n.put("parallelism", c.parallelism());
		n.put("timeoutSeconds", c.timeoutSeconds());
		n.put("retries", c.retries());
		n.put("backoffMillis", c.backoffMillis());
		if (c.outputFolder() != null) {
			n.put("outputFolder", c.outputFolder().toString());
		}
		n.put("dialect", c.dialect().id());
		if (c.kindOverride() != null) {
			n.put("kindOverride", c.kindOverride().id());
		}
		n.put("naming", c.naming());
		n.put("previewBeforeWrite", c.previewBeforeWrite());
		n.put("maxBytes", c.limits().maxBytes());
		n.put("maxPages", c.limits().maxPages());
		n.put("minFreeBytes", c.minFreeBytes());
		return n;
	}

	/** @throws IllegalArgumentException with the offending key when a value is out of range or unknown */
	public static BatchConfig fromJson(JsonNode n) {
		BatchConfig d = BatchConfig.defaults();
		ValidationLimits limits = new ValidationLimits(n.path("maxBytes").asLong(d.limits().maxBytes()),
				n.path("maxPages").asInt(d.limits().maxPages()));
		String out = n.path("outputFolder").asText(null);
		String kind = n.path("kindOverride").asText(null);
		String dialect = n.path("dialect").asText(d.dialect().id());
		Dialect dl;
		try {
			dl = Dialect.fromId(dialect);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("Unknown dialect '" + dialect + "'; expected ngspice, ltspice or pspice");
		}
		return new BatchConfig(n.path("parallelism").asInt(d.parallelism()),
				n.path("timeoutSeconds").asLong(d.timeoutSeconds()), n.path("retries").asInt(d.retries()),
				n.path("backoffMillis").asLong(d.backoffMillis()), out == null ? null : Path.of(out), dl,
				kind == null || kind.isBlank() ? null : DeviceKind.fromId(kind), n.path("naming").asText(d.naming()),
				n.path("previewBeforeWrite").asBoolean(d.previewBeforeWrite()), limits,
				n.path("minFreeBytes").asLong(d.minFreeBytes()));
	}
}
