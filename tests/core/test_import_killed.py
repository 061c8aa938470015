"""An import killed between storing its documents and aligning them must not leave an
unaligned bitext, and running the same import again finishes the job (issue 12 point 4)."""
from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from aligner.corpus import Corpus

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")

TOPICS = ["the river", "the harbour", "the old market", "the school", "the bridge",
          "the library", "the station"]
SUJETS = ["le fleuve", "le port", "le vieux marché", "l'école", "le pont",
          "la bibliothèque", "la gare"]


def _texts(tmp_path: Path, n: int) -> tuple[Path, Path]:
    """Two long texts written for this test (long enough that aligning takes a while)."""
    en = [f"In year {1900 + i} the town rebuilt {TOPICS[i % 7]} for the {i}th time."
          for i in range(n)]
    fr = [f"En {1900 + i}, la ville a reconstruit {SUJETS[i % 7]} pour la {i}e fois."
          for i in range(n)]
    a, b = tmp_path / "town_en.txt", tmp_path / "town_fr.txt"
    a.write_text("\n\n".join(en) + "\n", encoding="utf-8")
    b.write_text("\n\n".join(fr) + "\n", encoding="utf-8")
    return a, b


def _import(corpus: Path, *files: Path, extra: tuple[str, ...] = ()) -> list[str]:
    return [sys.executable, "-u", "-m", "aligner.cli", "import", str(corpus),
            *map(str, files), "--lang", "en,fr", *extra]


def _unaligned(corpus: Path) -> list[str]:
    with Corpus.open(corpus, read_only=True) as c:
        return [b.name for b in c.bitexts() if c.bead_count(b.id) == 0]


def test_import_killed_before_aligning_leaves_no_unaligned_bitext(tmp_path: Path) -> None:
    src, tgt = _texts(tmp_path, 3000)
    corpus = tmp_path / "town.dragoman"
    proc = subprocess.Popen(_import(corpus, src, tgt), stdout=subprocess.PIPE, text=True)
    for line in proc.stdout:
        if line.startswith("bitext "):  # stored; the alignment starts now
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the import finished before it was killed"
    assert _unaligned(corpus) == []
    rerun = subprocess.run(_import(corpus, src, tgt), check=False, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    with Corpus.open(corpus, read_only=True) as c:
        assert len(c.bitexts()) == 1 and len(c.documents()) == 2
        assert c.bead_count(c.bitexts()[0].id) > 0 and c.check() == []


def test_rerun_aligns_a_bitext_left_unaligned(tmp_path: Path) -> None:
    """A bitext stored without beads (an import killed by an older version, or
    --no-align) is aligned when the same files are imported again."""
    src, tgt = _texts(tmp_path, 40)
    corpus = tmp_path / "town.dragoman"
    first = subprocess.run(_import(corpus, src, tgt, extra=("--no-align",)),
                           check=False, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    assert len(_unaligned(corpus)) == 1
    rerun = subprocess.run(_import(corpus, src, tgt), check=False, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert _unaligned(corpus) == [] and "aligned: " in rerun.stdout
    with Corpus.open(corpus, read_only=True) as c:
        assert len(c.bitexts()) == 1 and len(c.documents()) == 2
