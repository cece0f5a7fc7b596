package org.espice.core.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** ngspice sees none of the user's environment: only its run folder, the C locale and, on Windows, what it needs. */
class NgspiceEnvironmentTest {

	@Test
	void onlyTheRunFolderAndTheLocaleReachNgspice() {
		Map<String, String> env = new HashMap<>(Map.of("HOME", "/home/user", "PATH", "/usr/bin:/bin",
				"SPICE_LIB_DIR", "/somewhere", "LD_PRELOAD", "/tmp/evil.so"));
		NgspiceRunner.minimalEnvironment(env, Path.of("/tmp/run"), Path.of("/usr/bin/ngspice"));
		assertEquals(Map.of("HOME", "/tmp/run", "TMPDIR", "/tmp/run", "LC_ALL", "C"), env);
	}

	@Test
	void windowsKeepsItsSystemRootAndNgspicesOwnFolder() {
		Map<String, String> env = new HashMap<>(Map.of("SystemRoot", "C:\\Windows", "PATH", "C:\\tools",
				"USERPROFILE", "C:\\Users\\u"));
		NgspiceRunner.minimalEnvironment(env, Path.of("run"), Path.of("ngspice", "bin", "ngspice_con.exe"));
		assertEquals("C:\\Windows", env.get("SystemRoot"));
		assertEquals(Path.of("ngspice", "bin").toAbsolutePath().toString(), env.get("PATH"));
		assertEquals("run", env.get("USERPROFILE"));
	}
}
