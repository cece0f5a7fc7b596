package org.espice.core.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SummaryMailTest {

	@Test
	void durationsReadAsAPersonSaysThem() {
		assertEquals("0 s", SummaryMail.duration(200));
		assertEquals("42 s", SummaryMail.duration(42_000));
		assertEquals("3 min 05 s", SummaryMail.duration(185_000));
		assertEquals("2 h 07 min", SummaryMail.duration((2 * 3600 + 7 * 60 + 30) * 1000L));
	}
}
