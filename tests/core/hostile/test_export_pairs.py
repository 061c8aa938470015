"""Issue 12 item 15: several language pairs never mix in one column or file."""
from __future__ import annotations

from pathlib import Path

from tests.core.hostile.helpers import SAMPLES, dragoman, make_corpus


def test_tsv_export_writes_one_file_per_language_pair(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "c.dragoman", ("ar", "en"), ("ar", "fr"))
    run = dragoman("export", corpus, "-o", tmp_path / "out.tsv")
    assert run.returncode == 0, run.stderr
    en, fr = tmp_path / "out.ar-en.tsv", tmp_path / "out.ar-fr.tsv"
    assert str(en) in run.stdout and str(fr) in run.stdout
    assert not (tmp_path / "out.tsv").exists()
    assert "Ministry" in en.read_text(encoding="utf-8")
    assert "Ministry" not in fr.read_text(encoding="utf-8")
    assert "ministère" in fr.read_text(encoding="utf-8").lower()


def test_conll_and_moses_exports_split_by_pair_too(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "c.dragoman", ("ar", "en"), ("ar", "fr"))
    assert dragoman("export", corpus, "-o", tmp_path / "n.conll").returncode == 0
    names = sorted(p.name for p in tmp_path.glob("n.*"))
    assert names == ["n.ar-en.ar.conll", "n.ar-en.en.conll", "n.ar-fr.ar.conll",
                     "n.ar-fr.fr.conll"]
    assert dragoman("export", corpus, "-f", "moses", "-o", tmp_path / "mt").returncode == 0
    src = (tmp_path / "mt.ar-en.ar").read_text(encoding="utf-8").splitlines()
    tgt = (tmp_path / "mt.ar-en.en").read_text(encoding="utf-8").splitlines()
    assert len(src) == len(tgt) > 0


def test_same_language_bitext_is_named_with_the_bitext_hint(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "c.dragoman")
    other = tmp_path / "other_ar.txt"
    other.write_text("افتتحت الوزارة محطة جديدة.\nوقال المهندس إن العمل انتهى.\n",
                     encoding="utf-8")
    run = dragoman("import", corpus, SAMPLES / "briefing_ar.txt", other, "--no-align")
    assert run.returncode == 0, run.stderr
    out = tmp_path / "all.jsonl"
    run = dragoman("export", corpus, "-o", out)
    assert run.returncode == 2
    assert "bitext 2 (" in run.stderr and "ar-ar" in run.stderr
    assert "--bitext 1" in run.stderr
    assert not out.exists()
    assert dragoman("export", corpus, "-o", out, "--bitext", "1").returncode == 0
