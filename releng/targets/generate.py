#!/usr/bin/env python3
"""Generates a pinned Eclipse target platform (releng/targets/<name>.target) from a roots file.

Every POM is resolved through `mvn` (the configured repositories, no host names here), then read
from the local repository. The roots file names the Eclipse bundles the product and the tests
need; the generator walks their POM dependencies within org.eclipse.* and pins every artifact it
meets at the highest version any POM of the set asks for. Eclipse's POMs name the versions of
the same release, except a few open ranges (EMF's "[2.35.0,)"), which only contribute their lower
bound, so a set never drifts into a newer release. The root versions come from the roots file,
or, with "cutoff YYYYMMDD", are the newest versions whose jar was built (Bundle-Version qualifier)
on or before that day: the release's own build date. Without a cutoff the newest version wins,
which is the latest release. Third-party dependencies of the set are listed, in every version the set
names, as roots of a transitive location; hand-written fixes (bnd wrapping, replaced versions) come from the roots
file's verbatim sections.

Usage: releng/targets/generate.py releng/targets/eclipse-4.30/eclipse-4.30.roots   (writes eclipse-4.30.target beside it)
"""
import os, re, subprocess, sys, tempfile, zipfile
import xml.etree.ElementTree as ET

NS = {'m': 'http://maven.apache.org/POM/4.0.0'}
MVN = os.environ.get('MVN', 'mvn')
DEP_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1'


def vkey(v):
	return [int(p) if p.isdigit() else p for p in re.split(r'[.\-]', v)]


def local_repo():
	out = subprocess.run([MVN, '-B', '-q', '-Dstyle.color=never', 'help:evaluate', '-Dexpression=settings.localRepository', '-DforceStdout'],
		cwd=tempfile.gettempdir(), capture_output=True, text=True, check=True).stdout.strip()
	return re.sub(r'\x1b\[[0-9;]*m', '', out.splitlines()[-1]).strip()


def resolve(coords, ext='pom'):
	"""Makes mvn download the given (g, a, v) artifacts (v may be a range) without their dependencies."""
	if not coords:
		return
	deps = ''.join(
		'<dependency><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version><type>%s</type>'
		'<exclusions><exclusion><groupId>*</groupId><artifactId>*</artifactId></exclusion></exclusions></dependency>'
		% (g, a, v, ext) for g, a, v in sorted(coords))
	with tempfile.TemporaryDirectory() as d:
		with open(os.path.join(d, 'pom.xml'), 'w') as f:
			f.write('<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
				'<groupId>gen</groupId><artifactId>gen</artifactId><version>1</version><packaging>pom</packaging>'
				'<dependencies>%s</dependencies></project>' % deps)
		r = subprocess.run([MVN, '-B', '-q', '-Dstyle.color=never', DEP_PLUGIN + ':resolve'], cwd=d, capture_output=True, text=True)
		if r.returncode != 0:
			sys.exit('mvn could not resolve:\n' + r.stdout[-4000:] + r.stderr[-2000:])


def path(repo, g, a, v, ext):
	return os.path.join(repo, *g.split('.'), a, v, '%s-%s.%s' % (a, v, ext))


def versions(repo, g, a):
	d = os.path.join(repo, *g.split('.'), a)
	found = set()
	for n in os.listdir(d):
		if n.startswith('maven-metadata') and n.endswith('.xml'):
			for v in ET.parse(os.path.join(d, n)).getroot().iter('version'):
				found.add(v.text.strip())
	return sorted(found, key=vkey)


def qualifier_date(jar):
	with zipfile.ZipFile(jar) as z:
		mf = re.sub(r'\r?\n ', '', z.read('META-INF/MANIFEST.MF').decode('utf-8', 'replace'))
	m = re.search(r'^Bundle-Version:\s*\S+?\.v?(\d{8})', mf, re.M)
	return m.group(1) if m else None


def built_by(repo, g, a, v, cutoff):
	if not os.path.isfile(path(repo, g, a, v, 'jar')):
		resolve([(g, a, v)], 'jar')
	q = qualifier_date(path(repo, g, a, v, 'jar'))
	return q is not None and q <= cutoff


def pom_deps(pom):
	root = ET.parse(pom).getroot()
	for d in root.findall('m:dependencies/m:dependency', NS):
		get = lambda t: (d.findtext('m:' + t, default='', namespaces=NS) or '').strip()
		if get('optional') == 'true' or get('scope') in ('test', 'provided', 'system'):
			continue
		yield get('groupId'), get('artifactId'), get('version')


def lower_bound(v):
	"""'3.2.0' stays; '[2.35.0,)' and '[1.0,2.0)' give their lower bound."""
	m = re.match(r'^[\[(]\s*([^,\]\)]*)', v)
	return (m.group(1).strip() or None) if m else v


def main(roots_file):
	name = os.path.splitext(os.path.basename(roots_file))[0]
	lines = open(roots_file).read().split('\n')
	header, roots, cutoff, verbatim, exclude, section = None, [], None, [], set(), None
	for line in lines:
		s = line.strip()
		if section == 'verbatim':
			if s == 'end verbatim':
				section = None
			else:
				verbatim.append(line)
			continue
		if not s or s.startswith('#'):
			continue
		if s.startswith('name '):
			header = s[5:]
		elif s.startswith('cutoff '):
			cutoff = s.split()[1]
		elif s.startswith('exclude '):
			exclude.add(s.split()[1])
		elif s == 'verbatim':
			section = 'verbatim'
		else:
			parts = s.split(':')
			roots.append((parts[0], parts[1], parts[2] if len(parts) > 2 else None))
	repo = local_repo()

	# Root versions: given, or the newest built on or before the cutoff day.
	open_roots = [(g, a) for g, a, v in roots if v is None]
	resolve([(g, a, '[0,)') for g, a in open_roots])
	chosen = {}
	for g, a, v in roots:
		if v is None:
			candidates = list(reversed(versions(repo, g, a)))
			for c in candidates:
				if cutoff is None:
					v = c
					break
				if built_by(repo, g, a, c, cutoff):
					v = c
					break
			if v is None:
				sys.exit('no version of %s:%s built by %s' % (g, a, cutoff))
		chosen[(g, a)] = v
		print('root %s:%s:%s' % (g, a, v), file=sys.stderr)

	# Walk the org.eclipse.* POMs, raising a version whenever some POM of the set asks for more.
	third_party = {}
	ranged = {}
	fetched = set()
	pending = set((g, a, v) for (g, a), v in chosen.items())
	while pending:
		resolve(pending)
		walk, pending = pending, set()
		for g, a, v in walk:
			fetched.add((g, a, v))
			for dg, da, dv in pom_deps(path(repo, g, a, v, 'pom')):
				if '%s:%s' % (dg, da) in exclude or '${' in dg + da + dv:
					continue
				want = lower_bound(dv)
				if want and dv != want:
					ranged.setdefault((dg, da), set()).add(want)
					continue
				if not dg.startswith('org.eclipse.'):
					# Keep every version the set names: bundles of one release may import different
					# major versions (jakarta.annotation 2 and 3), and OSGi holds both side by side.
					if want:
						third_party.setdefault((dg, da), set()).add(want)
					continue
				if want and vkey(want) > vkey(chosen.get((dg, da), '0')):
					chosen[(dg, da)] = want
		# A range only matters when nothing else pins the artifact: then take the lowest published
		# version that meets every lower bound (the bound itself may never have reached Maven Central).
		loose = [k for k in ranged if k not in chosen and k not in third_party]
		resolve([(g, a, '[0,)') for g, a in loose])
		for g, a in loose:
			floor = max(ranged[(g, a)], key=vkey)
			fits = [v for v in versions(repo, g, a) if vkey(v) >= vkey(floor)]
			if g.startswith('org.eclipse.'):
				# Range bounds are often far below what the manifests need: take the release's own
				# build (by the cutoff), or without a cutoff the newest.
				fits = [v for v in reversed(fits) if cutoff is None or built_by(repo, g, a, v, cutoff)][:1]
			if not fits:
				sys.exit('no published version of %s:%s >= %s' % (g, a, floor))
			if g.startswith('org.eclipse.'):
				chosen[(g, a)] = fits[0]
			else:
				third_party[(g, a)] = {fits[0]}
		ranged.clear()
		for (g, a), v in chosen.items():
			if (g, a, v) not in fetched:
				pending.add((g, a, v))

	def dep(g, a, v):
		return ('\t\t\t\t<dependency><groupId>%s</groupId><artifactId>%s</artifactId>'
			'<version>%s</version><type>jar</type></dependency>' % (g, a, v))

	out = ['<?xml version="1.0" encoding="UTF-8"?>', '<?pde version="3.8"?>',
		'<!-- Generated by releng/targets/generate.py from %s; edit that file, not this one. -->' % os.path.basename(roots_file),
		'<target name="%s" sequenceNumber="1">' % header, '\t<locations>',
		'\t\t<location includeDependencyDepth="none" includeSource="false" missingManifest="error" type="Maven" label="Eclipse platform (pinned)">',
		'\t\t\t<dependencies>']
	out += [dep(g, a, v) for (g, a), v in sorted(chosen.items())]
	out += ['\t\t\t</dependencies>', '\t\t</location>',
		'\t\t<location includeDependencyDepth="infinite" includeDependencyScopes="compile,runtime" includeSource="false" missingManifest="generate" type="Maven" label="Eclipse platform third-party">',
		'\t\t\t<dependencies>']
	out += [dep(g, a, v) for (g, a), vs in sorted(third_party.items()) for v in sorted(vs, key=vkey)]
	out += ['\t\t\t</dependencies>', '\t\t</location>']
	out += verbatim
	out += ['\t</locations>', '</target>', '']
	target = os.path.join(os.path.dirname(roots_file), name + '.target')
	with open(target, 'w') as f:
		f.write('\n'.join(out))
	print('wrote %s: %d Eclipse artifacts, %d third-party roots' % (target, len(chosen), len(third_party)), file=sys.stderr)


if __name__ == '__main__':
	if len(sys.argv) != 2:
		sys.exit(__doc__)
	main(sys.argv[1])
