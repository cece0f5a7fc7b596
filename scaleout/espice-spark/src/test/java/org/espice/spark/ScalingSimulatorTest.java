package org.espice.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ScalingSimulatorTest {

	private static final List<ScalingSimulator.Sample> SAMPLES = List.of(new ScalingSimulator.Sample(200, 100_000),
			new ScalingSimulator.Sample(400, 300_000), new ScalingSimulator.Sample(300, 200_000));

	@Test
	void oneCoreIsFullyUsedAndCpuBound() {
		ScalingSimulator.Outcome o = ScalingSimulator.simulate(SAMPLES, 10_000, 1, 1, 1000, 2, 1);
		assertTrue(o.efficiency() > 0.98, "efficiency " + o.efficiency());
		assertEquals("CPU (reading and fitting)", o.bound());
		assertEquals(3000, o.seconds(), 150, "10,000 files of 300 ms on average");
	}

	@Test
	void manyCoresWaitForTheDriverUnlessTasksHoldSeveralFiles() {
		ScalingSimulator.Outcome single = ScalingSimulator.simulate(SAMPLES, 100_000, 1, 512, 1e6, 2, 1);
		assertEquals("driver (task launches)", single.bound(), "500 launches a second feed 150 cores of 300 ms tasks");
		ScalingSimulator.Outcome grouped = ScalingSimulator.simulate(SAMPLES, 100_000, 8, 512, 1e6, 2, 1);
		assertTrue(grouped.efficiency() > 2 * single.efficiency(), single + " vs " + grouped);
	}

	@Test
	void slowStorageBoundsTheReads() {
		ScalingSimulator.Outcome o = ScalingSimulator.simulate(SAMPLES, 100_000, 1, 64, 10, 0.1, 1);
		assertEquals("storage (reads)", o.bound());
	}
}
