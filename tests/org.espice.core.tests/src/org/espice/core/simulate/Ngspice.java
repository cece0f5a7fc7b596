package org.espice.core.simulate;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;

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
}
