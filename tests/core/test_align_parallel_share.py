"""The estimated share of translated sentences (parallel.estimate) on loose but real
translations, judged on their gold path, and on texts that are not translations.

A loose literary translation with no dictionary shares few keys bead by bead; the estimate
must still see that most of it is translated (Emma's gold: about 0.8 of the sentences are
in beads of translations), while two different novels stay clearly not parallel."""
from __future__ import annotations

from pathlib import Path

import pytest

from aligner.align import aligner as al
from aligner.align.aligner import AlignStats, align_sentences
from aligner.align.evaluate import read_beads
from aligner.align.features import sentence_features, tokenize
from aligner.align.parallel import PARALLEL_MIN, clearly_parallel, windows
from aligner.align.scoring import Model


def test_windows_are_the_means_of_consecutive_runs():
    assert windows([1.0, 2.0, 3.0, 4.0], 2) == [1.5, 2.5, 3.5]
    assert windows([1.0, 3.0], 5) == [2.0]  # fewer than a run: one mean of all
    assert windows([], 5) == []


def _lines(path: Path, cut: int | None) -> list[str]:
    lines = path.read_text(encoding="utf-8").split("\n")
    lines = lines[:-1] if lines and lines[-1] == "" else lines
    return lines[:cut] if cut else lines


def _gold_path(gold_file: Path, n: int, m: int) -> list[tuple[int, int, int, int]]:
    """The gold as a path covering both sides: sentences the gold leaves out, and beads
    with one empty side, become 1-0 / 0-1 beads; beads past a cut are dropped."""
    beads, _ = read_beads(gold_file)
    path = []
    i = j = 0
    for s, t in beads:
        if any(x >= n for x in s) or any(y >= m for y in t):
            continue
        if s and t:
            path += [(x, x + 1, j, j) for x in range(i, s[0])]
            path += [(s[0], s[0], y, y + 1) for y in range(j, t[0])]
            path.append((s[0], s[-1] + 1, t[0], t[-1] + 1))
            i, j = s[-1] + 1, t[-1] + 1
        elif s:
            path += [(x, x + 1, j, j) for x in range(i, s[-1] + 1)]
            i = s[-1] + 1
        else:
            path += [(i, i, y, y + 1) for y in range(j, t[-1] + 1)]
            j = t[-1] + 1
    path += [(x, x + 1, j, j) for x in range(i, n)]
    path += [(n, n, y, y + 1) for y in range(j, m)]
    return path


@pytest.mark.parametrize("cut", [120, None])
def test_a_loose_translation_looks_parallel_on_its_gold_path(gold_dir: Path, cut):
    # Emma (a tuning book): the French runs ahead of the English and drops sentences;
    # bead by bead, a translated pair's similarity was hardly above the null's, and the
    # estimate on this very gold path was 0.49 (first 120 lines) and 0.68 (whole book)
    folder = gold_dir / "en-fr" / "Emma"
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")
    en, fr = _lines(folder / "en.txt", cut), _lines(folder / "fr.txt", cut)
    path = _gold_path(folder / "gold.txt", len(en), len(fr))
    assert path[-1][1] == len(en) and path[-1][3] == len(fr)
    tok = tokenize(en)
    sf = sentence_features(en, "en", "fr", translate=None, target_side=False, tokens=tok)
    t_tok = tokenize(fr)
    tf = sentence_features(fr, "fr", "en", target_side=True, tokens=t_tok)
    sf_cf = al._crossfit_features(en, fr, "en", "fr", [], sf, tf, path, (tok, t_tok))
    ev = al._evidence(sf_cf, tf, Model(sf_cf, tf), path, False, AlignStats())
    assert clearly_parallel(ev.parallel, ev.beads), ev.parallel


def test_two_different_novels_stay_clearly_not_parallel(gold_dir: Path):
    # Emma's English against La Faute's French (both tuning books), first 120 lines
    en_dir, fr_dir = gold_dir / "en-fr" / "Emma", gold_dir / "en-fr" / "LaFauteDeLAbbeMouret"
    if not en_dir.is_dir() or not fr_dir.is_dir():
        pytest.skip("tuning books absent")
    stats = AlignStats()
    align_sentences(_lines(en_dir / "en.txt", 120), _lines(fr_dir / "fr.txt", 120), "en",
                    "fr", stats=stats)
    assert not stats.looks_parallel and stats.parallel < PARALLEL_MIN, stats.parallel
