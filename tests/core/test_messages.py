"""Keyed refusal messages (aligner/messages.py): the core names each refusal by a key with
its arguments so the GUI can translate it, while str() and the CLI stay the English
one-liner naming the file, exit status 2."""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from aligner.cli import main
from aligner.corpus import Corpus, CorpusVersionError
from aligner.errors import InputError
from aligner.messages import CATALOGUE, Problem
from aligner.text.textio import read_text


def test_every_message_formats_with_its_named_arguments() -> None:
    for key, text in CATALOGUE.items():
        names = set(re.findall(r"{(\w+)}", text))
        problem = Problem(key, **{n: f"<{n}>" for n in names})
        assert problem.key == key and problem.args.keys() == names
        assert "{" not in problem and all(f"<{n}>" in problem for n in names)


def test_a_binary_file_is_refused_by_key_and_in_english(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(InputError) as err:
        read_text(path)
    assert isinstance(err.value.problem, Problem) and err.value.problem.key == "file.nul_bytes"
    assert str(err.value) == f"{path}: looks like a binary file, not text (it contains NUL bytes)"
    # the GUI's hook words the problem and places the name; the rest is the same sentence
    assert err.value.worded(lambda p: "<" + p.key + ">", lambda w: f"[{w}]") == \
        f"[{path}]: <file.nul_bytes>"


def newer_corpus(path: Path) -> Path:
    Corpus.create(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    return path


def test_a_newer_corpus_is_refused_by_key(tmp_path: Path) -> None:
    path = newer_corpus(tmp_path / "future.dragoman")
    with pytest.raises(CorpusVersionError) as err:
        Corpus.open(path)
    problem = err.value.problem
    assert isinstance(problem, Problem) and problem.key == "corpus.newer"
    assert problem.args["version"] == 99
    assert str(err.value).startswith(f"{path}: was written by a newer Dragoman (corpus format 99")


def test_the_cli_keeps_its_english_one_liner_and_exit_2(tmp_path: Path, capsys) -> None:
    path = newer_corpus(tmp_path / "future.dragoman")
    code = main(["info", str(path)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "newer Dragoman" in err and str(path) in err
    assert not re.search("[\u0600-\u06ff]", err)
