package org.espice.core.internal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.espice.core.Parameter;
import org.junit.jupiter.api.Test;

/** The values each part of a datasheet has of its own, as the devices are made of them. */
class DeviceIdentityTest {

	private static Parameter max(String name, double value) {
		return new Parameter(name, null, null, value, "V", Map.of(), null);
	}

	private static List<String> names(List<Parameter> values) {
		return values.stream().map(Parameter::name).toList();
	}

	/**
	 * A tighter VGS(off) bin printed as its own row (ESPJ112_SB5) and a gain group (ESP136-10) are their base parts
	 * where their own rows say nothing: each takes the values it has none of, and keeps its own.
	 */
	@Test
	void variantTakesTheValuesOfItsBasePartThatItsOwnRowsLack() {
		Map<String, List<Parameter>> own = new LinkedHashMap<>();
		own.put("ESPJ112_SB5", new ArrayList<>(List.of(max("VGS_OFF", -5))));
		own.put("ESPJ112", new ArrayList<>(List.of(max("VGS_OFF", -1), max("IDSS", 0.005), max("RDS_ON", 50))));
		own.put("ESP136-10", new ArrayList<>(List.of(max("HFE", 160))));
		own.put("ESP136", new ArrayList<>(List.of(max("VCEO", -45))));
		own.put("ESP1360", new ArrayList<>(List.of(max("VCEO", -60))));
		DeviceIdentity.inheritBases(own);
		assertEquals(List.of("VGS_OFF", "IDSS", "RDS_ON"), names(own.get("ESPJ112_SB5")));
		assertEquals(-5.0, own.get("ESPJ112_SB5").get(0).max(), "its own bin stands");
		assertEquals(List.of("HFE", "VCEO"), names(own.get("ESP136-10")));
		assertEquals(-45.0, own.get("ESP136-10").get(1).max());
		assertEquals(List.of("VCEO"), names(own.get("ESP1360")), "a longer number is another part, no variant");
		assertEquals(List.of("VGS_OFF", "IDSS", "RDS_ON"), names(own.get("ESPJ112")), "the base part is unchanged");
	}
}
