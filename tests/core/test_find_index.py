"""The block find index (aligner.find_index) finds what searching each row's folded text
finds (aligner.review.find_next), and its compiled fold (aligner.text.fold_fast) gives
text_key exactly. Texts written for these tests."""
from __future__ import annotations

import random

import pytest

from aligner import find_index
from aligner.find_index import FindIndex, SideIndex, build_side
from aligner.review import Query, find_next, fold, fold_index
from aligner.text.fold import text_key
from aligner.text.fold_fast import fold_rows

# every fold rule: marks, tatweel, alef/hamza/ya forms, Persian letters, digits, quotes,
# bidi controls, case (ß, final sigma), white space of several kinds, a sentence that
# folds to nothing, a character outside the BMP
PIECES = ["وَصَلَ الوفدُ", "إلى القاهرة", "ـــ", "أعلن  المتحدث\u200f", "مسئول ومسؤول", "علي على",
          "ی ک ٣٤ ۵", "“Quoted” ‘x’", "Straße", "ΣΑΣ ς", "the\tDelegation\u3000met",
          "  ", "😀 Cairo", "été", "ء", "x\ny"]


def _texts(rng: random.Random, n: int) -> list[tuple[str, bool]]:
    return [(" ".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 4))),
             rng.random() < 0.15) for _ in range(n)]


def test_compiled_fold_is_text_key() -> None:
    rng = random.Random(3)
    for _ in range(200):
        texts = [t for t, _ in _texts(rng, rng.randrange(1, 6))]
        skip = [rng.random() < 0.2 for _ in texts]
        ends = sorted(rng.randrange(len(texts) + 1) for _ in range(rng.randrange(1, 4)))
        ends[-1] = len(texts)
        block, starts = fold_rows(texts, skip, ends)
        keys = ["" if s else text_key(t) for t, s in zip(texts, skip)]
        rows, at = [], 0
        for end in ends:
            rows.append(" ".join(k for k in keys[at:end] if k))
            at = end
        assert block == "\n".join(rows)
        assert [block[starts[r]:starts[r + 1] - 1] for r in range(len(rows))] == rows


def _pair(rng, n_rows, show_excluded, monkeypatch):
    """A FindIndex and the per-row index of the same made-up bitext (blocks of 3 rows)."""
    monkeypatch.setattr(find_index, "BLOCK", 3)
    sides, ranges = {}, []
    ends = {"src": [], "tgt": []}
    for side in ("src", "tgt"):
        at = 0
        for _ in range(n_rows):
            at += rng.choice([0, 1, 1, 2])
            ends[side].append(at)
        sides[side] = _texts(rng, at + rng.randrange(3))
    for r in range(n_rows):
        lo = (ends["src"][r - 1] if r else 0, ends["tgt"][r - 1] if r else 0)
        ranges.append((lo[0], ends["src"][r], lo[1], ends["tgt"][r]))
    plain = fold_index(ranges, sides["src"], sides["tgt"], show_excluded)
    blocks = FindIndex(*(build_side(ends[s], len(sides[s]), [sides[s][:4], sides[s][4:]],
                                    show_excluded) for s in ("src", "tgt")))
    return blocks, plain


QUERIES = [Query("الوفد"), Query("اعلن المتحدث", sides=("src",)), Query("delegation met"),
           Query("ss"), Query("σας"), Query("absent"), Query("\u064e"),  # folds to nothing
           Query("'x'", sides=("tgt",)), Query(r"^ا", regex=True), Query(r"cairo$", regex=True),
           Query(r"\bthe\b", regex=True), Query(r"(?<=ا)ل", regex=True), Query(r"\Aو", regex=True),
           Query(r"y\s+ی", regex=True), Query(r"[^ ]*", regex=True), Query(r"(?>ab|a)c", regex=True),
           Query(r"قاهره|cairo", regex=True), Query(r"^$", regex=True)]


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("show_excluded", [True, False])
def test_block_index_finds_what_each_row_finds(seed, show_excluded, monkeypatch) -> None:
    rng = random.Random(seed)
    blocks, plain = _pair(rng, 11, show_excluded, monkeypatch)
    assert blocks == plain  # the same keys, row by row

    def folded(position: int, side: str) -> str:
        return plain[side][position]

    for positions in (range(11), [0, 2, 3, 7, 10], range(0)):
        for query in QUERIES:
            for start in range(-1, 12):
                for backwards in (False, True):
                    assert blocks.find(query, positions, start, backwards=backwards) == \
                        find_next(query, folded, positions, start, backwards=backwards), \
                        (query, positions, start, backwards)


def test_edits_keep_the_blocks_equal_to_rows(monkeypatch) -> None:
    rng = random.Random(9)
    blocks, plain = _pair(rng, 10, True, monkeypatch)
    rows = {side: list(plain[side]) for side in ("src", "tgt")}
    for _ in range(60):
        first = rng.randrange(len(rows["src"]) + 1)
        old = rng.randrange(min(3, len(rows["src"]) - first) + 1)
        new = rng.randrange(3)
        fresh = {side: [fold(rng.choice(PIECES)) for _ in range(new)] for side in rows}
        blocks.splice(first, old, fresh)
        for side in rows:
            rows[side][first:first + old] = fresh[side]
        if rows["src"]:
            changed = {rng.randrange(len(rows["src"])): fold(rng.choice(PIECES))}
            blocks["tgt"].set_rows(changed)
            for row, text in changed.items():
                rows["tgt"][row] = text
        assert blocks == rows
        assert isinstance(blocks["src"], SideIndex) and len(blocks["src"]) == len(rows["src"])
    assert blocks.find(Query("cairo"), range(len(rows["src"])), -1) == \
        find_next(Query("cairo"), lambda p, s: rows[s][p], range(len(rows["src"])), -1)


def test_review_rules_over_columns_match_the_rows() -> None:
    """next_to_review and realign_range give the same over BeadRows columns (a large
    bitext) as over Bead objects."""
    from aligner.bead_rows import BeadRows
    from aligner.model import Bead, BeadStatus
    from aligner.review import next_to_review, realign_range

    rng = random.Random(5)
    beads = [Bead(i + 1, 1, i, i, i + 1, i, i + 1, None if rng.random() < 0.2 else rng.random(),
                  BeadStatus.CONFIRMED if rng.random() < 0.4 else BeadStatus.AUTO, "")
             for i in range(60)]
    rows = BeadRows.of(1, beads)
    assert rows.complete
    for start in range(-1, 61):
        for low in (None, 0.3, 0.8):
            for shown in (None, lambda p: p % 3 != 0):
                assert next_to_review(rows, start, low_below=low, shown=shown) == \
                    next_to_review(beads, start, low_below=low, shown=shown)
    for row in range(60):
        assert realign_range(rows, [row]) == realign_range(beads, [row])
