"""A corpus where it cannot be written, or where the disk is full: reading still works, and
every refusal names the real cause (issue 12 point 8).

Permissions do not bind root, so when the suite runs as root the commands run as the user
nobody (setpriv); the full disk is a real, small tmpfs mounted in a private mount namespace
(unshare), so it needs root and vanishes with the command.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from aligner.corpus import Corpus
from aligner.model import BeadSpan, Document, Segment

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")

ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
NOBODY = 65534
SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _doc(lang: str, sentences: list[str]) -> tuple[Document, list[Segment]]:
    segs, at = [], 0
    for s in sentences:
        segs.append(Segment(None, 0, 0, 0, at, at + len(s), s))
        at += len(s) + 1
    return Document(None, lang, lang, " ".join(sentences)), segs


def _make_corpus(path: Path) -> None:
    with Corpus.create(path) as c:
        a = c.add_document(*_doc("en", [f"The ferry left at {h} o'clock." for h in range(6)]))
        b = c.add_document(*_doc("fr", [f"Le bac est parti à {h} heures." for h in range(6)]))
        c.replace_beads(c.add_bitext(a, b), [BeadSpan(i, i + 1, i, i + 1) for i in range(6)])


@pytest.fixture()
def place(tmp_path: Path):
    """A folder the commands' user owns, with a corpus in it and a writable out/ folder."""
    if ROOT:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv to drop privileges")
        folder = Path(tempfile.mkdtemp(prefix="dragoman-place-"))
        folder.chmod(0o755)
    else:
        folder = tmp_path / "place"
        folder.mkdir()
    (folder / "out").mkdir()
    (folder / "home").mkdir()
    _make_corpus(folder / "c.dragoman")
    if ROOT:
        for p in [folder, *folder.rglob("*")]:
            os.chown(p, NOBODY, NOBODY)
    try:
        yield folder
    finally:
        for p in [folder, *folder.rglob("*")]:
            p.chmod(0o700 if p.is_dir() else 0o600)
        if ROOT:
            shutil.rmtree(folder)


def _run(folder: Path, *args: str) -> subprocess.CompletedProcess:
    home = folder / "home"
    env = {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(home / "cache"),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data")}
    cmd = [sys.executable, "-m", "aligner.cli", *args]
    if ROOT:
        cmd = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *cmd]
    return subprocess.run(cmd, check=False, capture_output=True, text=True, env=env, cwd=folder / "home")


def test_corpus_in_a_read_only_folder_is_read_and_not_written(place: Path) -> None:
    corpus = str(place / "c.dragoman")
    place.chmod(0o555)
    info = _run(place, "info", corpus)
    assert info.returncode == 0, info.stderr
    assert "bitexts: 1, beads: 6" in info.stdout
    export = _run(place, "export", corpus, "--format", "tsv", "-o", str(place / "out" / "c.tsv"))
    assert export.returncode == 0, export.stderr
    assert (place / "out" / "c.tsv").read_text(encoding="utf-8").count("\n") >= 6
    imp = _run(place, "import", corpus, str(SAMPLES / "briefing_en.txt"),
               str(SAMPLES / "briefing_fr.txt"))
    assert imp.returncode == 2 and "Traceback" not in imp.stderr
    assert f"its folder {place} is read-only" in imp.stderr
    assert sorted(p.name for p in place.iterdir()) == ["c.dragoman", "home", "out"]


def test_read_only_corpus_file_is_read_and_refused_for_writing(place: Path) -> None:
    corpus = place / "c.dragoman"
    corpus.chmod(0o444)
    before = corpus.read_bytes()
    info = _run(place, "info", str(corpus))
    assert info.returncode == 0, info.stderr
    imp = _run(place, "import", str(corpus), str(SAMPLES / "briefing_en.txt"),
               str(SAMPLES / "briefing_fr.txt"))
    assert imp.returncode == 2 and "Traceback" not in imp.stderr
    assert "the file is read-only" in imp.stderr and "open it read-only" in imp.stderr
    assert corpus.read_bytes() == before


def test_read_only_file_in_a_read_only_folder_is_read(place: Path) -> None:
    """Both read-only: SQLite cannot make its WAL index beside the file, so it is read as
    immutable (the file's own read-only flag once hid that the folder was read-only too)."""
    corpus = place / "c.dragoman"
    corpus.chmod(0o444)
    place.chmod(0o555)
    before = corpus.read_bytes()
    info = _run(place, "info", str(corpus))
    assert info.returncode == 0, info.stderr
    assert "bitexts: 1, beads: 6" in info.stdout
    assert corpus.read_bytes() == before
    assert sorted(p.name for p in place.iterdir()) == ["c.dragoman", "home", "out"]


def _texts(folder: Path, n: int) -> tuple[Path, Path]:
    en = [f"In year {1900 + i} the town rebuilt the bridge for the {i}th time, and many "
          "people came to see it." for i in range(n)]
    fr = [f"En {1900 + i}, la ville a reconstruit le pont pour la {i}e fois, et beaucoup de "
          "gens sont venus le voir." for i in range(n)]
    a, b = folder / "big_en.txt", folder / "big_fr.txt"
    a.write_text("\n\n".join(en), encoding="utf-8")
    b.write_text("\n\n".join(fr), encoding="utf-8")
    return a, b


@pytest.mark.skipif(not ROOT or shutil.which("unshare") is None,
                    reason="a real full disk needs root to mount a small tmpfs")
def test_full_disk_mid_import_and_at_open_is_named(tmp_path: Path) -> None:
    small = tmp_path / "small.dragoman"
    _make_corpus(small)
    en, fr = _texts(tmp_path, 4000)
    disk = tmp_path / "disk"
    disk.mkdir()
    cli = f"{sys.executable} -m aligner.cli"
    c = disk / "c.dragoman"
    script = f"""
        mount -t tmpfs -o size=400k tmpfs {disk} || exit 99
        cp {small} {c}
        echo '@mid-import'; {cli} import {c} {en} {fr} --lang en,fr; echo "@rc $?"
        echo '@info'; {cli} info {c}
        dd if=/dev/zero of={disk}/fill bs=4k 2>/dev/null
        rm -f {c}-wal {c}-shm
        echo '@at-open'; {cli} import {c} {en} {fr} --lang en,fr; echo "@rc $?"
        rm {disk}/fill
        echo '@info'; {cli} info {c}
    """
    done = subprocess.run(["unshare", "-m", "sh", "-c", script], check=False, capture_output=True,
                          text=True, cwd=tmp_path)
    if done.returncode == 99:
        pytest.skip("cannot mount a tmpfs here")
    out = done.stdout + done.stderr
    assert "Traceback" not in out
    assert out.count("the disk holding it is full") == 2, out
    assert out.count("@rc 2") == 2, out
    # the corpus is untouched by both failed imports
    assert out.count("bitexts: 1, beads: 6") == 2, out
