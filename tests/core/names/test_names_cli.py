"""`dragoman names ...` through the real entry point, on real corpus files."""
from __future__ import annotations

from pathlib import Path

import pytest

from aligner.cli import main
from aligner.corpus import Corpus
from tests.core.names.register_corpus import build_registered, build


@pytest.fixture
def corpus_path(tmp_path: Path) -> Path:
    return build_registered(tmp_path / "trip.dragoman")


def test_check_prints_one_line_each_and_exits_1(corpus_path: Path, capsys) -> None:
    assert main(["names", "check", str(corpus_path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == ["trip ar-en\t2\tAl Qaim\tal-Qaim", "trip ar-en\t4\tBagdad\tBaghdad",
                   "trip ar-fr\t2\tal-Qaïm\tQaem"]
    assert main(["names", "check", str(corpus_path), "--bitext", "2"]) == 1
    assert capsys.readouterr().out.splitlines() == ["trip ar-fr\t2\tal-Qaïm\tQaem"]


def test_check_fix_then_check_is_clean(corpus_path: Path, capsys) -> None:
    assert main(["names", "check", str(corpus_path), "--fix"]) == 0
    capsys.readouterr()
    assert main(["names", "check", str(corpus_path)]) == 0
    assert capsys.readouterr().out == ""


def test_check_bad_input_exits_2(tmp_path: Path, corpus_path: Path, capsys) -> None:
    assert main(["names", "check", str(tmp_path / "missing.dragoman")]) == 2
    assert main(["names", "check", str(corpus_path), "--bitext", "99"]) == 2
    err = capsys.readouterr().err
    assert "there is no bitext 99" in err


def test_export_import_round_trip_with_arabic(corpus_path: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "register.tsv"
    assert main(["names", "export", str(corpus_path), str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "ar\tkind\tlabel\ten\tfr\tvariants"
    assert "كاغينز\tname\tPER\tCaggins\t\tar:admitted:كاغيتر" in text
    fresh = tmp_path / "fresh.dragoman"
    c, _ = build(fresh)
    c.close()
    assert main(["names", "import", str(fresh), str(out)]) == 0
    with Corpus.open(corpus_path, read_only=True) as a, Corpus.open(fresh, read_only=True) as b:
        def strip(es):  # the TSV table does not carry the scheme a spelling came from
            return [(e.arabic, e.kind, e.label, sorted((f.lang, f.text, f.status) for f in e.forms))
                    for e in es]
        assert strip(a.register_entries()) == strip(b.register_entries())
    # importing again completes the same entries instead of doubling them
    assert main(["names", "import", str(fresh), str(out)]) == 0
    assert "0 entries added" in capsys.readouterr().err


def test_import_a_new_chosen_spelling_wins(corpus_path: Path, tmp_path: Path) -> None:
    table = tmp_path / "house.tsv"
    table.write_text("ar\tkind\tlabel\ten\tvariants\nالقايم\tname\tLOC\tAl-Qa'im\t\n",
                     encoding="utf-8")
    assert main(["names", "import", str(corpus_path), str(table)]) == 0
    with Corpus.open(corpus_path, read_only=True) as c:
        (q,) = [e for e in c.register_entries() if e.arabic == "القائم"]
        assert q.spelling("en") == "Al-Qa'im"
        assert [(f.text, f.status.value) for f in q.spellings("en")] == [
            ("Al-Qa'im", "preferred"), ("al-Qaim", "deprecated")]
        assert "القايم" in q.arabic_forms()


@pytest.mark.parametrize("content,problem", [
    ("ar\tkind\tlabel\ten\tvariants\nالقائم\tplace\t\tal-Qaim\t\n", "2: unknown kind 'place'"),
    ("ar\tkind\tlabel\ten\tvariants\nالقائم\tname\t\tal-Qaim\n", "2: 4 columns"),
    ("arabic\ten\n", "1: the header"),
    ("ar\tkind\tlabel\ten\tvariants\nالقائم\tname\t\tal-Qaim\ten:preferred:Qaim\n",
     "2: a chosen spelling belongs"),
])
def test_bad_tables_name_file_and_line_and_change_nothing(corpus_path: Path, tmp_path: Path,
                                                          capsys, content: str,
                                                          problem: str) -> None:
    table = tmp_path / "bad.tsv"
    table.write_text(content, encoding="utf-8")
    before = Corpus.open(corpus_path, read_only=True)
    entries = before.register_entries()
    before.close()
    assert main(["names", "import", str(corpus_path), str(table)]) == 2
    err = capsys.readouterr().err
    assert f"bad.tsv:{problem}" in err and len(err.strip().splitlines()) == 1
    with Corpus.open(corpus_path, read_only=True) as c:
        assert c.register_entries() == entries


def test_list_and_propose(tmp_path: Path, capsys) -> None:
    path = tmp_path / "bare.dragoman"
    c, _ = build(path)
    c.close()
    assert main(["names", "propose", str(path), "--from", "matcher", "--accept"]) == 0
    out = capsys.readouterr().out
    assert "new entry القائم" in out
    assert main(["names", "list", str(path), "--counts"]) == 0
    listed = capsys.readouterr().out
    line = next(x for x in listed.splitlines() if "القائم" in x)
    assert "en: al-Qaim (1), ~Al Qaim (1)" in line
    assert main(["names", "check", str(path)]) == 1


@pytest.mark.parametrize("name,fmt", [("register.tbx", None), ("register.csv", None),
                                      ("glossary.txt", "omegat")])
def test_export_import_glossaries_for_cat_tools(corpus_path: Path, tmp_path: Path,
                                                name: str, fmt: str | None) -> None:
    out = tmp_path / name
    extra = ["--format", fmt] if fmt else []
    assert main(["names", "export", str(corpus_path), str(out), *extra]) == 0
    fresh = tmp_path / "fresh.dragoman"
    c, _ = build(fresh)
    c.close()
    assert main(["names", "import", str(fresh), str(out), *extra]) == 0
    with Corpus.open(corpus_path, read_only=True) as a, Corpus.open(fresh, read_only=True) as b:
        old, new = a.register_entries(), b.register_entries()
        assert [e.arabic for e in new] == [e.arabic for e in old]
        for x, y in zip(old, new):
            assert y.spelling("en") == x.spelling("en")
            if fmt is None:  # TBX and CSV carry every language
                assert y.spelling("fr") == x.spelling("fr")
                assert y.kind is x.kind


def test_export_unknown_suffix_and_hostile_tbx_exit_2(corpus_path: Path, tmp_path: Path,
                                                      capsys) -> None:
    assert main(["names", "export", str(corpus_path), str(tmp_path / "x.xlsx")]) == 2
    bomb = tmp_path / "bomb.tbx"
    bomb.write_text('<!DOCTYPE martif [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
                    "<martif><text><body/></text></martif>", encoding="utf-8")
    assert main(["names", "import", str(corpus_path), str(bomb)]) == 2
    err = capsys.readouterr().err
    assert "x.xlsx" in err and "bomb.tbx" in err


def _forms(path: Path):
    with Corpus.open(path, read_only=True) as c:
        return [(e.arabic, e.kind, e.label, sorted((f.lang, f.text, f.status) for f in e.forms))
                for e in c.register_entries()]


def test_tbx_keeps_every_form_and_status(corpus_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "register.tbx"
    assert main(["names", "export", str(corpus_path), str(out)]) == 0
    fresh = tmp_path / "fresh.dragoman"
    c, _ = build(fresh)
    c.close()
    assert main(["names", "import", str(fresh), str(out)]) == 0
    assert _forms(fresh) == _forms(corpus_path)  # other Arabic forms (كاغيتر) included
    assert main(["names", "import", str(fresh), str(out)]) == 0  # again: nothing doubles
    assert _forms(fresh) == _forms(corpus_path)
