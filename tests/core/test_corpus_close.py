"""What a corpus leaves behind and what tells a later session it changed (issue 13 points
7 and 10): readers leave no -wal/-shm beside it, and its fingerprint moves with every
committed change, whoever made it, and with nothing else."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from aligner.corpus import Corpus
from aligner.model import BeadSpan, Document, Segment


def _make(path: Path) -> None:
    with Corpus.create(path) as c:
        segs = [Segment(None, 0, 0, 0, 0, 9, "One line.")]
        a = c.add_document(Document(None, "en", "en", "One line."), segs)
        b = c.add_document(Document(None, "fr", "fr", "Une ligne."),
                           [Segment(None, 0, 0, 0, 0, 10, "Une ligne.")])
        c.replace_beads(c.add_bitext(a, b), [BeadSpan(0, 1, 0, 1)])


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "aligner.cli", *args], check=False, capture_output=True,
                          text=True)


def test_readers_leave_no_companion_files(tmp_path: Path) -> None:
    path = tmp_path / "c.dragoman"
    _make(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.dragoman"]
    done = _cli("info", str(path))
    assert done.returncode == 0, done.stderr
    with Corpus.open(path, read_only=True) as c:
        assert c.bead_count(c.bitexts()[0].id) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.dragoman"]


def test_reader_beside_a_writer_leaves_the_writer_alone(tmp_path: Path) -> None:
    path = tmp_path / "c.dragoman"
    _make(path)
    with Corpus.open(path) as writer:
        bitext = writer.bitexts()[0].id
        writer.set_setting("k", "1")
        with Corpus.open(path, read_only=True) as reader:
            assert reader.get_setting("k") == "1"
        writer.set_setting("k", "2")  # its WAL is still there and usable
        with Corpus.open(path, read_only=True) as reader:
            assert reader.get_setting("k") == "2" and reader.bead_count(bitext) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.dragoman"]


def test_fingerprint_moves_with_changes_only(tmp_path: Path) -> None:
    path = tmp_path / "c.dragoman"
    _make(path)
    with Corpus.open(path) as c:
        at_close = c.fingerprint()
    with Corpus.open(path, read_only=True) as c:  # reading changes nothing
        assert c.fingerprint() == at_close
    assert _cli("info", str(path)).returncode == 0
    assert _cli("export", str(path), "--format", "tsv", "-o",
                str(tmp_path / "out.tsv")).returncode == 0
    with Corpus.open(path) as c:  # nor does opening for writing without a change
        assert c.fingerprint() == at_close
    edit = ("import sys\nfrom aligner.corpus import Corpus\n"
            "with Corpus.open(sys.argv[1]) as c:\n"
            "    b = c.bitexts()[0].id\n"
            "    c.set_status_range(b, 0, 1, 'confirmed')\n")
    done = subprocess.run([sys.executable, "-c", edit, str(path)], check=False, capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr
    with Corpus.open(path) as c:
        changed = c.fingerprint()
    assert changed != at_close
    # a different file under the same name has another fingerprint too
    path.unlink()
    _make(path)
    with Corpus.open(path) as c:
        assert c.fingerprint() not in (at_close, changed)
