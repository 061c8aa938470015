"""Entity labels of an imported JSONL the corpus does not have: each joins the label set
with a colour of its own; a bad label name or no colour left refuses the file with its
line named, and nothing of the import stays."""
from __future__ import annotations

import json
from pathlib import Path

from aligner.cli import main
from aligner.corpus import Corpus

AR, EN = "زار الوالي مدينة حديثة.", "The governor visited Haditha."


def _unit(label: str) -> str:
    a, e = AR.index("حديثة"), EN.index("Haditha")
    return json.dumps({"translation": {"ar": AR, "en": EN}, "entities": [
        {"side": "ar", "start": a, "end": a + 5, "label": label, "counterpart": 1},
        {"side": "en", "start": e, "end": e + 7, "label": label, "counterpart": 0}]},
        ensure_ascii=False)


def test_a_new_label_joins_the_set_with_its_own_colour(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(_unit("LOC") + "\n" + _unit("FAC") + "\n", encoding="utf-8")
    path = tmp_path / "c.dragoman"
    assert main(["import", str(path), str(src)]) == 0
    with Corpus.open(path, read_only=True) as c:
        labels = c.labels()
        assert [lab.name for lab in labels] == ["PER", "LOC", "ORG", "MISC", "FAC"]
        assert len({lab.colour for lab in labels}) == 5 and labels[-1].key == "5"
        assert sorted({e.label for e in c.entities()}) == ["FAC", "LOC"]


def test_no_colour_left_names_the_file_and_line(tmp_path: Path, capsys) -> None:
    src = tmp_path / "many.jsonl"
    lines = [_unit(f"KIND{k}") for k in range(12)]  # 4 defaults + 12 > the 12 colours
    lines.insert(3, "")  # a blank line: still counted as a line of the file
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    path = tmp_path / "c.dragoman"
    assert main(["import", str(path), str(src)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert f"{src}:10:" in err and "KIND8" in err and "no colour left" in err
    assert not path.exists() or _empty(path)


def test_a_bad_label_name_names_the_file_and_line(tmp_path: Path, capsys) -> None:
    src = tmp_path / "bad.jsonl"
    src.write_text(_unit("LOC") + "\n" + _unit("B PER") + "\n", encoding="utf-8")
    path = tmp_path / "c.dragoman"
    assert main(["import", str(path), str(src)]) == 2
    err = capsys.readouterr().err.strip()
    assert f"{src}:2:" in err and "'B PER'" in err
    assert not path.exists() or _empty(path)


def _empty(path: Path) -> bool:
    with Corpus.open(path, read_only=True) as c:
        return c.documents() == [] and c.entities() == [] and len(c.labels()) == 4
