"""Honest scores on texts that are not translations: a parallelness estimate per bitext, a
warning, and comparable mode (only pairs that match become beads).

Unrelated pairs are made by crossing the en-fr gold books (English of one novel against the
French of another) and by pairing seed articles that are not translations of each other;
the dictionaries are pinned off (no FreeDict), so the figures do not depend on what is
installed."""
from __future__ import annotations

from pathlib import Path

import pytest

from aligner.align.aligner import AlignStats, align_sentences
from aligner.align.service import align_bitext, parallel_estimate
from aligner.cli import main
from aligner.corpus import Corpus
from aligner.importer import prepare_files

REPO = Path(__file__).resolve().parents[2]


def _book(gold_dir: Path, name: str, lang: str) -> list[str]:
    path = gold_dir / "en-fr" / name / f"{lang}.txt"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    return [x for x in path.read_text(encoding="utf-8").split("\n") if x.strip()]


def _confident_share(spans) -> float:
    return sum(1 for s in spans if s.score >= 0.5) / len(spans)


@pytest.mark.parametrize("en_book, fr_book", [
    ("Emma", "JaneEyre"), ("AlicesAdventuresInWonderland", "VingtMilleLieuesSousLesMers")])
def test_unrelated_books_get_no_confident_beads(gold_dir, en_book, fr_book):
    en, fr = _book(gold_dir, en_book, "en"), _book(gold_dir, fr_book, "fr")
    stats = AlignStats()
    spans = align_sentences(en, fr, "en", "fr", stats=stats)
    assert not stats.looks_parallel
    assert stats.comparable  # switched on by itself
    assert stats.parallel < 0.5
    assert _confident_share(spans) <= 0.05


def test_a_translation_looks_parallel_and_keeps_confident_scores(gold_dir):
    en, fr = _book(gold_dir, "LaFauteDeLAbbeMouret", "en"), _book(
        gold_dir, "LaFauteDeLAbbeMouret", "fr")
    stats = AlignStats()
    spans = align_sentences(en, fr, "en", "fr", stats=stats)
    assert stats.looks_parallel and not stats.comparable
    assert stats.parallel > 0.6
    assert _confident_share(spans) > 0.8


def _seed(seeds_dir: Path, prefix: str) -> tuple[list[str], str]:
    found = sorted(seeds_dir.glob(prefix + "_*.txt"))
    if not found:
        pytest.skip(f"seed {prefix} is absent")
    plan = prepare_files([found[0]])
    doc = plan.docs[0]
    return [s.text for s in doc.segments if not s.excluded], doc.document.lang


def test_two_different_articles_get_no_confident_bead(seeds_dir):
    # seed 001 (Arabic) and seed 004 (French) report the same event in different words
    ar, ar_lang = _seed(seeds_dir, "001")
    fr, fr_lang = _seed(seeds_dir, "004")
    assert (ar_lang, fr_lang) == ("ar", "fr")
    for comparable in (None, True):
        spans = align_sentences(ar, fr, "ar", "fr", comparable=comparable)
        paired = [s for s in spans if s.src_end > s.src_start and s.tgt_end > s.tgt_start]
        assert all(s.score < 0.5 for s in paired), paired
        assert _confident_share(spans) <= 0.05


def _write(path: Path, lines: list[str]) -> str:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_cli_warns_once_on_unrelated_texts_and_not_on_a_translation(gold_dir, tmp_path,
                                                                    capsys):
    en = _write(tmp_path / "en.txt", _book(gold_dir, "Emma", "en"))
    fr_other = _write(tmp_path / "fr_other.txt", _book(gold_dir, "JaneEyre", "fr"))
    fr_same = _write(tmp_path / "fr.txt", _book(gold_dir, "Emma", "fr"))
    out = str(tmp_path / "out.txt")
    args = ["align", "--presplit", "--src-lang", "en", "--tgt-lang", "fr", "--format",
            "beads", "-o", out]
    assert main(args + [en, fr_other]) == 0
    err = [x for x in capsys.readouterr().err.splitlines() if x.strip()]
    assert len(err) == 1 and "do not look like translations of each other" in err[0]
    assert main(args + [en, fr_same]) == 0
    assert "translations of each other" not in capsys.readouterr().err


def test_the_estimate_is_stored_with_the_bitext(gold_dir, tmp_path):
    en = _write(tmp_path / "book_en.txt", _book(gold_dir, "Emma", "en"))
    fr = _write(tmp_path / "book_fr.txt", _book(gold_dir, "JaneEyre", "fr"))
    path = tmp_path / "c.dragoman"
    plan = prepare_files([Path(en), Path(fr)], langs=["en", "fr"])
    from aligner.importer import store_prepared
    with Corpus.open(path, create=True) as corpus:
        (bitext_id,) = store_prepared(corpus, plan).bitext_ids
        assert parallel_estimate(corpus, bitext_id) is None
        align_bitext(corpus, bitext_id, dictionary=False)
    with Corpus.open(path) as corpus:  # kept in the file, for the GUI
        value = parallel_estimate(corpus, bitext_id)
        assert value is not None and value < 0.5


def test_a_book_followed_by_itself_still_looks_parallel(gold_dir):
    # the null partner must not be a true alignment: a target rotated by half would pair
    # every sentence of a twice-told text with its own copy and call it unrelated
    en = _book(gold_dir, "VingtMilleLieuesSousLesMers", "en")
    fr = _book(gold_dir, "VingtMilleLieuesSousLesMers", "fr")
    stats = AlignStats()
    spans = align_sentences(en + en, fr + fr, "en", "fr", stats=stats)
    assert stats.looks_parallel and not stats.comparable
    assert _confident_share(spans) > 0.8


def test_a_short_estimate_is_clearly_parallel_only_beyond_its_sampling_error():
    from aligner.align.parallel import clearly_parallel
    assert not clearly_parallel(0.7, 8)  # eight beads: the estimate is worth little
    assert clearly_parallel(0.7, 400)
    assert not clearly_parallel(0.45, 10_000)


def test_short_unrelated_arabic_english_articles_keep_few_confident_beads(aren_articles):
    # the Arabic of one hand-aligned article against the English of another, no dictionary:
    # 6-17 sentences each, where the parallel estimate leans on its prior; the path's
    # beads rest on lengths and a shared name or two, and should mostly score below 0.5
    docs = aren_articles
    names = sorted(docs)
    beads = confident = 0
    for a in names:
        for b in names:
            if a != b:
                spans = align_sentences(docs[a][0], docs[b][1], "ar", "en")
                beads += len(spans)
                confident += sum(1 for s in spans if s.score >= 0.5)
    assert confident / beads <= 0.1, (confident, beads)
    # a real translation of the same size keeps its confident beads
    ar, en = docs["thelocal.65969"]
    spans = align_sentences(ar, en, "ar", "en")
    assert all(s.score >= 0.5 for s in spans), spans
