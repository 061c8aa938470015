# Shared by scripts/run.sh, scripts/test.sh and .ci/run: find Python, check the system
# libraries Qt needs, make the virtual environment. Source it; do not run it.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${DRAGOMAN_VENV:-$REPO/.venv}"

say() { printf 'dragoman-setup: %s\n' "$*" >&2; }

# library file -> Debian/Ubuntu package. "offscreen" ones are needed even without a screen
# (tests); "screen" ones only by the xcb platform plugin of a real desktop session.
QT_LIBS_OFFSCREEN="libEGL.so.1:libegl1 libGL.so.1:libgl1 libfontconfig.so.1:libfontconfig1
libfreetype.so.6:libfreetype6 libxkbcommon.so.0:libxkbcommon0 libglib-2.0.so.0:libglib2.0-0
libdbus-1.so.3:libdbus-1-3"
QT_LIBS_SCREEN="libxcb-cursor.so.0:libxcb-cursor0 libxkbcommon-x11.so.0:libxkbcommon-x11-0
libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1 libxcb-image.so.0:libxcb-image0
libxcb-render-util.so.0:libxcb-render-util0 libxcb-shape.so.0:libxcb-shape0
libxcb-randr.so.0:libxcb-randr0 libX11-xcb.so.1:libx11-xcb1"
# recommended fonts: an Arabic face makes the editor readable (Amiri; Noto Naskh Arabic also works)
FONT_PKGS="fonts-hosny-amiri fonts-dejavu-core"
# optional: FreeDict dictionaries the aligner uses when present (tests that need them skip)
OPTIONAL_PKGS="dict-freedict-ara-eng dict-freedict-eng-ara dict-freedict-fra-eng dict-freedict-eng-fra"

find_python() {
    for cand in "${PYTHON:-}" python3 python3.13 python3.12 python3.11 python3.10; do
        [ -n "$cand" ] || continue
        if command -v "$cand" >/dev/null 2>&1 &&
           "$cand" -c 'import sys, venv; sys.exit(0 if sys.version_info >= (3, 10) else 1)' 2>/dev/null; then
            PY="$(command -v "$cand")"; return 0
        fi
    done
    say "Python 3.10 or newer with the venv module is needed."
    say "On Debian/Ubuntu: sudo apt-get install python3 python3-venv"
    return 1
}

missing_packages() {  # $1: list of lib:package pairs; prints the packages whose lib is absent
    # The cache is read once, whole, and each soname compared exactly: `ldconfig -p | grep
    # -q` under pipefail failed whenever grep quit early and ldconfig got SIGPIPE (false
    # alarms), and a substring match took libGL.so.1 for libGL.so.10.
    local pair lib pkg sonames
    sonames="$(ldconfig -p 2>/dev/null | awk 'NR > 1 { print $1 }' || true)"
    for pair in $1; do
        lib="${pair%%:*}"; pkg="${pair##*:}"
        grep -qxF -- "$lib" <<<"$sonames" || printf '%s ' "$pkg"
    done
}

missing_debs() {  # $1: list of Debian package names; prints those not installed
    local pkg
    for pkg in $1; do
        dpkg -s "$pkg" >/dev/null 2>&1 || printf '%s ' "$pkg"
    done
}

# check_system WHAT [install]: WHAT is "offscreen" or "screen"; with "install" (callers
# pass $DRAGOMAN_INSTALL_SYSTEM: the user asks for it) and root, apt-get installs what is
# missing, otherwise the exact command is printed and we stop.
check_system() {
    local what="$1" install="${2:-}" missing
    command -v ldconfig >/dev/null 2>&1 || { say "no ldconfig: cannot check system libraries, going on"; return 0; }
    missing="$(missing_packages "$QT_LIBS_OFFSCREEN")"
    [ "$what" = screen ] && missing="$missing$(missing_packages "$QT_LIBS_SCREEN")"
    local optional=""
    if command -v dpkg >/dev/null 2>&1; then
        optional="$(echo $(missing_debs "$FONT_PKGS $OPTIONAL_PKGS"))"
    fi
    missing="$(echo $missing)"
    if [ "$install" = install ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        if [ -n "$missing$optional" ]; then
            say "installing system packages: $missing $optional"
            apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing $optional >/dev/null
        fi
        return 0
    fi
    [ -n "$optional" ] && say "recommended (Arabic font, dictionaries for the aligner): sudo apt-get install $optional"
    [ -z "$missing" ] && return 0
    say "Qt needs these system packages, which are missing: $missing"
    say "Install them with:  sudo apt-get install $missing"
    return 1
}

make_venv() {
    find_python
    if [ ! -x "$VENV/bin/python" ]; then
        say "creating virtual environment $VENV"
        "$PY" -m venv "$VENV"
    fi
    # install (editable) only when pyproject.toml changed since the last install
    local stamp="$VENV/.dragoman-installed"
    if [ ! -f "$stamp" ] || [ "$REPO/pyproject.toml" -nt "$stamp" ]; then
        say "installing Dragoman and its Python dependencies into $VENV"
        "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
        # the metadata is current (no deprecation to fix); what setuptools still prints for
        # every editable install is a generic notice, kept out of the user's way
        PYTHONWARNINGS=ignore "$VENV/bin/python" -m pip install -q -e "$REPO[test]"
        # numba compiles the aligner's kernels on first use and caches them beside the
        # sources: done here, once, so the user's first alignment does not pay for it
        # (a cold cache added ~12 CPU s and ~400 MB to a 100k-sentence alignment)
        say "compiling the aligner's kernels (once, about half a minute)"
        "$VENV/bin/python" "$REPO/bench/bench_align.py" --warm >/dev/null \
            || say "could not compile the kernels now; the first alignment will"
        touch "$stamp"
    fi
    build_translations
}

# Compile the interface translations (ui/resources/i18n/*.ts -> .qm) with the lrelease
# that PySide6 ships; quick, so done on every run and never stale.
build_translations() {
    local ts
    for ts in "$REPO"/ui/resources/i18n/*.ts; do
        [ -f "$ts" ] || continue
        "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
    done
}
