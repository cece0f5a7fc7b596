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
import org.eclipse.ui.PlatformUI;
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
		int images = 0;
		Pattern link = Pattern.compile("(?:href|src)=\"([^\"#:]+\\.(?:html|png))\"");
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
				if (m.group(1).endsWith(".png")) {
					images++;
				}
				String target = java.net.URI.create(path).resolve(m.group(1)).normalize().toString();
				if (bundle.getEntry(target) == null) {
					missing.add(path + " -> " + m.group(1));
				}
			}
		}
		assertFalse(guide.getTopics().length == 0);
		assertTrue(images > 0, "the guide shows the workbench in screenshots");
		assertTrue(missing.isEmpty(), "missing pages: " + missing);
	}

	@Test
	void theFirstBatchCheatSheetIsContributedWithStepsThatRunRealCommands() throws Exception {
		IConfigurationElement sheet = Arrays.stream(Platform.getExtensionRegistry()
				.getConfigurationElementsFor("org.eclipse.ui.cheatsheets.cheatSheetContent"))
				.filter(e -> UI.equals(e.getContributor().getName()) && "cheatsheet".equals(e.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no cheat sheet contributed"));
		URL content = Platform.getBundle(UI).getEntry(sheet.getAttribute("contentFile"));
		assertNotNull(content, sheet.getAttribute("contentFile"));
		String xml;
		try (InputStream in = content.openStream()) {
			xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		// every command a step runs exists
		Matcher command = Pattern.compile("serialization=\"([\\w.]+)").matcher(xml);
		var commands = PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class);
		int steps = 0;
		while (command.find()) {
			steps++;
			assertTrue(commands.getCommand(command.group(1)).isDefined(), command.group(1));
		}
		assertTrue(steps >= 3, "steps that act: " + steps);

		// a well-formed cheat sheet with an intro and its steps (opening it needs org.eclipse.help.ui, which every
		// Eclipse IDE package has and this test runtime leaves out: it brings the whole help server)
		var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		assertEquals("cheatsheet", doc.getDocumentElement().getTagName());
		assertEquals(1, doc.getElementsByTagName("intro").getLength());
		assertTrue(doc.getElementsByTagName("item").getLength() >= 4);
	}
}
