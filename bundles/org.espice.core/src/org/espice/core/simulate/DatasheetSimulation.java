package org.espice.core.simulate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
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

	/** The most steady decks of one test temperature that may time out before the rest is left unrun. */
	static final int TIMEOUTS = 8;
	/** The most steady decks of one test temperature run again to isolate points that do not converge. */
	static final int RERUNS = 16;
	/** ngspice's words for an operating point it could not solve. */
	private static final Pattern UNCONVERGED = Pattern.compile(
			"(?i)timestep too small|singular matrix|no convergence|not converge|gmin stepping|source stepping|iteration limit");
	/** Characters of ngspice's error kept in the reason a point has no value. */
	private static final int ERROR_CHARS = 120;

	private DatasheetSimulation() {
	}

	static DatasheetVerification run(Device d, String model, List<DatasheetPoints.Planned> plan, String models,
			ModelVerifier.Instance inst, Runner runner) throws ProcessingException {
		Map<Integer, Check> checks = new LinkedHashMap<>();
		for (int k = 0; k < plan.size(); k++) {
			if (plan.get(k).check() != null) {
				checks.put(k, plan.get(k).check());
			}
		}
		Outcome o = simulate(checks, d.kind(), models, inst, runner);
		List<DatasheetVerification.Point> points = new ArrayList<>();
		List<DatasheetVerification.Skipped> skipped = new ArrayList<>();
		for (int k = 0; k < plan.size(); k++) {
			DatasheetPoints.Planned p = plan.get(k);
			if (p.check() == null) {
				skipped.add(new DatasheetVerification.Skipped(p.row(), p.reason()));
				continue;
			}
			Double v = o.values().get("m" + k);
			double sim = v == null || !Double.isFinite(v) ? Double.NaN : Math.abs(v);
			points.add(new DatasheetVerification.Point(p.check().parameter(), sim, p.fitted()));
		}
		return new DatasheetVerification(d.part(), model, o.steadyLoaded() != Boolean.FALSE, o.errors(), points,
				skipped);
	}

	/**
	 * What the decks gave: the measurements ({@code m<k>} for check k), ngspice's error lines, whether the steady
	 * decks ran clean with values (null when there were none), and whether a transient one did.
	 */
	record Outcome(Map<String, Double> values, List<String> errors, Boolean steadyLoaded, boolean transientLoaded) {
	}

	/**
	 * Runs {@code checks} (by index) in their decks: one per test temperature for the steady ones, one per transient
	 * test. A transient test that does not finish in time costs its own values, named among the errors; a steady deck
	 * that does not finish, or whose operating point does not converge, is run in halves ({@link #steady}), and fails
	 * the run only where none of it finishes or converges.
	 * Without any check, one empty steady deck tells whether the model loads.
	 */
	static Outcome simulate(Map<Integer, Check> checks, DeviceKind kind, String models, ModelVerifier.Instance inst,
			Runner runner) throws ProcessingException {
		Map<Group, Map<Integer, Check>> groups = new LinkedHashMap<>();
		checks.forEach((k, c) -> {
			boolean tran = VerificationDeck.transientRun(c);
			Group g = new Group(temperature(c), tran, tran ? test(c, kind) : null);
			groups.computeIfAbsent(g, x -> new LinkedHashMap<>()).put(k, c);
		});
		if (groups.isEmpty()) {
			groups.put(new Group(null, false, null), Map.of());
		}
		Map<String, Double> values = new LinkedHashMap<>();
		List<String> errors = new ArrayList<>();
		Boolean steady = null;
		boolean tranLoaded = false;
		for (Map.Entry<Group, Map<Integer, Check>> e : groups.entrySet()) {
			Group g = e.getKey();
			NgspiceRunner.Result r;
			try {
				r = g.transientRun() ? run(g, e.getValue(), kind, models, inst, runner)
						: steady(g, e.getValue(), kind, models, inst, runner, errors, new int[] { TIMEOUTS, RERUNS });
			} catch (ProcessingException ex) {
				if (!g.transientRun() || !timedOut(ex)) {
					throw ex;
				}
				// a transient test that does not finish costs its own values, not the part's
				add(errors, List.of(g.test() + ": " + ex.getMessage()));
				continue;
			}
			values.putAll(r.values());
			add(errors, r.errors());
			boolean clean = r.clean() && (!r.values().isEmpty() || e.getValue().isEmpty());
			if (g.transientRun()) {
				tranLoaded |= clean;
			} else {
				steady = (steady == null || steady) && clean;
			}
		}
		return new Outcome(values, errors, steady, tranLoaded);
	}

	/** One deck of {@code checks} at the group's temperature, run. */
	private static NgspiceRunner.Result run(Group g, Map<Integer, Check> checks, DeviceKind kind, String models,
			ModelVerifier.Instance inst, Runner runner) throws ProcessingException {
		VerificationDeck deck = new VerificationDeck(models, inst, kind, g.temperature());
		checks.forEach(deck::add);
		return runner.run(deck.text());
	}

	/**
	 * A steady deck of {@code checks}, and where it does not finish in time, its two halves, each in turn: a model
	 * whose solution hangs at one operating point (a vendor's Darlington at a saturation point, its matrix singular)
	 * costs that point's value, named among the {@code errors}, not the part's verification. Where the one check left
	 * does not finish either, its value is missing; the deck fails as before only where none of it finished. At most
	 * {@code budget[0]} decks may time out in all ({@link #TIMEOUTS}): past that, the halves left are not run, so a
	 * model that hangs everywhere costs minutes, not a timeout per point. A deck that finishes but whose operating
	 * point does not converge has its points run again ({@link #converged}).
	 */
	private static NgspiceRunner.Result steady(Group g, Map<Integer, Check> checks, DeviceKind kind, String models,
			ModelVerifier.Instance inst, Runner runner, List<String> errors, int[] budget) throws ProcessingException {
		NgspiceRunner.Result whole;
		try {
			whole = run(g, checks, kind, models, inst, runner);
		} catch (ProcessingException ex) {
			if (!timedOut(ex) || --budget[0] <= 0 || checks.size() < 2) {
				throw ex;
			}
			return halves(g, checks, kind, models, inst, runner, errors, budget);
		}
		return converged(g, checks, whole, kind, models, inst, runner, errors, budget);
	}

	/**
	 * A steady deck that ran, with the points whose operating point did not converge run again: one such point fails
	 * the deck's analysis, and with it every value of the deck. The points left without a value run again, in halves
	 * while none of them gives one, until each that fails is alone: its value is missing, named among the
	 * {@code errors} with ngspice's first error, and the others stand. At most {@code budget[1]} decks run again
	 * ({@link #RERUNS}); the deck fails as before where no point of it converges.
	 */
	private static NgspiceRunner.Result converged(Group g, Map<Integer, Check> checks, NgspiceRunner.Result whole,
			DeviceKind kind, String models, ModelVerifier.Instance inst, Runner runner, List<String> errors,
			int[] budget) throws ProcessingException {
		Map<Integer, Check> missing = missing(checks, whole);
		if (missing.isEmpty() || checks.size() < 2 || budget[1] <= 0
				|| whole.errors().stream().noneMatch(e -> UNCONVERGED.matcher(e).find())) {
			return whole;
		}
		List<Integer> keys = new ArrayList<>(missing.keySet());
		int mid = missing.size() < checks.size() ? keys.size() : keys.size() / 2;
		Map<String, Double> values = new LinkedHashMap<>(whole.values());
		boolean any = !values.isEmpty();
		List<List<Integer>> parts = mid == keys.size() ? List.of(keys)
				: List.of(keys.subList(0, mid), keys.subList(mid, keys.size()));
		for (List<Integer> half : parts) {
			Map<Integer, Check> part = new LinkedHashMap<>();
			half.forEach(k -> part.put(k, checks.get(k)));
			if (budget[1] <= 0) {
				unfinished(errors, part, "not run again: " + RERUNS + " decks were run again to isolate points that"
						+ " did not converge");
				continue;
			}
			budget[1]--;
			NgspiceRunner.Result r = again(g, part, kind, models, inst, runner, errors, budget);
			if (r == null) {
				continue;
			}
			values.putAll(r.values());
			any |= !r.values().isEmpty();
			Map<Integer, Check> left = r.clean() ? Map.of() : missing(part, r);
			if (!left.isEmpty()) {
				unfinished(errors, left, "did not converge (" + firstError(r) + ")");
			}
		}
		return any ? new NgspiceRunner.Result(whole.exitCode(), whole.output(), values, List.of()) : whole;
	}

	/** The checks that a run gave no value for. */
	private static Map<Integer, Check> missing(Map<Integer, Check> checks, NgspiceRunner.Result r) {
		Map<Integer, Check> out = new LinkedHashMap<>();
		checks.forEach((k, c) -> {
			if (!r.values().containsKey("m" + k)) {
				out.put(k, c);
			}
		});
		return out;
	}

	/** A part of a steady deck run ({@link #steady}); null where it did not finish, named among the errors. */
	private static NgspiceRunner.Result again(Group g, Map<Integer, Check> part, DeviceKind kind, String models,
			ModelVerifier.Instance inst, Runner runner, List<String> errors, int[] budget) throws ProcessingException {
		try {
			return steady(g, part, kind, models, inst, runner, errors, budget);
		} catch (ProcessingException ex) {
			if (!timedOut(ex)) {
				throw ex;
			}
			unfinished(errors, part, ex.getMessage());
			return null;
		}
	}

	/** ngspice's first error line, cut short. */
	private static String firstError(NgspiceRunner.Result r) {
		String e = r.errors().stream().filter(x -> UNCONVERGED.matcher(x).find()).findFirst()
				.orElse(r.errors().isEmpty() ? "no value" : r.errors().get(0));
		return e.length() <= ERROR_CHARS ? e : e.substring(0, ERROR_CHARS) + "...";
	}

	/** Steady points that timed out, in halves of the deck that did not finish. */
	private static NgspiceRunner.Result halves(Group g, Map<Integer, Check> checks, DeviceKind kind, String models,
			ModelVerifier.Instance inst, Runner runner, List<String> errors, int[] budget) throws ProcessingException {
		List<Integer> keys = new ArrayList<>(checks.keySet());
		Map<String, Double> values = new LinkedHashMap<>();
		List<String> found = new ArrayList<>();
		StringBuilder output = new StringBuilder();
		int exit = 0;
		boolean any = false;
		int mid = keys.size() / 2;
		for (List<Integer> half : List.of(keys.subList(0, mid), keys.subList(mid, keys.size()))) {
			Map<Integer, Check> part = new LinkedHashMap<>();
			half.forEach(k -> part.put(k, checks.get(k)));
			if (budget[0] <= 0) {
				String why = "not run: " + TIMEOUTS + " parts of the deck did not finish in time";
				if (Thread.currentThread().isInterrupted()) {
					throw new ProcessingException(FailureCategory.TIMEOUT, why);
				}
				unfinished(errors, part, why);
				continue;
			}
			NgspiceRunner.Result r = again(g, part, kind, models, inst, runner, errors, budget);
			if (r == null) {
				continue;
			}
			any = true;
			values.putAll(r.values());
			found.addAll(r.errors());
			output.append(r.output());
			exit = Math.max(exit, r.exitCode());
		}
		if (!any) {
			throw new ProcessingException(FailureCategory.TIMEOUT,
					"ngspice did not finish any part of the deck in time");
		}
		return new NgspiceRunner.Result(exit, output.toString(), values, found);
	}

	/** Whether a run ended on ngspice's timeout, not on the job's interruption or another failure. */
	private static boolean timedOut(ProcessingException ex) {
		return ex.category() == FailureCategory.TIMEOUT && !Thread.currentThread().isInterrupted();
	}

	/** Names the checks of a part of a deck that gave no values, and why, among the errors. */
	private static void unfinished(List<String> errors, Map<Integer, Check> part, String why) {
		Check c = part.values().iterator().next();
		String which = c.probe() + " " + c.parameter().conditions();
		add(errors, List.of((part.size() == 1 ? which : part.size() + " values from " + which) + ": " + why));
	}

	private static void add(List<String> errors, List<String> more) {
		for (String err : more) {
			if (!errors.contains(err)) {
				errors.add(err);
			}
		}
	}

	/** The transient test a check is measured in: one gate-charge circuit, or one recovery test. */
	private static String test(Check c, DeviceKind kind) {
		return GateChargeProbes.PROBES.contains(c.probe()) ? "qg " + GateChargeProbes.key(c, kind)
				: c.probe() + " " + c.parameter().conditions();
	}

	/** The test temperature of a value, or null for the default one. */
	static Double temperature(Check c) {
		Double t = c.parameter().condition("T");
		return t == null || Math.abs(t - 25) <= 5 ? null : t;
	}
}
