package org.espice.core.simulate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;

import org.espice.core.ProcessingException;
import org.espice.core.spice.Dialect;
import org.espice.core.spice.ModelCard;

/** The ngspice the simulation tests run, found as the engine finds it. */
public final class Ngspice {

	private Ngspice() {
	}

	/** The ngspice found; the calling test is skipped (not failed) when there is none. */
	public static NgspiceRunner required() {
		Optional<NgspiceRunner> r = NgspiceRunner.find();
		assumeTrue(r.isPresent(), "ngspice is not on the PATH");
		return r.get();
	}

	/**
	 * The card's ngspice text with one test circuit per point ({@code circuit.apply(k)}, its netlist lines), each
	 * measured at the operating point by {@code measure.apply(k)}; fails the test on a simulator error.
	 */
	public static double[] perPoint(NgspiceRunner runner, ModelCard card, int points, IntFunction<String> circuit,
			IntFunction<String> measure) throws ProcessingException {
		StringBuilder deck = new StringBuilder("* one test circuit per point\n").append(card.render(Dialect.NGSPICE))
				.append('\n');
		StringBuilder print = new StringBuilder();
		for (int k = 0; k < points; k++) {
			deck.append(circuit.apply(k));
			print.append(String.format(Locale.ROOT, "let m%d = %s%nprint m%d%n", k, measure.apply(k), k));
		}
		deck.append(".control\nop\n").append(print).append(".endc\n.end\n");
		NgspiceRunner.Result r = runner.run(deck.toString());
		assertTrue(r.errors().isEmpty(), r.errors() + "\n" + deck);
		double[] out = new double[points];
		for (int k = 0; k < points; k++) {
			out[k] = r.values().get("m" + k);
		}
		return out;
	}
}
