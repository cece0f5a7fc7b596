package org.espice.core.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

@Command(name = "model", description = "Extracts datasheets and writes SPICE models.")
final class ModelCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		return 0;
	}
}
