"""A corpus path that is a named pipe or a device: refused in one line, never replaced."""
from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.core.hostile.helpers import SAMPLES, dragoman, one_error_line

AR, EN = SAMPLES / "briefing_ar.txt", SAMPLES / "briefing_en.txt"


def _commands(corpus: Path) -> list[tuple[object, ...]]:
    return [("import", corpus, AR, EN),  # creating a corpus renamed a new file over the path
            ("align", AR, EN, "--corpus", corpus),
            ("info", corpus),  # reading the header of a FIFO blocked for ever
            ("names", "list", corpus),
            ("entities", "list", corpus)]


def test_a_fifo_as_the_corpus_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "c.dragoman"
    os.mkfifo(fifo)
    for command in _commands(fifo):
        one_error_line(dragoman(*command, timeout=30), "c.dragoman", "named pipe")
        assert stat.S_ISFIFO(fifo.stat().st_mode), command


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
def test_a_device_as_the_corpus_is_refused_and_kept(tmp_path: Path) -> None:
    null = tmp_path / "null.dragoman"
    os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # a copy of /dev/null's node
    for command in _commands(null):
        one_error_line(dragoman(*command, timeout=30), "null.dragoman", "device")
        assert stat.S_ISCHR(null.stat().st_mode), command
