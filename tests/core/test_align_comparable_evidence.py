"""Comparable mode and the "not translations" warning (issue 11 point 1): comparable
mode's evidence leaves punctuation out, reports of one event (seeds 002 and 003
against seed 000's English) keep at most 5% of beads confident with FreeDict, and short
openings of real translations, title lines included, are not taken for unrelated texts.
Gold data and seeds are read from ../shared (skipped when absent)."""
from __future__ import annotations

from pathlib import Path

import pytest

from aligner.align.aligner import AlignStats, align_sentences
from aligner.align.features import PUNCT_PREFIX, sentence_features
from aligner.align.parallel import words_only

def test_words_only_drops_the_punctuation_keys_and_nothing_else():
    (s,) = sentence_features(["« Il pleut – dit-elle : 1998 ? »"], "fr", "en",
                             target_side=True)
    (w,) = words_only([s])
    assert any(k.startswith(PUNCT_PREFIX) for k in s.keys)
    assert not any(k.startswith(PUNCT_PREFIX) for k in w.keys | w.own)
    assert w.keys == {k for k in s.keys if not k.startswith(PUNCT_PREFIX)}
    assert (w.length, w.words) == (s.length, s.words)


def _seed_sentences(seeds_dir: Path, prefix: str, bilingual: bool = False) -> list[list[str]]:
    from aligner.importer import prepare_files
    found = sorted(seeds_dir.glob(prefix + "_*.txt"))
    if not found:
        pytest.skip(f"seed {prefix} is absent")
    plan = prepare_files([found[0]], bilingual=bilingual)
    # spaces collapsed, as `dragoman align --presplit` reads bench_unrelated's lines
    return [[" ".join(s.text.split()) for s in d.segments if not s.excluded]
            for d in plan.docs]


def test_reports_of_one_event_with_freedict_keep_few_confident_beads(seeds_dir, dictionaries):
    # with FreeDict the two reports share words in many sentences; at most 5% of their
    # beads (both seeds together) may score 0.5 or more, and both are warned of
    from aligner.align.lexicon import Lexicon
    dictionaries("freedict-ara-eng", "freedict-eng-ara")
    docs0 = _seed_sentences(seeds_dir, "000", bilingual=True)
    en = next(d for d in docs0 if not any("\u0600" <= c <= "\u06ff" for c in "".join(d)))
    beads = confident = 0
    for prefix in ("002", "003"):
        (ar,) = _seed_sentences(seeds_dir, prefix)
        stats = AlignStats()
        spans = align_sentences(ar, en, "ar", "en", lexicon=Lexicon.installed("ar", "en"),
                                stats=stats)
        assert not stats.looks_parallel and stats.comparable
        beads += len(spans)
        confident += sum(1 for s in spans if s.score >= 0.5)
    assert confident <= 0.05 * beads, (confident, beads)


def _opening(folder: Path, beads: int) -> tuple[list[str], list[str]]:
    """The sentences of the first `beads` gold beads of an en-fr book: a complete
    translation, its title lines (often unmatched on one side) included."""
    from aligner.align.evaluate import read_beads
    gold, _ = read_beads(folder / "gold.txt")
    head = gold[:beads]
    s_end = max((max(a) + 1 for a, _b in head if a), default=0)
    t_end = max((max(b) + 1 for _a, b in head if b), default=0)
    en = (folder / "en.txt").read_text(encoding="utf-8").split("\n")[:s_end]
    fr = (folder / "fr.txt").read_text(encoding="utf-8").split("\n")[:t_end]
    return en, fr


# the tuning books of bench_literary's split (the reporting books are not looked at here)
TUNING_BOOKS = ("AlicesAdventuresInWonderland", "Emma", "LaFauteDeLAbbeMouret",
                "VingtMilleLieuesSousLesMers")


@pytest.mark.parametrize("freedict", [False, True], ids=["no-dictionary", "freedict"])
@pytest.mark.parametrize("book", TUNING_BOOKS)
def test_short_openings_of_a_translation_are_not_flagged(gold_dir, dictionaries, book,
                                                         freedict):
    from aligner.align.lexicon import Lexicon
    folder = gold_dir / "en-fr" / book
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")
    lexicon = None
    if freedict:
        dictionaries("freedict-eng-fra", "freedict-fra-eng")
        lexicon = Lexicon.installed("en", "fr")
    for beads in (8, 12, 20):
        en, fr = _opening(folder, beads)
        stats = AlignStats()
        align_sentences(en, fr, "en", "fr", lexicon=lexicon, stats=stats)
        assert stats.looks_parallel and not stats.comparable, (book, beads, stats.parallel)
