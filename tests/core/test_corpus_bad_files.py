"""Files the corpus must refuse, with a clear error, without changing a byte of them:
newer versions, files locked by another process, non-corpus files, missing files."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from aligner.corpus import (SCHEMA_VERSION, Corpus, CorpusError, CorpusLockedError,
                            CorpusVersionError, NotACorpusError)
from aligner.model import BeadSpan, Document, Segment


def make_corpus(path: Path, sentences: int = 3) -> None:
    with Corpus.create(path) as c:
        words = [f"Sentence number {i}." for i in range(sentences)]
        text = " ".join(words)
        segs, at = [], 0
        for w in words:
            segs.append(Segment(None, 0, 0, 0, at, at + len(w), w))
            at += len(w) + 1
        a = c.add_document(Document(None, "en", "a", text), segs)
        b = c.add_document(Document(None, "fr", "b", text),
                           [Segment(None, 0, 0, 0, s.start, s.end, s.text) for s in segs])
        bt = c.add_bitext(a, b)
        c.replace_beads(bt, [BeadSpan(i, i + 1, i, i + 1) for i in range(sentences)])


def snapshot(path: Path) -> tuple[bytes, int, list[str]]:
    """Bytes, mtime and the names of files next to it (no -wal/-shm/.lock left behind)."""
    return path.read_bytes(), path.stat().st_mtime_ns, sorted(p.name for p in path.parent.iterdir())


def test_newer_version_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.dragoman"
    make_corpus(path)
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 7}")
    raw.commit()
    raw.close()
    before = snapshot(path)
    for read_only in (False, True):
        with pytest.raises(CorpusVersionError) as err:
            Corpus.open(path, read_only=read_only)
        assert str(path) in str(err.value) and "newer Dragoman" in str(err.value)
        assert snapshot(path) == before


def _hold_for_writing(path: Path) -> subprocess.Popen:
    code = ("import sys\nfrom aligner.corpus import Corpus\n"
            f"c = Corpus.open({str(path)!r})\nprint('ready', flush=True)\nsys.stdin.read()\n")
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    return proc


def test_locked_by_another_process_then_released_when_it_dies(tmp_path: Path) -> None:
    path = tmp_path / "busy.dragoman"
    make_corpus(path)
    proc = _hold_for_writing(path)
    try:
        with pytest.raises(CorpusLockedError) as err:
            Corpus.open(path)
        message = str(err.value)
        assert str(path) in message and f"pid {proc.pid}" in message and "read-only" in message
        with pytest.raises(CorpusLockedError):
            Corpus.create(path)
        with Corpus.open(path, read_only=True) as ro:  # readers are welcome
            assert ro.bead_count(ro.bitexts()[0].id) == 3
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    # the OS dropped the dead writer's lock: no stale lock to clean by hand
    with Corpus.open(path) as c:
        assert c.check() == []


def test_second_writer_in_the_same_process_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "twice.dragoman"
    make_corpus(path)
    with Corpus.open(path):
        with pytest.raises(CorpusLockedError):
            Corpus.open(path)
    with Corpus.open(path):  # closed: free again
        pass
    assert not (tmp_path / "twice.dragoman.lock").exists()


@pytest.mark.parametrize("content, problem", [
    (b"", "empty file"),
    ("Hello, this is a plain text file.\n".encode(), "not a SQLite database"),
    (bytes(range(256)) * 64, "not a SQLite database"),
    (b"SQLite format 3\x00" + b"\xff" * 30, "truncated"),
])
def test_files_that_are_not_corpora(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "bad.dragoman"
    path.write_bytes(content)
    before = snapshot(path)
    for read_only in (False, True):
        with pytest.raises(NotACorpusError, match=problem) as err:
            Corpus.open(path, read_only=read_only)
        assert str(path) in str(err.value)
        assert snapshot(path) == before


def test_another_sqlite_database_is_not_a_corpus(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE beads (x)")
    raw.commit()
    raw.close()
    before = snapshot(path)
    with pytest.raises(NotACorpusError, match="SQLite database but not a Dragoman corpus"):
        Corpus.open(path)
    assert snapshot(path) == before


def test_truncated_corpus(tmp_path: Path) -> None:
    whole = tmp_path / "whole.dragoman"
    make_corpus(whole, sentences=400)
    data = whole.read_bytes()
    assert len(data) > 8192
    for cut in (len(data) // 2, len(data) - 100, 4096 + 17):
        path = tmp_path / f"cut{cut}.dragoman"
        path.write_bytes(data[:cut])
        before = snapshot(path)
        with pytest.raises(NotACorpusError, match="truncated"):
            Corpus.open(path)
        assert snapshot(path) == before


def test_damaged_schema_page(tmp_path: Path) -> None:
    path = tmp_path / "damaged.dragoman"
    make_corpus(path)
    data = bytearray(path.read_bytes())
    data[100:600] = os.urandom(500)  # page 1 after the header: the schema table
    path.write_bytes(bytes(data))
    with pytest.raises(NotACorpusError, match="damaged"):
        Corpus.open(path)


def test_missing_file_folder_and_existing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.dragoman"
    with pytest.raises(CorpusError, match="no such corpus file") as err:
        Corpus.open(missing)
    assert type(err.value) is CorpusError and str(missing) in str(err.value)
    assert not missing.exists()
    with pytest.raises(CorpusError, match="folder"):
        Corpus.open(tmp_path)
    with pytest.raises(CorpusError, match="does not exist"):
        Corpus.create(tmp_path / "no" / "such" / "dir.dragoman")
    with Corpus.open(missing, create=True) as c:
        assert c.documents() == []
    text = tmp_path / "notes.txt"
    text.write_text("keep me")
    with pytest.raises(CorpusError, match="already exists"):
        Corpus.create(text)
    assert text.read_text() == "keep me"


def test_newer_version_with_a_pending_wal_is_untouched(tmp_path: Path) -> None:
    """A newer Dragoman died with changes still in the WAL: refusing the file must not
    checkpoint them into it (closing a writing connection would)."""
    path = tmp_path / "future-wal.dragoman"
    make_corpus(path)
    code = ("import os, signal, sqlite3, sys\n"
            f"db = sqlite3.connect({str(path)!r})\n"
            "db.execute('PRAGMA journal_mode = WAL')\n"
            f"db.execute('PRAGMA user_version = {SCHEMA_VERSION + 1}')\n"
            "db.execute(\"INSERT INTO meta VALUES ('future', 'yes')\")\n"
            "db.commit()\n"
            "os.kill(os.getpid(), signal.SIGKILL)\n")
    subprocess.run([sys.executable, "-c", code])
    wal = tmp_path / "future-wal.dragoman-wal"
    assert wal.stat().st_size > 0
    before = (path.read_bytes(), path.stat().st_mtime_ns, wal.read_bytes())
    for read_only in (False, True):
        with pytest.raises(CorpusVersionError):
            Corpus.open(path, read_only=read_only)
        assert (path.read_bytes(), path.stat().st_mtime_ns, wal.read_bytes()) == before
