package org.espice.core.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

@Command(name = "extract", description = "Reads datasheets and prints their parameters.")
final class ExtractCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		return 0;
	}
}
