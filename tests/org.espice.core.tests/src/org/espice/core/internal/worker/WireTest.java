package org.espice.core.internal.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.ExtractionResult;
import org.espice.core.FailureCategory;
import org.espice.core.Parameter;
import org.espice.core.Provenance;
import org.espice.core.WorkStep;
import org.espice.core.batch.FileResult;
import org.espice.core.batch.PartFailure;
import org.junit.jupiter.api.Test;

/** The worker's frames read back as they were written, amid noise, in any chunking, and never without bound. */
class WireTest {

	private static List<Wire.Frame> frames(String text, int max, int chunk) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		// a stream that hands out at most `chunk` bytes a read, as a pipe may
		InputStream in = new ByteArrayInputStream(bytes) {
			@Override
			public synchronized int read(byte[] b, int off, int len) {
				return super.read(b, off, Math.min(len, chunk));
			}
		};
		Wire.LineReader r = new Wire.LineReader(in, max);
		List<Wire.Frame> out = new ArrayList<>();
		for (String line; (line = r.readLine()) != null;) {
			Wire.Frame f = Wire.parse(line);
			if (f != null) {
				out.add(f);
			}
		}
		return out;
	}

	@Test
	void framesReadBackAmidStrayOutputInAnyChunking() throws Exception {
		Parameter vf = new Parameter("VF", null, 0.7, 1.0, "V", Map.of("IF", 0.01), Provenance.page(1, "VF µ ±"));
		ExtractionResult x = new ExtractionResult("a.pdf", 1, "A", "M",
				List.of(new Device("D1", DeviceKind.DIODE, List.of(vf))), null);
		FileResult r = new FileResult(x, List.of(), List.of(new PartFailure("D1", FailureCategory.FIT_FAILED, "no IS")),
				5, 7);
		String text = "noise without end of line" + Wire.hello(42) + "\u0000\u00ff binary\n" + Wire.beat()
				+ Wire.progress(3, WorkStep.FITTING, 0.5) + Wire.done(3, r) + Wire.failed(4, FailureCategory.CRASH, "why")
				+ Wire.cancelled(5);
		for (int chunk : new int[] { 1, 7, 4096 }) {
			List<Wire.Frame> f = frames(text, Wire.MAX_FRAME_BYTES, chunk);
			assertEquals(6, f.size(), "chunk " + chunk + ": " + f);
			assertEquals(new Wire.Hello(42), f.get(0));
			assertEquals(new Wire.Progress(3, WorkStep.FITTING, 0.5), f.get(2));
			Wire.Done done = assertInstanceOf(Wire.Done.class, f.get(3));
			assertEquals(r, done.result());
			assertEquals(new Wire.Failed(4, FailureCategory.CRASH, "why"), f.get(4));
			assertEquals(new Wire.Cancelled(5), f.get(5));
		}
	}

	@Test
	void aLineLongerThanTheLimitIsSkippedNotHeld() throws Exception {
		String text = "x".repeat(10_000) + Wire.PREFIX + "{\"t\":\"beat\"}" + "y".repeat(10_000) + "\n" + Wire.beat();
		List<Wire.Frame> f = frames(text, 1000, 512);
		assertEquals(List.of(new Wire.Beat()), f);
	}

	@Test
	void aBrokenFrameIsMalformedAndANonFrameIsNothing() {
		assertInstanceOf(Wire.Malformed.class, Wire.parse(Wire.PREFIX + "{not json"));
		assertInstanceOf(Wire.Malformed.class, Wire.parse(Wire.PREFIX + "{\"t\":\"launch\"}"));
		assertNull(Wire.parse("espice {\"t\":\"beat\"}"));
	}
}
