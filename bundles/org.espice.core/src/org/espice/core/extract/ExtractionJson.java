package org.espice.core.extract;

import java.util.List;
import java.util.Map;

import org.espice.core.Device;
import org.espice.core.ExtractionResult;
import org.espice.core.Parameter;
import org.espice.core.Plot;
import org.espice.core.Provenance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON form of an {@link ExtractionResult}, as in {@code ../shared/spec/parameters.md}:
 * {@code file}, {@code devices[{part, kind, aliases, parameters[{name, min, typ, max, unit, conditions, page}]}]},
 * plus {@code failure} for failed files, {@code warnings} when a damaged file was read in part, and {@code source}
 * (page, bbox, row) for every value.
 */
public final class ExtractionJson {

	private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private ExtractionJson() {
	}

	public static ObjectNode toTree(ExtractionResult r) {
		ObjectNode root = MAPPER.createObjectNode();
		root.put("file", r.file());
		root.put("pages", r.pageCount());
		if (r.title() != null) {
			root.put("title", r.title());
		}
		if (r.manufacturer() != null) {
			root.put("manufacturer", r.manufacturer());
		}
		if (r.failure() != null) {
			ObjectNode f = root.putObject("failure");
			f.put("category", r.failure().category().id());
			f.put("message", r.failure().message());
		}
		if (!r.warnings().isEmpty()) {
			ArrayNode w = root.putArray("warnings");
			r.warnings().forEach(w::add);
		}
		ArrayNode devices = root.putArray("devices");
		for (Device d : r.devices()) {
			ObjectNode dn = devices.addObject();
			dn.put("part", d.part());
			dn.put("kind", d.kind().id());
			if (!d.aliases().isEmpty()) {
				ArrayNode codes = dn.putArray("aliases");
				d.aliases().forEach(codes::add);
			}
			ArrayNode ps = dn.putArray("parameters");
			for (Parameter p : d.parameters()) {
				ps.add(parameter(p));
			}
		}
		if (!r.curves().isEmpty()) {
			ArrayNode curves = root.putArray("curves");
			r.curves().forEach(c -> curves.add(plot(c)));
		}
		return root;
	}

	/** One plot as in {@code ../shared/spec/curves.md}. */
	static ObjectNode plot(Plot c) {
		ObjectNode o = MAPPER.createObjectNode();
		o.put("page", c.page());
		ArrayNode box = o.putArray("bbox");
		box.add(round(c.bbox().x0())).add(round(c.bbox().y0())).add(round(c.bbox().x1())).add(round(c.bbox().y1()));
		o.put("caption", c.caption());
		o.put("kind", c.kind().name());
		o.put("drawn_as", c.drawnAs().id());
		axis(o, "x", c.x());
		axis(o, "y", c.y());
		if (c.y2() != null) {
			axis(o, "y2", c.y2());
		}
		if (!c.parts().isEmpty()) {
			ArrayNode parts = o.putArray("parts");
			c.parts().forEach(parts::add);
		}
		ArrayNode series = o.putArray("series");
		for (Plot.Series s : c.series()) {
			ObjectNode sn = series.addObject();
			sn.put("label", s.label());
			ObjectNode cond = sn.putObject("conditions");
			s.conditions().forEach(cond::put);
			if (s.name() != null) {
				sn.put("name", s.name());
			}
			if (s.onY2()) {
				sn.put("axis", "y2");
			}
			ArrayNode pts = sn.putArray("points");
			for (Plot.Point p : s.points()) {
				pts.addArray().add(p.x()).add(p.y());
			}
		}
		if (c.reason() != null) {
			o.put("reason", c.reason());
		}
		if (!c.warnings().isEmpty()) {
			ArrayNode w = o.putArray("warnings");
			c.warnings().forEach(w::add);
		}
		return o;
	}

	private static void axis(ObjectNode o, String key, Plot.Axis a) {
		if (a == null) {
			o.putNull(key);
			return;
		}
		ObjectNode n = o.putObject(key);
		n.put("quantity", a.quantity());
		n.put("unit", a.unit());
		n.put("scale", a.scale().id());
		n.put("min", a.min());
		n.put("max", a.max());
	}

	static ObjectNode parameter(Parameter p) {
		ObjectNode o = MAPPER.createObjectNode();
		o.put("name", p.name());
		putNumber(o, "min", p.min());
		putNumber(o, "typ", p.typ());
		putNumber(o, "max", p.max());
		o.put("unit", p.unit());
		ObjectNode c = o.putObject("conditions");
		for (Map.Entry<String, Double> e : p.conditions().entrySet()) {
			c.put(e.getKey(), e.getValue());
		}
		Provenance s = p.source();
		if (s != null) {
			o.put("page", s.page());
			ObjectNode src = o.putObject("source");
			src.put("page", s.page());
			ArrayNode box = src.putArray("bbox");
			box.add(round(s.x0())).add(round(s.y0())).add(round(s.x1())).add(round(s.y1()));
			src.put("row", s.rowText());
		}
		return o;
	}

	private static double round(double v) {
		return Math.round(v * 10) / 10.0;
	}

	private static void putNumber(ObjectNode o, String key, Double v) {
		if (v == null) {
			o.putNull(key);
		} else {
			o.put(key, v);
		}
	}

	/** One result as an indented JSON document. */
	public static String write(ExtractionResult r) {
		try {
			return MAPPER.writeValueAsString(toTree(r));
		} catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Several results as a JSON array. */
	public static String write(List<ExtractionResult> results) {
		ArrayNode a = MAPPER.createArrayNode();
		results.forEach(r -> a.add(toTree(r)));
		try {
			return MAPPER.writeValueAsString(a);
		} catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}
}
