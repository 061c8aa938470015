#!/usr/bin/env bash
# Install Dragoman into .venv (first time only) and open the editor on the sample corpus.
# Usage: scripts/run.sh [CORPUS]   (default: samples/sample.dragoman, built from samples/)
source "$(dirname "$0")/common.sh"
# system packages are installed only when asked: DRAGOMAN_INSTALL_SYSTEM=install (README)
# offscreen (a --screenshot, a headless check) needs none of the desktop's xcb libraries
if [ "${QT_QPA_PLATFORM:-}" = offscreen ]; then WHERE=offscreen; else WHERE=screen; fi
check_system "$WHERE" "${DRAGOMAN_INSTALL_SYSTEM:-}"
make_venv
CORPUS="${1:-$REPO/samples/sample.dragoman}"
if [ ! -f "$CORPUS" ] && [ -z "${1:-}" ]; then
    say "building the sample corpus $CORPUS from samples/"
    "$VENV/bin/dragoman" import "$CORPUS" "$REPO/samples/briefing_ar.txt" "$REPO/samples/briefing_en.txt"
    "$VENV/bin/dragoman" import "$CORPUS" "$REPO/samples/briefing_ar.txt" "$REPO/samples/briefing_fr.txt"
fi
exec "$VENV/bin/dragoman" gui "$CORPUS"
