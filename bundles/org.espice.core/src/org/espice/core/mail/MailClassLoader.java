package org.espice.core.mail;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The context class loader while a mail is sent: Jakarta Mail's own loader (its providers and mailcap), Angus
 * Activation's (the mailcap parser Jakarta Activation finds as a service), then this bundle's. On a flat class path all three are
 * the same loader; in an OSGi framework they are three bundles, and none of them sees the others' resources.
 */
final class MailClassLoader extends ClassLoader {

	static final MailClassLoader INSTANCE = new MailClassLoader();

	private final List<ClassLoader> loaders;

	private MailClassLoader() {
		super(null);
		Set<ClassLoader> set = new LinkedHashSet<>();
		set.add(jakarta.mail.Session.class.getClassLoader());
		set.add(org.eclipse.angus.activation.MailcapRegistryProviderImpl.class.getClassLoader());
		set.add(jakarta.activation.DataHandler.class.getClassLoader());
		set.add(MailClassLoader.class.getClassLoader());
		set.remove(null);
		loaders = List.copyOf(set);
	}

	@Override
	protected Class<?> findClass(String name) throws ClassNotFoundException {
		for (ClassLoader l : loaders) {
			try {
				return l.loadClass(name);
			} catch (ClassNotFoundException e) {
				// the next one
			}
		}
		throw new ClassNotFoundException(name);
	}

	@Override
	protected URL findResource(String name) {
		for (ClassLoader l : loaders) {
			URL u = l.getResource(name);
			if (u != null) {
				return u;
			}
		}
		return null;
	}

	@Override
	protected Enumeration<URL> findResources(String name) throws IOException {
		Set<URL> urls = new LinkedHashSet<>();
		for (ClassLoader l : loaders) {
			urls.addAll(Collections.list(l.getResources(name)));
		}
		return Collections.enumeration(new ArrayList<>(urls));
	}
}
