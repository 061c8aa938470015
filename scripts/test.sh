#!/usr/bin/env bash
# Install Dragoman with its test extra into .venv (first time only) and run the whole test
# suite offscreen. Extra arguments go to pytest (e.g. scripts/test.sh -k tmx).
source "$(dirname "$0")/common.sh"
check_system offscreen "${DRAGOMAN_INSTALL_SYSTEM:-}"
make_venv
cd "$REPO"
export QT_QPA_PLATFORM=offscreen
exec "$VENV/bin/python" -m pytest "$@"
