"""Moses and TSV: the MT formats carry text only, line-aligned, one line per unit."""
from __future__ import annotations

from pathlib import Path

import pytest

from aligner.errors import DragomanError, InputError
from aligner.formats import moses, tsv
from aligner.model import AlignedUnit

from .base import FormatSuite, sample_units


class TestMoses(FormatSuite):
    text = "one_line"
    entities = None
    metadata = False

    def write(self, units, tmp_path: Path, **options):
        tmp_path.mkdir(parents=True, exist_ok=True)
        target = tmp_path / "train"
        return moses.write(units, target, **options), target

    def read(self, target: Path):
        return moses.read(target, "ar", "en")


class TestTsv(FormatSuite):
    text = "one_line"
    tabs_to_space = True
    entities = None
    metadata = False

    def write(self, units, tmp_path: Path, **options):
        tmp_path.mkdir(parents=True, exist_ok=True)
        target = tmp_path / "pairs.tsv"
        return tsv.write(units, target, **options), target

    def read(self, target: Path):
        return tsv.read(target, "ar", "en")


def test_moses_files_are_line_aligned_with_breaks_as_spaces(tmp_path: Path) -> None:
    units = sample_units()
    units[3].src_text = "a\u2028b\rc\r\nd"
    assert moses.write(units, tmp_path / "train") == 4
    ar = (tmp_path / "train.ar").read_text(encoding="utf-8")
    en = (tmp_path / "train.en").read_text(encoding="utf-8")
    assert ar.split("\n")[:-1][3] == "a b c  d"
    assert len(ar.splitlines()) == len(en.splitlines()) == 4
    assert en.splitlines()[3] == "first line second\tline"


def test_moses_refuses_a_second_language_pair(tmp_path: Path) -> None:
    units = sample_units()[:1] + [AlignedUnit("fr", "en", "Bonjour.", "Hello.")]
    with pytest.raises(DragomanError, match="fr-en"):
        moses.write(units, tmp_path / "train")
    assert list(tmp_path.iterdir()) == []


def test_moses_files_of_different_length_are_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "c.ar").write_text("أ\nب\n", encoding="utf-8")
    (tmp_path / "c.en").write_text("a\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"c\.en:2: has fewer lines"):
        list(moses.read(tmp_path / "c", "ar", "en"))


def test_tsv_line_with_three_columns_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("أ\ta\nب\tb\tc\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        list(tsv.read(path, "ar", "en"))
    assert info.value.line == 2 and "bad.tsv" in str(info.value)


def test_tsv_that_is_not_utf8_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "cp1256.tsv"
    path.write_bytes("سلام\tpeace\n".encode("cp1256"))
    with pytest.raises(InputError, match="not UTF-8"):
        list(tsv.read(path, "ar", "en"))
