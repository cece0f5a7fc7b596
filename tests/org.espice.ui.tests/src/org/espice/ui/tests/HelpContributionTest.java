package org.espice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/** The user guide in the Eclipse Help: contributed, read by the help system, every page and link there. */
class HelpContributionTest {

	private static final String UI = "org.espice.ui";

	@Test
	void theUserGuideIsAPrimaryTocTheHelpSystemReads() {
		List<IConfigurationElement> ours = Arrays.stream(
				Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.help.toc"))
				.filter(e -> UI.equals(e.getContributor().getName())).toList();
		assertEquals(1, ours.size(), "one toc contribution");
		assertEquals("true", ours.get(0).getAttribute("primary"), "a book of its own in Help Contents");

		IToc guide = Arrays.stream(HelpSystem.getTocs()).filter(t -> t.getLabel().startsWith("ESpice")).findFirst()
				.orElse(null);
		assertNotNull(guide, "the help system lists the guide among " + Arrays.stream(HelpSystem.getTocs())
				.map(IToc::getLabel).toList());
		assertTrue(guide.getTopics().length >= 5, "topics: " + guide.getTopics().length);
	}

	@Test
	void everyTopicAndEveryLinkBetweenPagesIsThere() throws Exception {
		Bundle bundle = Platform.getBundle(UI);
		IToc guide = Arrays.stream(HelpSystem.getTocs()).filter(t -> t.getLabel().startsWith("ESpice")).findFirst()
				.orElseThrow();
		List<String> missing = new ArrayList<>();
		Pattern link = Pattern.compile("href=\"([^\"#:]+\\.html)\"");
		for (ITopic topic : guide.getTopics()) {
			// the help system qualifies hrefs with the bundle: /org.espice.ui/help/html/x.html
			String path = topic.getHref().replaceFirst("^/" + UI + "/", "");
			URL page = bundle.getEntry(path);
			if (page == null) {
				missing.add(topic.getHref());
				continue;
			}
			String html;
			try (InputStream in = page.openStream()) {
				html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			assertTrue(html.contains("<title>") && html.contains("<h1>"), path + " has a title and a heading");
			Matcher m = link.matcher(html);
			while (m.find()) {
				String target = path.substring(0, path.lastIndexOf('/') + 1) + m.group(1);
				if (bundle.getEntry(target) == null) {
					missing.add(path + " -> " + m.group(1));
				}
			}
		}
		assertFalse(guide.getTopics().length == 0);
		assertTrue(missing.isEmpty(), "missing pages: " + missing);
	}
}
