"""How the voweller's morphology weights were chosen, on the tuning part only.

Usage: python bench/tune_romanize.py [--shared DIR] [--every N]

The held-out part of alalc-dev.tsv (lexicon.is_held_out) is never read here. The tuning
part is split again by stem (a second hash, one stem in five) into a training part, from
which a Voweller is built, and a validation part, whose proper names (every N-th) are
read by it. For each name the candidate readings are collected once with what each rests
on (the n-gram score, a relative's or a pattern's log share, the lexicon); then every
combination of the bonuses and weights in the grid below ranks them again, and the
table of names right (ALA-LC, up to ʻ/ʼ) is printed, best first, and the names ending
in ى with each weight of the final-ى evidence (maqsura.py). The constants in
aligner/names/vowelling.py are the best row.
"""
from __future__ import annotations

import argparse
import hashlib
import itertools
import os
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from aligner.names import vowelling as V  # noqa: E402
from aligner.names.lexicon import (group_key, is_held_out, read_gold,  # noqa: E402
                                   shipped_lexicon)
from aligner.names.romanize import _words, after_preposition, render_word  # noqa: E402
from aligner.names.schemes import ALALC  # noqa: E402
from aligner.names.segments import split_marks  # noqa: E402
from aligner.text import fold  # noqa: E402

APOSTROPHES = str.maketrans({c: "'" for c in fold.APOSTROPHES + "`"})
GRID = {"relative bonus": (0, 3, 6, 9), "relative weight": (0.5, 1, 2),
        "pattern bonus": (-99, 1, 3, 5), "pattern weight": (1, 2),
        "maqsura weight": (0, 1, 2, 4, 8)}


def validation(form: str) -> bool:
    digest = hashlib.md5(("val:" + group_key(form)).encode("utf-8")).hexdigest()
    return int(digest[:8], 16) % 5 == 0


def up_to_apostrophe(text: str) -> str:
    return unicodedata.normalize("NFC", text).translate(APOSTROPHES)


def collect(voweller: V.Voweller, arabic: str, latin: str) -> list[tuple[float, dict, bool]]:
    """(n-gram score, {source: log share}, right?) for each candidate reading."""
    letters, marks = split_marks(arabic)
    choices = voweller._choices(letters, marks)
    found: dict[tuple[str, ...], dict[str, float]] = {}

    def add(labels: tuple[str, ...], kind: str, logp: float = 0.0) -> None:
        if len(labels) == len(letters) and all(x in o for x, o in zip(labels, choices)):
            kinds = found.setdefault(labels, {})
            kinds[kind] = max(kinds.get(kind, -1e9), logp)

    entry = voweller.lexicon.get(letters)
    if entry:
        add(entry.labels, "lexicon")
    for labels, _cap in voweller._stem_readings(letters):
        add(labels, "stem")
    known: dict[tuple[str, ...], tuple[str, tuple[str, ...]]] = {}
    for labels, bonus, _cap, _at, other in voweller._variant_readings(letters):
        kinds = found.setdefault(labels, {})  # scored as the known spelling, with its bonus
        kinds["variant"] = max(kinds.get("variant", -1e9), bonus)
        known.setdefault(labels, other)
    morph = voweller.morphology
    for prefix, head, rest in [("", (), letters)] + V._splits(letters):
        if len(rest) < 2:
            continue
        for d in morph.from_relatives(rest):
            add(head + d.labels, "relative", d.logp)
        if prefix.endswith(("ال", "لل")):
            for d in morph.from_relatives("ال" + rest):
                if d.labels[:2] == V.ARTICLE:
                    add(head + d.labels[2:], "relative", d.logp)
        for d in morph.from_pattern(rest):
            add(head + d.labels, "pattern", d.logp)
    for _score, labels in V.beam(voweller.models, letters, choices, V.BEAM):
        add(labels, "model")
    if not marks[-1]:  # a final ى: the evidence for -á or -ī (maqsura.py)
        for labels, kinds in found.items():
            if "lexicon" not in kinds:
                kinds["ya"] = voweller.final_ya.log_odds(letters, labels[-1])
    gold = up_to_apostrophe(latin)
    return [(voweller.logprob(*known.get(labels, (letters, labels))), kinds,
             up_to_apostrophe(render_word(letters, labels, ALALC, cap=True,
                                          construct=after_preposition(labels))) == gold)
            for labels, kinds in sorted(found.items())]


def right(names: list, rb: float, rw: float, pb: float, pw: float, mw: float = 0.0
          ) -> float:
    ok = 0
    for cands in names:
        best = None
        for score, kinds, good in cands:
            bonus = [V.LEX_EXACT_BONUS if "lexicon" in kinds else
                     V.LEX_STEM_BONUS if "stem" in kinds else 0.0, kinds.get("variant", 0.0)]
            if "relative" in kinds:
                bonus.append(rb + rw * kinds["relative"])
            if "pattern" in kinds:
                bonus.append(pb + pw * kinds["pattern"])
            total = score + max(bonus) + mw * kinds.get("ya", 0.0)
            if best is None or total > best[0]:
                best = (total, good)
        ok += bool(best and best[1])
    return ok / max(len(names), 1)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path,
                    default=Path(os.environ.get("DRAGOMAN_SHARED", REPO.parent / "shared")))
    ap.add_argument("--every", type=int, default=2)
    args = ap.parse_args()
    gold_path = args.shared / "golddata" / "romanization-alalc" / "alalc-dev.tsv"
    if not gold_path.exists():
        print(f"{gold_path}: not found (pass --shared DIR)", file=sys.stderr)
        return 2
    tuning = {f: e for f, e in shipped_lexicon().items() if not is_held_out(f)}
    train = {f: e for f, e in tuning.items() if not validation(f)}
    rows = [r for r in read_gold(gold_path)
            if not is_held_out(split_marks(r.arabic)[0]) and validation(split_marks(r.arabic)[0])
            and any(ch.isupper() for ch in r.latin) and len(_words(r.arabic)) == 1]
    rows = rows[::args.every]
    voweller = V.Voweller(train)
    names = [collect(voweller, r.arabic, r.latin) for r in rows]
    print(f"validation names (tuning part only): {len(names)}; trained on {len(train)} forms")
    print(f"without morphology: {right(names, -99, 0, -99, 0):.3f}")
    table = sorted(((right(names, *combo), combo) for combo in itertools.product(*GRID.values())),
                   key=lambda x: (-x[0], x[1]))
    print("names right | " + " | ".join(GRID))
    for acc, combo in table[:10]:
        print(f"{acc:.3f} | " + " | ".join(str(c) for c in combo))
    best = table[0][1]
    final_ya = [n for n, r in zip(names, rows) if split_marks(r.arabic)[0].endswith("ى")]
    print(f"names ending in ى ({len(final_ya)}), the best row with each maqsura weight: " +
          ", ".join(f"{mw}: {right(final_ya, *best[:4], mw):.3f}"
                    for mw in GRID["maqsura weight"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
