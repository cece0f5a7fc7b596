package org.espice.core.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.espice.core.internal.batch.ModelFileNames;
import org.junit.jupiter.api.Test;

class ModelFileNamesTest {

	@Test
	void sanitisedNamesStayInsideTheFolder() {
		Path out = Path.of("/tmp/out");
		ModelFileNames names = new ModelFileNames(out);
		for (String evil : new String[] { "../x", "..", ".", "/etc/passwd", "a/../../b", "C:\\win\\x", "",
				"\u0000nul", "..\\..\\up", "~/.ssh/id" }) {
			Path p = names.claim(1, ModelFileNames.sanitise(evil), "lib");
			assertEquals(out, p.getParent(), evil + " -> " + p);
			assertTrue(!p.getFileName().toString().startsWith("."), p.toString());
			names.release(1);
		}
		assertEquals("2N7002K", ModelFileNames.sanitise("2N7002K"));
		assertEquals("BSS138_Q", ModelFileNames.sanitise("BSS138 Q"));
		assertEquals("1N4148-ds-1N4148", ModelFileNames.stem("{file}-{part}", "1N4148", "1N4148-ds.pdf", null, null));
	}
}
