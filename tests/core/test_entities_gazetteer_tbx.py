"""`dragoman entities suggest` with a TBX gazetteer, on a corpus whose Arabic document is in
two bitexts (ar-en and ar-fr, as samples/sample.dragoman is built), and `suggest` followed
by `suggest --accept`: real files through the real dispatcher."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from aligner.cli import main

SAMPLES = Path(__file__).resolve().parents[2] / "samples"

# A glossary written for this test in the TBX-Basic form CAT tools exchange: a place with
# its Arabic, English and French terms (and a romanization, which is not text to find), a
# concept with no label (skipped, counted), and one with no Arabic term at all.
TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>test</p>
</sourceDesc></fileDesc></martifHeader><text><body>
<termEntry id="c1"><descrip type="subjectField">LOC</descrip>
  <langSet xml:lang="ar"><tig><term>الفرات</term></tig>
    <tig><term>al-Furāt</term><termNote type="termType">transliteratedForm</termNote></tig>
  </langSet>
  <langSet xml:lang="en"><tig><term>Euphrates</term></tig></langSet>
  <langSet xml:lang="fr"><tig><term>Euphrate</term></tig></langSet>
</termEntry>
<termEntry id="c2"><langSet xml:lang="en"><tig><term>irrigation</term></tig></langSet>
</termEntry>
<termEntry id="c3"><descrip type="subjectField">ORG</descrip>
  <langSet xml:lang="en"><tig><term>Ministry of Water Resources</term></tig></langSet>
</termEntry>
</body></text></martif>
"""


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def sample(tmp_path: Path, capsys) -> Path:
    """The sample corpus as scripts/run.sh builds it: ar-en, then ar-fr on the same Arabic."""
    path = tmp_path / "sample.dragoman"
    for other in ("en", "fr"):
        code, _, err = run(capsys, "import", path, SAMPLES / "briefing_ar.txt",
                           SAMPLES / f"briefing_{other}.txt")
        assert code == 0, err
    return path


def listed(capsys, path: Path) -> list[dict]:
    code, out, _ = run(capsys, "entities", "list", path, "--format", "jsonl")
    assert code == 0
    return [json.loads(line) for line in out.splitlines()]


def test_tbx_gazetteer_names_become_suggestions_in_every_language(sample, capsys, tmp_path):
    tbx = tmp_path / "names.tbx"
    tbx.write_text(TBX, encoding="utf-8")
    code, out, err = run(capsys, "entities", "suggest", sample, "--gazetteer", tbx)
    assert code == 0, err
    assert "1 TBX entries without a label" in err
    rows = listed(capsys, sample)
    found = {(r["lang"], r["text"], r["label"]) for r in rows if r["source"] == "gazetteer"}
    # every language of the sample names the river; the romanization is never looked for
    assert {("ar", "الفرات", "LOC"), ("en", "Euphrates", "LOC"),
            ("fr", "Euphrate", "LOC")} <= found
    assert not any(r["text"] == "al-Furāt" for r in rows)


@pytest.mark.parametrize("body,needle", [
    (TBX.replace(">ORG<", ">AGENCY<"), ":13: unknown label 'AGENCY'"),
    ('<!DOCTYPE martif [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
     "<martif><text><body><termEntry><descrip type='subjectField'>LOC</descrip>"
     "<langSet xml:lang='ar'><tig><term>&b;</term></tig></langSet></termEntry></body>"
     "</text></martif>", "entities"),
    (TBX.replace("</body>", ""), "malformed XML"),
])
def test_a_bad_tbx_gazetteer_is_named_and_nothing_is_written(sample, capsys, tmp_path, body,
                                                             needle):
    tbx = tmp_path / "bad.tbx"
    tbx.write_text(body, encoding="utf-8")
    code, _, err = run(capsys, "entities", "suggest", sample, "--gazetteer", tbx)
    assert code == 2
    assert str(tbx) in err and needle in err
    assert listed(capsys, sample) == []


def test_a_name_in_the_shared_arabic_document_is_suggested_once(sample, capsys):
    code, out, err = run(capsys, "entities", "suggest", sample)
    assert code == 0, err
    rows = listed(capsys, sample)
    spans = [(r["doc"], r["sentence"], r["start"], r["end"]) for r in rows]
    assert len(spans) == len(set(spans))
    # the Arabic document sits in both bitexts, and its names are suggested for both
    assert {r["lang"] for r in rows} == {"ar", "en", "fr"}
    by_id = {r["id"]: r for r in rows}
    for r in rows:  # links are symmetric, one counterpart per language
        for other in r["counterparts"]:
            assert r["id"] in by_id[other]["counterparts"]
        langs = [by_id[o]["lang"] for o in r["counterparts"]]
        assert len(langs) == len(set(langs)) and r["lang"] not in langs
    arabic = [r for r in rows if r["lang"] == "ar"]
    for a in arabic:  # nor do two Arabic suggestions overlap
        assert not any(b is not a and b["sentence"] == a["sentence"] and
                       b["start"] < a["end"] and a["start"] < b["end"] for b in arabic)


def test_suggest_then_accept_accepts_the_stored_suggestions(sample, capsys):
    code, _, err = run(capsys, "entities", "suggest", sample, "--bitext", "1")
    assert code == 0, err
    stored = listed(capsys, sample)
    assert stored and {r["status"] for r in stored} == {"suggested"}
    code, out, err = run(capsys, "entities", "suggest", sample, "--bitext", "1", "--accept")
    assert code == 0, err
    after = listed(capsys, sample)
    assert {r["status"] for r in after} == {"accepted"}
    assert {r["id"] for r in stored} <= {r["id"] for r in after}
    new = len(after) - len(stored)
    assert (f"{len(after)} entities accepted: {len(stored)} stored suggestions, {new} new"
            in err)
    code, _, err = run(capsys, "entities", "suggest", sample, "--bitext", "1", "--accept")
    assert code == 0 and "0 entities accepted: 0 stored suggestions, 0 new" in err


# Terms of one concept that do not spell each other (our own glossary and sentences)
PAIRED_TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en"><text><body>
<termEntry id="m"><descrip type="subjectField">LOC</descrip>
  <langSet xml:lang="ar"><tig><term>بلاد الرافدين</term></tig></langSet>
  <langSet xml:lang="en"><tig><term>Mesopotamia</term></tig></langSet>
  <langSet xml:lang="fr"><tig><term>Mésopotamie</term></tig></langSet>
</termEntry>
<termEntry id="s"><descrip type="subjectField">LOC</descrip>
  <langSet xml:lang="ar"><tig><term>الشام</term></tig></langSet>
  <langSet xml:lang="en"><tig><term>the Levant</term></tig></langSet>
  <langSet xml:lang="fr"><tig><term>le Levant</term></tig></langSet>
</termEntry>
</body></text></martif>
"""


def test_the_terms_of_one_tbx_entry_are_linked_across_the_bead(tmp_path, capsys):
    """بلاد الرافدين and Mesopotamia spell nothing alike: paired by their termEntry (and
    in the ar-fr bitext with Mésopotamie), never with a term of another entry."""
    texts = {"ar": "سافر التاجر من الشام إلى بلاد الرافدين.",
             "en": "The merchant travelled from the Levant to Mesopotamia.",
             "fr": "Le marchand alla du Levant en Mésopotamie."}
    for lang, text in texts.items():
        (tmp_path / f"t_{lang}.txt").write_text(text + "\n", encoding="utf-8")
    path = tmp_path / "t.dragoman"
    for other in ("en", "fr"):
        code, _, err = run(capsys, "import", path, tmp_path / "t_ar.txt",
                           tmp_path / f"t_{other}.txt")
        assert code == 0, err
    tbx = tmp_path / "glossary.tbx"
    tbx.write_text(PAIRED_TBX, encoding="utf-8")
    code, _, err = run(capsys, "entities", "suggest", path, "--gazetteer", tbx)
    assert code == 0, err
    rows = listed(capsys, path)
    by_id = {r["id"]: r for r in rows}
    links = {(r["text"], by_id[o]["text"]) for r in rows if r["lang"] == "ar"
             for o in r["counterparts"]}
    assert ("بلاد الرافدين", "Mesopotamia") in links
    assert ("بلاد الرافدين", "Mésopotamie") in links
    assert not any(a == "بلاد الرافدين" and "Levant" in b for a, b in links)
