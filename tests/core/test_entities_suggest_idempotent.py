"""`dragoman entities suggest --accept` run twice on a corpus of our own: the second run
adds nothing, and no accepted entity overlaps another in its sentence. Real files through
the real dispatcher."""
from __future__ import annotations

import json
from pathlib import Path

from aligner.cli import main

# Written for this test: a foreign person named in full twice (the second time at the
# head of the sentence, where the first run alone was unsure of it), then by surname.
ARABIC = """اجتمعت اللجنة في جنيف يوم الاثنين لمناقشة اتفاقية المياه الجديدة.
افتتحت السيدة إنغريد هالفورسن الاجتماع وشكرت الوفود.
وقالت إنغريد هالفورسن لاحقا إن الاتفاقية ستوقع في الربيع المقبل.
وطلب المندوبون من هالفورسن تقديم مسودة ثانية في مارس.
"""
ENGLISH = """The committee met in Geneva on Monday to discuss the new water agreement.
Ms Ingrid Halvorsen opened the meeting and thanked the delegations.
Ingrid Halvorsen later said that the agreement would be signed next spring.
The delegates asked Halvorsen to present a second draft in March.
"""


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def listed(capsys, path: Path) -> list[dict]:
    code, out, _ = run(capsys, "entities", "list", path, "--format", "jsonl")
    assert code == 0
    return [json.loads(line) for line in out.splitlines()]


def test_a_second_suggest_accept_adds_nothing(tmp_path, capsys):
    (tmp_path / "t_ar.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "t_en.txt").write_text(ENGLISH, encoding="utf-8")
    path = tmp_path / "t.dragoman"
    code, _, err = run(capsys, "import", path, tmp_path / "t_ar.txt", tmp_path / "t_en.txt")
    assert code == 0, err
    code, _, err = run(capsys, "entities", "suggest", path, "--accept")
    assert code == 0, err
    first = listed(capsys, path)
    # the full name is tagged both times it is written, on both sides
    full = [r for r in first if r["text"] in ("Ingrid Halvorsen", "إنغريد هالفورسن")]
    assert len(full) == 4
    code, _, err = run(capsys, "entities", "suggest", path, "--accept")
    assert code == 0, err
    assert "0 entities accepted: 0 stored suggestions, 0 new" in err
    assert listed(capsys, path) == first
    by_sentence: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for r in first:
        by_sentence.setdefault((r["doc"], r["sentence"]), []).append((r["start"], r["end"]))
    for spans in by_sentence.values():
        spans.sort()
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
