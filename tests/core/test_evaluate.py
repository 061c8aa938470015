"""Alignment evaluation: strict beads and links counted by hand on small examples, bead
files with and without scores, document folders (micro-average), and bad files."""
from __future__ import annotations

import pytest

from aligner.cli import main
from aligner.errors import InputError
from aligner.align.evaluate import evaluate_paths, format_bead, parse_beads, read_beads, score
from aligner.align.evaluate import main as eval_main

GOLD = ["[0]:[0]", "[1]:[1, 2]", "[2]:[]", "[3, 4]:[3]", "[]:[4]", "[5]:[5]"]
PRED = ["[0]:[0]:0.99", "[1]:[1]:0.55", "[2]:[2]:0.51", "[3, 4]:[3]:0.9", "[]:[4]:1.0",
        "[5]:[5]:0.97"]


def test_strict_and_link_counts():
    gold, _ = parse_beads(GOLD)
    pred, scores = parse_beads(PRED)
    res = score(gold, pred, scores)
    # gold beads with both sides: [0]:[0], [1]:[1,2], [3,4]:[3], [5]:[5] -> 4
    # predicted with both sides: 5, of which [0]:[0], [3,4]:[3], [5]:[5] are right
    assert (res.strict.tp, res.strict.pred, res.strict.gold) == (3, 5, 4)
    assert res.strict.precision == pytest.approx(3 / 5)
    assert res.strict.recall == pytest.approx(3 / 4)
    assert res.strict.f1 == pytest.approx(2 * 0.6 * 0.75 / 1.35)
    # links: gold {00, 11, 12, 33, 43, 55}; pred {00, 11, 22, 33, 43, 55}
    assert (res.links.tp, res.links.pred, res.links.gold) == (5, 6, 6)
    # buckets: 0.9-1.0 holds 0.99, 0.9, 0.97 (all right); 0.5-0.6 holds two wrong ones
    assert res.buckets[9] == [3, 3] and res.buckets[5] == [2, 0]


def test_bead_lines_round_trip():
    assert format_bead([3, 4], [5], 0.8731) == "[3, 4]:[5]:0.8731"
    assert format_bead([], [2]) == "[]:[2]"
    beads, scores = parse_beads(["[3, 4]:[5]:0.8731", "", "[]:[2]"])
    assert beads == [((3, 4), (5,)), ((), (2,))] and scores == [0.8731, None]


def test_folders_are_micro_averaged(tmp_path, capsys):
    gold = tmp_path / "gold"
    pred = tmp_path / "pred"
    (gold / "a").mkdir(parents=True)
    (gold / "b").mkdir()
    (pred / "b").mkdir(parents=True)
    (gold / "a" / "gold.txt").write_text("\n".join(GOLD) + "\n", encoding="utf-8")
    (gold / "b" / "gold.txt").write_text("[0]:[0]\n[1]:[1]\n", encoding="utf-8")
    (pred / "a.txt").write_text("\n".join(PRED) + "\n", encoding="utf-8")
    (pred / "b" / "beads.txt").write_text("[0, 1]:[0, 1]\n", encoding="utf-8")
    res = evaluate_paths(gold, pred)
    assert (res.strict.tp, res.strict.pred, res.strict.gold) == (3, 6, 6)
    assert [name for name, _ in res.documents] == ["a", "b"]
    assert main(["evaluate", str(gold), str(pred)]) == 0
    out = capsys.readouterr().out
    assert "micro-average" in out and "F1=0.5000" in out
    assert eval_main([str(gold / "a" / "gold.txt"), str(pred / "a.txt")]) == 0
    assert "P=0.6000 R=0.7500" in capsys.readouterr().out


def test_bad_files_name_the_file_and_line(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_text("[0]:[0]\n0 -> 1\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_beads(bad)
    assert "bad.txt:2" in str(err.value)
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(InputError, match="no beads"):
        read_beads(empty)
    assert main(["evaluate", str(bad), str(tmp_path / "missing.txt")]) == 2
    assert "missing.txt" in capsys.readouterr().err
    (tmp_path / "g" / "x").mkdir(parents=True)
    (tmp_path / "g" / "x" / "gold.txt").write_text("[0]:[0]\n", encoding="utf-8")
    (tmp_path / "p").mkdir()
    assert main(["evaluate", str(tmp_path / "g"), str(tmp_path / "p")]) == 2
    assert "no predicted beads for 'x'" in capsys.readouterr().err
