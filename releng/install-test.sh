#!/usr/bin/env bash
# Install test: installs org.espice.feature from the built update site into a clean copy of the
# materialised 4.30 product with the p2 director, then starts that Eclipse with every bundle the site
# brought marked to start, and fails if any of them (or a dependency) does not resolve or start. Then it
# removes every UI bundle (SWT, JFace, org.eclipse.ui*, e4 UI, org.espice.ui) from a second copy and runs
# the headless batch application there, which proves that org.espice.eclipse needs no UI.
# Run after the build: releng/mvn -B verify && releng/install-test.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SITE="$ROOT/releng/org.espice.repository/target/repository"
PRODUCT="$ROOT/releng/org.espice.product/target/products/org.espice.ide/linux/gtk/x86_64/espice-ide"
OUT="$ROOT/releng/org.espice.product/target/install-test"
fail() { echo "INSTALL TEST FAILED: $*" >&2; exit 1; }

[ -d "$SITE/plugins" ] || fail "no update site at $SITE (build first)"
[ -d "$PRODUCT/plugins" ] || fail "no materialised product at $PRODUCT (build first)"
rm -rf "$OUT"
mkdir -p "$OUT"
cp -a "$PRODUCT" "$OUT/eclipse"
ECLIPSE="$OUT/eclipse"
LAUNCHER="$(ls "$ECLIPSE"/plugins/org.eclipse.equinox.launcher_*.jar | head -n1)"
[ -f "$LAUNCHER" ] || fail "no equinox launcher in $ECLIPSE/plugins"

echo "== install org.espice.feature from $SITE"
java -jar "$LAUNCHER" -nosplash -consoleLog -data "$OUT/director-ws" \
	-application org.eclipse.equinox.p2.director \
	-repository "file:$SITE" -installIU org.espice.feature.feature.group \
	>"$OUT/director.log" 2>&1 || { rc=$?; cat "$OUT/director.log"; fail "p2 director exited with $rc"; }
cat "$OUT/director.log"
grep -q "Operation completed" "$OUT/director.log" || fail "p2 director did not complete the install"

INFO="$ECLIPSE/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
expected=()
for jar in "$SITE"/plugins/*.jar; do
	case "$(basename "$jar")" in *.source_*) continue ;; esac # source bundles come with the source feature only
	expected+=("$(basename "$jar" .jar | sed 's/_[^_]*$//')")
done
for bsn in org.espice.core org.espice.samples org.espice.cli org.espice.eclipse org.espice.ui; do
	[[ " ${expected[*]} " == *" $bsn "* ]] || fail "$bsn is not on the update site"
done
for bsn in "${expected[@]}"; do
	grep -q "^$bsn," "$INFO" || fail "$bsn from the site is not in the installed configuration ($INFO)"
done
echo "== installed ${#expected[@]} bundles: ${expected[*]}"

# Mark every bundle that came from the site to be started: the framework then resolves and starts each
# one at launch and logs "Unresolved requirement" for any that cannot be.
python3 - "$INFO" "${expected[@]}" <<'PY'
import sys
info, names = sys.argv[1], set(sys.argv[2:])
lines = open(info).read().splitlines()
out = []
for l in lines:
	f = l.split(',')
	if not l.startswith('#') and len(f) == 5 and f[0] in names:
		f[4] = 'true'
	out.append(','.join(f))
open(info, 'w').write('\n'.join(out) + '\n')
PY

echo "== start the installed Eclipse headless: the org.espice.batch application runs a batch on the sample datasheets"
"$ROOT/releng/espice" samples "$OUT/samples" >/dev/null
set +e
java -jar "$LAUNCHER" -nosplash -consoleLog -clean -data "$OUT/ws" -application org.espice.batch \
	-project samples -location "$OUT/samples" >"$OUT/run.log" 2>&1
rc=$?
set -e
LOG="$OUT/ws/.metadata/.log"
[ -f "$LOG" ] && cat "$LOG" >>"$OUT/run.log"
cat "$OUT/run.log"
if grep -nE "Unresolved requirement|Could not resolve module|could not be found in the registry|ClassNotFoundException|NoClassDefFoundError|BundleException" "$OUT/run.log"; then
	fail "bundles did not resolve or start (see $OUT/run.log)"
fi
grep -qE "^[0-9]+ datasheets: [0-9]+ done" "$OUT/run.log" || fail "the ESpice batch application did not run to its summary (exit $rc, see $OUT/run.log)"

echo "== the same application in that Eclipse without its UI bundles"
NOUI="$OUT/eclipse-without-ui"
cp -a "$ECLIPSE" "$NOUI"
UI_BUNDLES='^(org\.eclipse\.(ui|jface|swt|e4\.ui)|org\.espice\.ui)[._,]'
grep -E "$UI_BUNDLES" "$NOUI/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" | cut -d, -f3 |
	while read -r loc; do rm -rf "${NOUI:?}/$loc"; done
grep -vE "$UI_BUNDLES" "$INFO" >"$NOUI/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
! compgen -G "$NOUI/plugins/org.eclipse.swt*" >/dev/null || fail "SWT is still in $NOUI"
"$ROOT/releng/espice" samples "$OUT/samples-without-ui" >/dev/null
set +e
java -jar "$LAUNCHER" -nosplash -consoleLog -clean -data "$OUT/ws-without-ui" -application org.espice.batch \
	-project samples -location "$OUT/samples-without-ui" >"$OUT/run-without-ui.log" 2>&1
rc=$?
set -e
LOG="$OUT/ws-without-ui/.metadata/.log"
[ -f "$LOG" ] && cat "$LOG" >>"$OUT/run-without-ui.log"
cat "$OUT/run-without-ui.log"
if grep -nE "Unresolved requirement.*org\.espice|ClassNotFoundException|NoClassDefFoundError" "$OUT/run-without-ui.log"; then
	fail "ESpice did not resolve or load without the UI bundles (see $OUT/run-without-ui.log)"
fi
grep -qE "^[0-9]+ datasheets: [0-9]+ done" "$OUT/run-without-ui.log" ||
	fail "the batch application did not run without the UI bundles (exit $rc, see $OUT/run-without-ui.log)"

echo "INSTALL TEST PASSED: org.espice.feature installed into a clean $(basename "$PRODUCT"), all ${#expected[@]} bundles from the site started, batch ran, also without the UI bundles"
