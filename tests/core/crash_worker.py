"""Subprocess for test_crash.py: applies edits to a corpus file in a loop until killed.

Edit number n is chosen by `random.Random(n)` from the current state, and is committed in
the same transaction as the setting "applied" = n, then n is printed. So the file always
says how many edits it holds, and the test can replay them on a fresh copy to compare.

Usage: python crash_worker.py CORPUS [MAX_STEPS]
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

from aligner.corpus import Corpus
from aligner.edits import (ConfirmThrough, DeleteEmptyBead, Edit, EditError, InsertEmptyBead,
                           MergeBeads, MergeSegments, SetStatus, ShiftSentence, SplitBead,
                           SplitSegment)
from aligner.model import BeadSpan, BeadStatus, Document, Segment


def _doc(lang: str, sentences: list[str]) -> tuple[Document, list[Segment]]:
    text = " ".join(sentences)
    segs, at = [], 0
    for s in sentences:
        segs.append(Segment(None, 0, 0, 0, at, at + len(s), s))
        at += len(s) + 1
    return Document(None, lang, lang, text), segs


def build_sample(path: Path, n: int = 150) -> None:
    """Two documents of n sentences each (written here), aligned 1-1."""
    with Corpus.create(path) as c:
        ar = c.add_document(*_doc("ar", [f"هذه هي الجملة رقم {i} من النص." for i in range(n)]))
        en = c.add_document(*_doc("en", [f"This is sentence number {i} of the text."
                                         for i in range(n)]))
        b = c.add_bitext(ar, en)
        c.replace_beads(b, [BeadSpan(i, i + 1, i, i + 1) for i in range(n)])


def _pick(rng: random.Random, c: Corpus, bitext_id: int) -> Edit:
    beads = c.bead_count(bitext_id)
    p = rng.randrange(beads)
    kind = rng.randrange(9)
    if kind == 0:
        return MergeBeads(bitext_id, p)
    if kind == 1:
        bead = c.bead(bitext_id, p)
        return SplitBead(bitext_id, p, rng.randint(0, bead.src_end - bead.src_start),
                         rng.randint(0, bead.tgt_end - bead.tgt_start))
    if kind == 2:
        return ShiftSentence(bitext_id, p, rng.choice(["src", "tgt"]), rng.choice(["up", "down"]))
    if kind == 3:
        return InsertEmptyBead(bitext_id, p)
    if kind == 4:
        empty = [b.position for b in c.beads(bitext_id) if b.kind == "0-0"]
        return DeleteEmptyBead(bitext_id, rng.choice(empty) if empty else p)
    bitext = c.bitext(bitext_id)
    doc = rng.choice([bitext.src_doc_id, bitext.tgt_doc_id])
    seg = c.segment_at(doc, rng.randrange(c.doc_segment_count(doc)))
    if kind == 5:
        spaces = [i for i, ch in enumerate(seg.text) if ch == " "]
        return SplitSegment(seg.id, rng.choice(spaces) if spaces else 0)
    if kind == 6:
        return MergeSegments(seg.id)
    if kind == 7:
        return SetStatus(bitext_id, rng.sample(range(beads), min(beads, 5)),
                         rng.choice([BeadStatus.AUTO, BeadStatus.CONFIRMED]))
    return ConfirmThrough(bitext_id, p)  # a large transaction: many rows rewritten


def step(c: Corpus, bitext_id: int, n: int) -> None:
    """Apply edit number n and record n, in one transaction."""
    rng = random.Random(n)
    for _ in range(200):
        edit = _pick(rng, c, bitext_id)
        try:
            with c.transaction():
                edit.do(c)
                c.set_setting("applied", str(n))
            return
        except EditError:
            continue  # refused edits change nothing: pick another
    raise RuntimeError(f"no applicable edit found for step {n}")


def main(argv: list[str]) -> int:
    path = Path(argv[0])
    max_steps = int(argv[1]) if len(argv) > 1 else None
    with Corpus.open(path) as c:
        bitext_id = c.bitexts()[0].id
        n = int(c.get_setting("applied", "0"))
        while max_steps is None or n < max_steps:
            n += 1
            step(c, bitext_id, n)
            print(n, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
