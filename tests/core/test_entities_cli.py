"""`dragoman entities ...` through the real dispatcher on a real corpus file made from the
project's sample texts (samples/briefing_*.txt)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from aligner.cli import main
from aligner.corpus import Corpus
from aligner.entities import edits as ee

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def corpus(tmp_path: Path, capsys) -> Path:
    path = tmp_path / "briefing.dragoman"
    code, _, err = run(capsys, "import", path, SAMPLES / "briefing_ar.txt",
                       SAMPLES / "briefing_en.txt")
    assert code == 0, err
    return path


def listed(capsys, path: Path) -> list[dict]:
    code, out, _ = run(capsys, "entities", "list", path, "--format", "jsonl")
    assert code == 0
    return [json.loads(line) for line in out.splitlines()]


def pairs(rows: list[dict]) -> set[tuple[str, str, str]]:
    by_id = {r["id"]: r for r in rows}
    return {(r["text"], by_id[r["counterpart"]]["text"], r["label"]) for r in rows
            if r["lang"] == "ar" and r["counterpart"]}


def test_suggest_stores_suggestions_and_accept_stores_linked_entities(corpus, capsys) -> None:
    code, out, _ = run(capsys, "entities", "suggest", corpus)
    assert code == 0
    rows = listed(capsys, corpus)
    assert rows and {r["status"] for r in rows} == {"suggested"}
    # suggestions are not exported
    code, _, err = run(capsys, "export", corpus, "-o", corpus.with_suffix(".jsonl"))
    assert code == 0, err
    units = [json.loads(x) for x in corpus.with_suffix(".jsonl").read_text().splitlines()]
    assert not any(u.get("entities") for u in units)
    # --accept on a fresh corpus: linked, accepted entities; titles stay out of the names
    fresh = corpus.with_name("fresh.dragoman")
    run(capsys, "import", fresh, SAMPLES / "briefing_ar.txt", SAMPLES / "briefing_en.txt")
    code, out, _ = run(capsys, "entities", "suggest", fresh, "--accept")
    assert code == 0
    rows = listed(capsys, fresh)
    assert {r["status"] for r in rows} == {"accepted"}
    got = pairs(rows)
    assert ("سلمى الحديثي", "Salma al-Hadithi", "PER") in got
    assert ("عبد الرحمن الدليمي", "Abdul Rahman al-Dulaimi", "PER") in got
    assert ("عانة", "Anah", "LOC") in got  # وعانة: the conjunction stays out
    assert not any(en.startswith(("Dr", "Engineer")) for _, en, _ in got)


def test_gazetteer_line_errors_are_named_and_nothing_is_written(corpus, capsys, tmp_path) -> None:
    bad = tmp_path / "names.tsv"
    bad.write_text("الفرات\tLOC\nحديثة\tTOWN\n", encoding="utf-8")
    code, _, err = run(capsys, "entities", "suggest", corpus, "--gazetteer", bad)
    assert code == 2
    assert f"{bad}:2: unknown label 'TOWN'" in err
    assert listed(capsys, corpus) == []
    good = tmp_path / "ok.tsv"
    good.write_text("الفرات\tLOC\n", encoding="utf-8")
    code, out, _ = run(capsys, "entities", "suggest", corpus, "--gazetteer", good)
    assert code == 0
    assert any(r["text"] == "الفرات" and r["label"] == "LOC" and r["source"] == "gazetteer"
               for r in listed(capsys, corpus))


def _tag(path: Path, lang: str, sentence: int, text: str, label: str) -> int:
    with Corpus.open(path) as c:
        doc = next(d for d in c.documents() if d.lang == lang)
        seg = c.segments(doc.id)[sentence]
        at = seg.text.index(text)
        edit = ee.tag(c, seg.id, at, at + len(text), label)
        edit.do(c)
        return edit.added_ids[0]


def test_project_links_counterparts_and_leaves_linked_ones_alone(corpus, capsys) -> None:
    _tag(corpus, "ar", 1, "الأنبار", "LOC")
    _tag(corpus, "ar", 2, "سلمى الحديثي", "PER")
    code, out, err = run(capsys, "entities", "project", corpus, "--from", "ar")
    assert code == 0, err
    got = pairs(listed(capsys, corpus))
    assert got == {("الأنبار", "Anbar", "LOC"), ("سلمى الحديثي", "Salma al-Hadithi", "PER")}
    code, out, err = run(capsys, "entities", "project", corpus, "--from", "ar")
    assert code == 0 and out == "" and "projected 0 entities" in err


def test_propagate_tags_other_occurrences_with_clitics_and_prints_them(corpus, capsys) -> None:
    _tag(corpus, "ar", 0, "القائم", "LOC")
    _tag(corpus, "en", 0, "al-Qaim", "LOC")
    code, out, err = run(capsys, "entities", "propagate", corpus)
    assert code == 0, err
    lines = out.splitlines()
    ar_hits = [x for x in lines if "\tar\t" in x]
    en_hits = [x for x in lines if "\ten\t" in x]
    assert len(ar_hits) == 2 and all(x.endswith("\tالقائم\tLOC") for x in ar_hits)
    assert any("\tal-Qa'im\tLOC" in x for x in en_hits)
    rows = listed(capsys, corpus)
    assert len(rows) == 2 + len(lines)
    code, out, _ = run(capsys, "entities", "propagate", corpus)
    assert out == ""  # nothing left to tag


def test_list_tsv_has_a_header_and_one_line_per_entity(corpus, capsys) -> None:
    _tag(corpus, "ar", 0, "الفرات", "LOC")
    code, out, _ = run(capsys, "entities", "list", corpus)
    header, *lines = out.splitlines()
    assert header.split("\t")[:3] == ["id", "doc", "lang"]
    assert len(lines) == 1 and lines[0].endswith("\tالفرات")


def test_imported_jsonl_entity_outside_its_sentence_names_file_and_line(tmp_path, capsys) -> None:
    good = {"translation": {"ar": "زار بغداد", "en": "He visited Baghdad"}, "src_lang": "ar",
            "tgt_lang": "en", "entities": [{"side": "ar", "start": 4, "end": 9, "label": "LOC",
                                            "counterpart": 1},
                                           {"side": "en", "start": 11, "end": 18, "label": "LOC"}]}
    bad = json.loads(json.dumps(good))
    bad["entities"][1]["end"] = 30
    path = tmp_path / "units.jsonl"
    path.write_text(json.dumps(good, ensure_ascii=False) + "\n" + json.dumps(bad, ensure_ascii=False)
                    + "\n", encoding="utf-8")
    target = tmp_path / "c.dragoman"
    code, _, err = run(capsys, "import", target, path)
    assert code == 2 and f"{path}:2:" in err and "outside the en text" in err
    path.write_text(json.dumps(good, ensure_ascii=False) + "\n", encoding="utf-8")
    code, _, err = run(capsys, "import", target, path)
    assert code == 0, err
    rows = listed(capsys, target)
    assert pairs(rows) == {("بغداد", "Baghdad", "LOC")}


def test_propagation_preview_keeps_only_the_ticked_occurrences(corpus, capsys) -> None:
    from aligner.entities.service import propagate
    from aligner.history import History

    _tag(corpus, "ar", 0, "القائم", "LOC")
    with Corpus.open(corpus) as c:
        plan = propagate(c)
        assert len(plan.rows) == 2 and plan.edit is not None
        edit = plan.only([1])
        assert edit is not None
        before = len(c.entities())
        h = History(c)
        h.do(edit)
        assert len(c.entities()) == before + 1
        h.undo()
        assert len(c.entities()) == before
        assert plan.only([]) is None


def test_register_entries_become_suggestions_tied_to_their_entry(corpus, capsys) -> None:
    from aligner.model import FormStatus, NameForm, NameKind, RegisterEntry

    with Corpus.open(corpus) as c:
        entry = RegisterEntry(None, "حديثة", NameKind.NAME, "LOC",
                              [NameForm("en", "Haditha", FormStatus.PREFERRED)])
        entry_id = c.add_register_entry(entry)
    code, out, _ = run(capsys, "entities", "suggest", corpus)
    assert code == 0
    rows = [r for r in listed(capsys, corpus) if r["source"] == "register"]
    assert {(r["lang"], r["text"], r["label"], r["name_id"]) for r in rows} == {
        ("ar", "حديثة", "LOC", entry_id), ("en", "Haditha", "LOC", entry_id)}


def test_suggest_prints_confidences_and_keeps_those_at_the_minimum(corpus, capsys) -> None:
    fresh = corpus.with_name("all.dragoman")
    run(capsys, "import", fresh, SAMPLES / "briefing_ar.txt", SAMPLES / "briefing_en.txt")
    code, out, _ = run(capsys, "entities", "suggest", fresh, "--min-confidence", "0")
    assert code == 0
    every = [float(line.split("\t")[-1]) for line in out.splitlines()]
    assert every and all(0.0 <= c <= 1.0 for c in every)
    cut = sorted(every)[len(every) // 2]  # a level between the lowest and the highest
    code, out, _ = run(capsys, "entities", "suggest", corpus, "--min-confidence", str(cut))
    assert code == 0
    kept = [float(line.split("\t")[-1]) for line in out.splitlines()]
    assert kept and all(c >= cut for c in kept)
    assert len(kept) < len(every) or min(every) >= cut
    assert len(listed(capsys, corpus)) == len(kept)  # only those were stored


def test_project_prints_confidences_and_keeps_those_at_the_minimum(corpus, capsys) -> None:
    run(capsys, "entities", "suggest", corpus, "--accept")
    rows = listed(capsys, corpus)
    en_ids = [r["id"] for r in rows if r["lang"] == "en"]
    with Corpus.open(corpus) as c:  # the English side goes: projection must find it again
        ee.delete(en_ids).do(c)
    code, out, _ = run(capsys, "entities", "project", corpus, "--from", "ar",
                       "--min-confidence", "1")
    assert code == 0
    assert all(float(line.split("\t")[-1]) == 1.0 for line in out.splitlines())
    few = len(out.splitlines())
    code, out, _ = run(capsys, "entities", "project", corpus, "--from", "ar")
    assert code == 0
    confidences = [float(line.split("\t")[-1]) for line in out.splitlines()]
    assert confidences and all(0.0 <= c <= 1.0 for c in confidences)
    assert few + len(confidences) <= len(en_ids)


@pytest.mark.parametrize("value", ["1.5", "-0.1", "high", "nan"])
@pytest.mark.parametrize("action", [["suggest"], ["project", "--from", "ar"]])
def test_a_bad_minimum_confidence_is_one_clear_line(corpus, capsys, value, action) -> None:
    code, out, err = run(capsys, "entities", *action, corpus, "--min-confidence", value)
    assert code == 2 and out == ""
    assert err.strip().count("\n") == 0
    assert "--min-confidence" in err and repr(value) in err and "0 to 1" in err
    assert listed(capsys, corpus) == []
