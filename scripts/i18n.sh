#!/usr/bin/env bash
# Collect the interface strings of ui/ into ui/resources/i18n/dragoman_ar.ts (translations
# already made are kept; new strings come in unfinished, for Qt Linguist or a text editor),
# then compile the .qm that ships. Run after changing interface texts.
source "$(dirname "$0")/common.sh"
make_venv
cd "$REPO"
mapfile -t sources < <(git ls-files -co --exclude-standard 'ui/*.py')
"$VENV/bin/pyside6-lupdate" "${sources[@]}" -source-language en -target-language ar \
    -no-obsolete -ts ui/resources/i18n/dragoman_ar.ts
build_translations
echo "untranslated: $(grep -c 'type="unfinished"' ui/resources/i18n/dragoman_ar.ts || true)"
