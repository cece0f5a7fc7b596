package org.espice.core.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Report cells from outside text: no spreadsheet formula, no broken Markdown table, no HTML. */
class ReportTextTest {

	@Test
	void aCsvCellNeverStartsAFormula() {
		assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", ReportText.csv("=HYPERLINK(\"http://x\",\"y\")"));
		assertEquals("'+1", ReportText.csv("+1"));
		assertEquals("'-2+3", ReportText.csv("-2+3"));
		assertEquals("'@SUM(A1)", ReportText.csv("@SUM(A1)"));
		assertEquals("' =1", ReportText.csv("\t=1"));
		assertEquals("plain.pdf", ReportText.csv("plain.pdf"));
		assertEquals("\"a,b\"", ReportText.csv("a,b"));
		assertEquals("X .control shell touch INJECTED .endc *.pdf",
				ReportText.csv("X\n.control\nshell touch INJECTED\n.endc\n*.pdf"));
	}

	@Test
	void aMarkdownCellStaysInItsTableAndShowsAsText() {
		assertEquals("a\\|b c", ReportText.markdown("a|b\nc"));
		assertEquals("\\<img src=x onerror=alert(1)\\>", ReportText.markdown("<img src=x onerror=alert(1)>"));
		assertEquals("\\[x\\](javascript:alert(1))", ReportText.markdown("[x](javascript:alert(1))"));
		assertEquals("\\`code\\` \\*b\\* a\\_b", ReportText.markdown("`code` *b* a_b"));
	}
}
