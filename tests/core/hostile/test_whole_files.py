"""Files read whole (lexicons, bead files, glossaries, gazetteers, romanize's list): a pipe
or device is named without blocking, and a huge file is refused before it is read."""
from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from tests.core.hostile.helpers import SAMPLES, digest, dragoman, make_corpus, one_error_line

AR, EN = SAMPLES / "briefing_ar.txt", SAMPLES / "briefing_en.txt"


def _commands(bad: Path, corpus: Path) -> list[tuple[object, ...]]:
    return [("align", AR, EN, "--lexicon", bad),
            ("evaluate", bad, AR),
            ("romanize", bad),
            ("names", "import", corpus, bad),
            ("entities", "suggest", corpus, "--gazetteer", bad)]


@pytest.mark.parametrize("suffix", [".tsv", ".tbx"])
def test_a_named_pipe_is_named_and_nothing_waits_for_it(tmp_path: Path, suffix: str) -> None:
    corpus = make_corpus(tmp_path / "c.dragoman")
    before = digest(corpus)
    fifo = tmp_path / f"pipe{suffix}"
    os.mkfifo(fifo)
    for command in _commands(fifo, corpus):  # romanize, names import, gazetteer: blocked
        one_error_line(dragoman(*command, timeout=60), "pipe", "named pipe")
    assert digest(corpus) == before


def test_a_2_gb_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "c.dragoman")
    before = digest(corpus)
    sparse = tmp_path / "huge.tsv"
    with open(sparse, "wb") as out:
        out.truncate(2 * 2**30)  # sparse: no disk used; reading it took 2-5 GB of memory
    for command in _commands(sparse, corpus):
        one_error_line(dragoman(*command), "huge.tsv", "too large")
    assert digest(corpus) == before


def test_a_dictzip_unpacking_past_the_limit_is_refused(tmp_path: Path) -> None:
    base = tmp_path / "bomb"
    (tmp_path / "bomb.index").write_text("word\tA\tB\n", encoding="utf-8")
    with gzip.open(tmp_path / "bomb.dict.dz", "wb") as out:  # ~65 KB packed, 65 MB unpacked
        out.write(bytes(65 * 2**20))
    one_error_line(dragoman("align", AR, EN, "--lexicon", base), "bomb.dict.dz", "too large")
