#!/usr/bin/env bash
# Smoke test of the Linux installer: builds the .deb (mvn -Pinstaller), unpacks it with dpkg-deb -x
# into a temporary folder and runs the packaged launcher headless: --version, then demo and
# summary --json on a temporary database. Also checks the package's metadata (version, GTK 3
# dependency, desktop entry, icon) and that no maintainer script deletes anything in a home folder.
#
#   installer/smoke-test.sh              build, then test
#   SMOKE_SKIP_BUILD=1 installer/smoke-test.sh   test the .deb already in target/installer/
#
# The build here uses gzip inside the .deb (DPKG_DEB_COMPRESSOR_TYPE) because xz costs minutes on a
# busy 2-core machine; a release build (plain `mvn -Pinstaller package`) keeps dpkg's default, xz.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
fail() { echo "smoke-test: FAIL: $*" >&2; exit 1; }
step() { echo "smoke-test: [$((SECONDS - started)) s] $*"; }

for tool in dpkg-deb fakeroot objcopy python3; do
    command -v "$tool" >/dev/null || fail "$tool is missing (apt-get install dpkg fakeroot binutils python3)"
done

# the project's version: the first <version> in pom.xml (jpackage needs it numeric, e.g. 0.1.0)
version=$(sed -n 's:^  <version>\([0-9.]*\)</version>.*:\1:p' pom.xml | head -1)
[ -n "$version" ] || fail "cannot read the version from pom.xml"

if [ -z "${SMOKE_SKIP_BUILD:-}" ]; then
    step "building the .deb (mvn -B -q -Pinstaller package -DskipTests)"
    export DPKG_DEB_COMPRESSOR_TYPE="${DPKG_DEB_COMPRESSOR_TYPE:-gzip}"
    mvn -B -q -Pinstaller package -DskipTests
fi
deb=$(ls target/installer/compliance-tracker_"$version"-*_*.deb 2>/dev/null | head -1)
[ -f "$deb" ] || fail "no target/installer/compliance-tracker_${version}-*.deb was built"
step "built $deb ($(du -h "$deb" | cut -f1))"

tmp=$(mktemp -d -t ct-smoke-XXXXXX)
trap 'rm -rf "$tmp"' EXIT

# --- the package's metadata
[ "$(dpkg-deb -f "$deb" Package)" = compliance-tracker ] || fail "package name"
[ "$(dpkg-deb -f "$deb" Version)" = "$version-1" ] || fail "package version $(dpkg-deb -f "$deb" Version), expected $version-1"
dpkg-deb -f "$deb" Depends | grep -qw 'libgtk-3-0' || fail "the package does not depend on libgtk-3-0"
dpkg-deb -e "$deb" "$tmp/control"
for script in "$tmp"/control/preinst "$tmp"/control/postinst "$tmp"/control/prerm "$tmp"/control/postrm; do
    [ -f "$script" ] || continue
    if grep -nE '\brm\b|rmdir|unlink|\.local/share|\$HOME|/home/|/root/' "$script"; then
        fail "$(basename "$script") touches files outside the package; user data must survive removal"
    fi
done
step "control: $(dpkg-deb -f "$deb" Package) $(dpkg-deb -f "$deb" Version), depends on libgtk-3-0, maintainer scripts leave user data alone"

# --- unpack and look at what is installed
dpkg-deb -x "$deb" "$tmp/root"
app="$tmp/root/opt/compliance-tracker"
launcher="$app/bin/compliance-tracker"
[ -x "$launcher" ] || fail "no launcher at /opt/compliance-tracker/bin/compliance-tracker"
[ -f "$app/lib/runtime/release" ] || fail "no bundled Java runtime"
desktop=$(ls "$app"/lib/*.desktop | head -1)
grep -qx 'Name=Compliance Tracker' "$desktop" || fail "desktop entry has no 'Name=Compliance Tracker'"
grep -qx 'Exec=/opt/compliance-tracker/bin/compliance-tracker' "$desktop" || fail "desktop entry Exec"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ -f "$tmp/root$icon" ] || fail "desktop entry icon $icon is not in the package"
# jlink's --strip-native-commands leaves no bin/java; the runtime lists its modules in "release"
modules=$(sed -n 's/^MODULES="\(.*\)"/\1/p' "$app/lib/runtime/release")
for m in javafx.controls javafx.fxml javafx.graphics java.sql jdk.localedata; do
    grep -qw "$m" <<<"$modules" || fail "the bundled runtime lacks $m"
done
step "unpacked: launcher, runtime with JavaFX ($(du -sh "$app" | cut -f1)), desktop entry, icon"

# --- run it headless, as a fresh user whose data folder is empty. Java takes the home folder from
# the password database, not $HOME, so the data folder is moved with XDG_DATA_HOME (which AppPaths
# honours, as the XDG spec asks); the real user's data is never touched.
export XDG_DATA_HOME="$tmp/home/.local/share"
unset DISPLAY WAYLAND_DISPLAY
mkdir -p "$XDG_DATA_HOME"

out=$("$launcher" --version)
[ "$out" = "Compliance Tracker $version" ] || fail "--version printed '$out'"
step "--version: $out"

db="$tmp/work/school.db"
mkdir -p "$tmp/work"
out=$("$launcher" demo --db "$db")
grep -q 'Created the demo school' <<<"$out" || fail "demo printed '$out'"
step "demo: $out"

"$launcher" summary --db "$db" --json >"$tmp/summary.json"
python3 - "$tmp/summary.json" <<'PY' || fail "summary --json is not the expected JSON"
import json, sys
s = json.load(open(sys.argv[1]))
assert s["staffInPost"] > 0, s
assert s["policiesActive"] > 0, s
a = s["acknowledgements"]
assert a["required"] == a["done"] + a["outstanding"], a
assert 0 <= a["percent"] <= 100, a
print(f"summary --json: {s['staffInPost']} staff in post, {s['policiesActive']} active policies, {a['percent']} % acknowledged")
PY

# the default database lives in the user's data folder, never beside the program
"$launcher" summary --create --json >/dev/null || fail "summary --create on the default database"
# a mistyped or missing database is an error, never a new empty school
"$launcher" summary --db "$tmp/no-such.db" >/dev/null 2>&1 && fail "summary made a database that does not exist"
[ ! -e "$tmp/no-such.db" ] || fail "a missing --db was created"
[ -f "$XDG_DATA_HOME/compliance-tracker/tracker.db" ] || fail "the default database is not in the user's data folder"
[ -z "$(find "$app" -name '*.db')" ] || fail "a database was written inside the installed program"
"$launcher" check >/dev/null || fail "check on the default database"
step "default database in the user's data folder: \$XDG_DATA_HOME/compliance-tracker/tracker.db"

step "PASS in $((SECONDS - started)) s"
