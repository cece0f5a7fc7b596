package org.espice.core.simulate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.espice.core.Device;
import org.espice.core.FailureCategory;
import org.espice.core.ProcessingException;
import org.espice.core.spice.Check;

/**
 * Runs the planned datasheet points of one part in ngspice, in as few decks as the tests need: one per test
 * temperature ({@code .temp}; values without a temperature, or at 25 +- 5 degC, run at ngspice's default 27 degC,
 * the temperature the models are fitted at), and each transient test (a gate-charge test with its QG, QGS and QGD,
 * a reverse recovery) in a deck of its own: a transient that ngspice aborts ("timestep too small") loses only the
 * measurements of its own test past that time, and one that does not finish in time only its own values, not those of
 * the other tests or the part's verification.
 */
final class DatasheetSimulation {

	/** Runs one deck text and returns what ngspice printed. */
	interface Runner {
		NgspiceRunner.Result run(String deck) throws ProcessingException;
	}

	/** @param test the transient test's conditions (null for the steady analyses) */
	private record Group(Double temperature, boolean transientRun, String test) {
	}

	private DatasheetSimulation() {
	}

	static DatasheetVerification run(Device d, String model, List<DatasheetPoints.Planned> plan, String models,
			ModelVerifier.Instance inst, Runner runner) throws ProcessingException {
		Map<Group, Map<Integer, Check>> groups = new LinkedHashMap<>();
		for (int k = 0; k < plan.size(); k++) {
			Check c = plan.get(k).check();
			if (c != null) {
				boolean tran = VerificationDeck.transientRun(c);
				Group g = new Group(temperature(c), tran, tran ? test(c, d) : null);
				groups.computeIfAbsent(g, x -> new LinkedHashMap<>()).put(k, c);
			}
		}
		Map<String, Double> values = new LinkedHashMap<>();
		List<String> errors = new ArrayList<>();
		boolean loaded = true;
		for (Map.Entry<Group, Map<Integer, Check>> e : groups.entrySet()) {
			VerificationDeck deck = new VerificationDeck(models, inst, d.kind(), e.getKey().temperature());
			e.getValue().forEach(deck::add);
			NgspiceRunner.Result r;
			try {
				r = runner.run(deck.text());
			} catch (ProcessingException ex) {
				if (!e.getKey().transientRun() || ex.category() != FailureCategory.TIMEOUT
						|| Thread.currentThread().isInterrupted()) {
					throw ex;
				}
				// a transient test that does not finish costs its own values, not the part's
				String why = e.getKey().test() + ": " + ex.getMessage();
				if (!errors.contains(why)) {
					errors.add(why);
				}
				continue;
			}
			values.putAll(r.values());
			for (String err : r.errors()) {
				if (!errors.contains(err)) {
					errors.add(err);
				}
			}
			if (!e.getKey().transientRun() && (!r.clean() || r.values().isEmpty())) {
				loaded = false;
			}
		}
		List<DatasheetVerification.Point> points = new ArrayList<>();
		List<DatasheetVerification.Skipped> skipped = new ArrayList<>();
		for (int k = 0; k < plan.size(); k++) {
			DatasheetPoints.Planned p = plan.get(k);
			if (p.check() == null) {
				skipped.add(new DatasheetVerification.Skipped(p.row(), p.reason()));
				continue;
			}
			Double v = values.get("m" + k);
			double sim = v == null || !Double.isFinite(v) ? Double.NaN : Math.abs(v);
			points.add(new DatasheetVerification.Point(p.check().parameter(), sim, p.fitted()));
		}
		return new DatasheetVerification(d.part(), model, loaded, errors, points, skipped);
	}

	/** The transient test a check is measured in: one gate-charge circuit, or one recovery test. */
	private static String test(Check c, Device d) {
		return GateChargeProbes.PROBES.contains(c.probe()) ? "qg " + GateChargeProbes.key(c, d.kind())
				: c.probe() + " " + c.parameter().conditions();
	}

	/** The test temperature of a value, or null for the default one. */
	static Double temperature(Check c) {
		Double t = c.parameter().condition("T");
		return t == null || Math.abs(t - 25) <= 5 ? null : t;
	}
}
