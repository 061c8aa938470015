"""Build aligner/names/data/alalc_lexicon.tsv.gz from ../shared/golddata/romanization-alalc.

Usage: python scripts/build_romanization_lexicon.py [ALALC_DEV_TSV]

Keeps the clean word rows of both parts of our split; the held-out part is recognisable
by its form (aligner.names.lexicon.is_held_out), so bench/bench_romanize.py and the gold
test build their model from the tuning part alone (lexicon.tuning_part). Aligns each
Arabic form with its ALA-LC romanization letter by letter (segments.align_alalc) and
writes form, labels, capital flag and frequency. Rows whose letters cannot explain the
romanization (catalogue misalignments) are left out and counted. Same input, same bytes
out.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from aligner.names.lexicon import (LEXICON_FILE, LexEntry, is_capitalised,  # noqa: E402
                                   is_held_out, read_gold, write_lexicon)
from aligner.names.segments import align_alalc, split_marks  # noqa: E402

SHARED = Path(os.environ.get("DRAGOMAN_SHARED", REPO.parent / "shared"))
DEFAULT = SHARED / "golddata" / "romanization-alalc" / "alalc-dev.tsv"


def build(path: Path) -> tuple[dict[str, LexEntry], int, int]:
    entries: dict[str, LexEntry] = {}
    skipped = held = 0
    for row in read_gold(path):
        letters, _marks = split_marks(row.arabic)
        held += is_held_out(letters)
        latin = row.latin.replace("ʹ", "").lower()
        labels = align_alalc(letters, latin)
        if labels is None:
            skipped += 1
            continue
        if letters not in entries or entries[letters].freq < row.freq:  # most frequent
            entries[letters] = LexEntry(tuple(labels), is_capitalised(row.latin), row.freq)
    return entries, skipped, held


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    entries, skipped, held = build(path)
    LEXICON_FILE.parent.mkdir(parents=True, exist_ok=True)
    write_lexicon(entries, LEXICON_FILE)
    print(f"{len(entries)} forms written to {LEXICON_FILE.relative_to(REPO)}; "
          f"({held} rows of the held-out part), {skipped} rows not alignable")
    return 0


if __name__ == "__main__":
    sys.exit(main())
