package org.espice.core.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.ExtractionResult;
import org.espice.core.Parameter;
import org.espice.core.ProcessingException;
import org.espice.core.Provenance;
import org.espice.core.TaskMonitor;
import org.espice.core.fit.ModelBuilder;
import org.espice.core.spice.Dialect;
import org.espice.core.spice.FittedModel;
import org.junit.jupiter.api.Test;

/** A family's parts with the same values are fitted once; each still gets its own model, as a fit would write it. */
class FamilyFitTest {

	private static Parameter p(String name, double typ, String unit, Map<String, Double> at) {
		return new Parameter(name, null, typ, null, unit, at, Provenance.page(1, name));
	}

	@Test
	void partsWithTheSameValuesAreFittedOnceAndEachGetsItsOwnModel() {
		List<Parameter> values = List.of(p("VF", 0.72, "V", Map.of("IF", 0.01)), p("VF", 0.95, "V", Map.of("IF", 0.1)),
				p("IR", 5e-9, "A", Map.of("VR", 50.0)), p("CT", 2e-12, "F", Map.of("VR", 0.0)),
				p("VRRM", 100, "V", Map.of()));
		Device a = new Device("FAM100", DeviceKind.DIODE, values);
		Device b = new Device("FAM100A", DeviceKind.DIODE, values, List.of("FAM100A-T1"));
		Device c = new Device("FAM200", DeviceKind.DIODE, List.of(p("VF", 0.8, "V", Map.of("IF", 0.01)),
				p("VRRM", 200, "V", Map.of())));
		ExtractionResult x = new ExtractionResult("fam.pdf", 1, "FAM", "Test", List.of(a, b, c), null);
		AtomicInteger fits = new AtomicInteger();
		ModelBuilder builder = new ModelBuilder();
		FileWork counting = new FileWork() {
			@Override
			public ExtractionResult read(Path pdf, TaskMonitor monitor) {
				return x;
			}

			@Override
			public FittedModel fit(Device device, ExtractionResult source, TaskMonitor monitor)
					throws ProcessingException {
				fits.incrementAndGet();
				return builder.fit(device, source, monitor);
			}
		};
		FileResult r = counting.fitAll(x, 0, TaskMonitor.NONE);
		assertEquals(2, fits.get(), "FAM100A shares FAM100's values: one fit for both");
		assertEquals(List.of("FAM100", "FAM100A", "FAM200"), r.models().stream().map(FittedModel::part).toList());
		FittedModel own;
		try {
			own = builder.fit(b, x, TaskMonitor.NONE);
		} catch (ProcessingException e) {
			throw new AssertionError(e);
		}
		for (Dialect d : Dialect.values()) {
			assertEquals(own.render(d), r.models().get(1).render(d), "FAM100A as its own fit would write it, " + d);
		}
	}
}
