"""`dragoman align` through the real dispatcher: formats, presplit, bilingual files,
lexicon files, corpus storage, and bad input that must give a clear error."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from aligner.cli import main
from aligner.corpus import Corpus
from aligner.align.evaluate import parse_beads

from .test_align import AR, AR_EN, EN, FR

EXPECTED = [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,)), ((3,), (4,)), ((4,), (5,))]


def write(path: Path, lines: list[str]) -> str:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


@pytest.fixture
def pair(tmp_path):
    return write(tmp_path / "en.txt", EN), write(tmp_path / "fr.txt", FR)


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_presplit_beads_format(pair, capsys):
    code, out, _ = run(capsys, "align", *pair, "--presplit", "--src-lang", "en",
                       "--tgt-lang", "fr", "--format", "beads", "--no-dictionary")
    assert code == 0
    beads, scores = parse_beads(out.splitlines())
    assert beads == EXPECTED
    assert all(s is not None and 0 <= s <= 1 for s in scores)
    assert out.splitlines()[1].startswith("[1]:[1, 2]:")


def test_jsonl_tsv_and_text_formats(pair, capsys, tmp_path):
    out_file = tmp_path / "out.jsonl"
    code, out, _ = run(capsys, "align", *pair, "--presplit", "--src-lang", "en", "--tgt-lang",
                       "fr", "--format", "jsonl", "-o", str(out_file), "--no-dictionary")
    assert code == 0 and out == ""
    rows = [json.loads(line) for line in out_file.read_text(encoding="utf-8").splitlines()]
    assert rows[1]["translation"] == {"en": EN[1], "fr": FR[1] + " " + FR[2]}
    assert rows[1]["src_ids"] == [1] and rows[1]["tgt_ids"] == [1, 2]
    assert 0 <= rows[1]["score"] <= 1
    code, out, _ = run(capsys, "align", *pair, "--presplit", "--src-lang", "en", "--tgt-lang",
                       "fr", "--format", "tsv", "--no-dictionary")
    cols = out.splitlines()[0].split("\t")
    assert cols[:2] == [EN[0], FR[0]] and 0 <= float(cols[2]) <= 1
    code, out, _ = run(capsys, "align", *pair, "--presplit", "--src-lang", "en", "--tgt-lang",
                       "fr", "--no-dictionary")
    assert "[1]:[1, 2]" in out and FR[2] in out and "1-2" in out


def test_raw_files_are_segmented_and_arabic_is_source(tmp_path, capsys):
    ar = write(tmp_path / "ar.txt", [" ".join(AR)])  # one paragraph: the splitter cuts it
    en = write(tmp_path / "en.txt", [" ".join(AR_EN)])
    code, out, _ = run(capsys, "align", ar, en, "--src-lang", "ar", "--tgt-lang", "en",
                       "--format", "beads", "--no-dictionary")
    assert code == 0
    beads, _ = parse_beads(out.splitlines())
    assert beads == [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,)), ((3,), (4,))]


def test_arabic_is_reshaped_only_with_visual(tmp_path, capsys):
    ar = write(tmp_path / "ar.txt", AR)
    en = write(tmp_path / "en.txt", AR_EN)
    args = ("align", ar, en, "--src-lang", "ar", "--tgt-lang", "en", "--no-dictionary")
    _, logical, _ = run(capsys, *args)
    assert AR[0] in logical  # stored order, for terminals with bidi and for files
    _, visual, _ = run(capsys, *args, "--visual")
    assert AR[0] not in visual
    # shaped: Arabic Presentation Forms-B (U+FE70-U+FEFF) appear only in the visual output
    assert not any("\ufe70" <= ch <= "\ufeff" for ch in logical)
    assert any("\ufe70" <= ch <= "\ufeff" for ch in visual)


def test_bilingual_file_and_lexicon_tsv(tmp_path, capsys):
    both = write(tmp_path / "both.txt", AR_EN + [""] + AR)
    lex = write(tmp_path / "lex.tsv", ["وفد\tdelegation", "زيارة\tvisit"])
    code, out, _ = run(capsys, "align", "--bilingual", both, "--format", "beads",
                       "--lexicon", lex, "--no-dictionary")
    assert code == 0
    beads, _ = parse_beads(out.splitlines())
    assert beads == [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,)), ((3,), (4,))]


def test_corpus_option_stores_the_bitext(pair, tmp_path, capsys):
    corpus = tmp_path / "c.dgm"
    code, out, _ = run(capsys, "align", *pair, "--src-lang", "en", "--tgt-lang", "fr",
                       "--corpus", str(corpus), "--no-dictionary")
    assert code == 0 and "5 beads stored" in out
    with Corpus.open(corpus, read_only=True) as c:
        (bt,) = c.bitexts()
        assert [(b.src_start, b.src_end, b.tgt_start, b.tgt_end) for b in c.beads(bt.id)] == \
            [(0, 1, 0, 1), (1, 2, 1, 3), (2, 3, 3, 4), (3, 4, 4, 5), (4, 5, 5, 6)]


@pytest.mark.parametrize("problem", ["empty", "missing", "binary", "lexicon"])
def test_bad_input_gives_a_clear_error(tmp_path, capsys, pair, problem):
    src, tgt = pair
    extra = []
    if problem == "empty":
        tgt = str(tmp_path / "empty.txt")
        Path(tgt).write_text("", encoding="utf-8")
    elif problem == "missing":
        tgt = str(tmp_path / "nope.txt")
    elif problem == "binary":
        tgt = str(tmp_path / "bin.txt")
        Path(tgt).write_bytes(bytes(range(256)) * 8)
    else:
        extra = ["--lexicon", str(tmp_path / "no-such-lexicon")]
    code, out, err = run(capsys, "align", src, tgt, "--presplit", "--src-lang", "en",
                         "--tgt-lang", "fr", *extra)
    assert code == 2
    assert "Traceback" not in err
    assert err.startswith("dragoman: error: ")
    named = Path(tgt).name if problem != "lexicon" else "no-such-lexicon"
    assert named in err


def test_usage_errors(capsys, pair):
    assert run(capsys, "align", pair[0])[0] == 2
    assert run(capsys, "align", *pair, "--presplit")[0] == 2  # languages needed


def test_swapped_languages_are_a_clear_error(tmp_path, capsys):
    ar = write(tmp_path / "ar.txt", [" ".join(AR)])
    en = write(tmp_path / "en.txt", [" ".join(AR_EN)])
    code, out, err = run(capsys, "align", ar, en, "--src-lang", "en", "--tgt-lang", "ar",
                         "--no-dictionary")
    assert code == 2 and out == ""
    assert "ar.txt" in err and "Arabic" in err and "Traceback" not in err
    code, out, err = run(capsys, "align", ar, en, "--presplit", "--src-lang", "en",
                         "--tgt-lang", "ar", "--no-dictionary")
    assert code == 2 and "ar.txt" in err and "Arabic" in err


@pytest.mark.parametrize("suffix", ["", ".index", ".dict.dz"])
def test_lexicon_given_as_a_dictd_file_name(tmp_path, capsys, suffix):
    # --help: "a dictd base path (PATH.index + PATH.dict[.dz])"; naming one of its files,
    # as a user picking it in a file listing does, must load the dictionary too
    from .test_lexicon import ENTRIES, write_dictd

    base = tmp_path / "freedict-ara-eng"
    write_dictd(base, ENTRIES + [("وفد", "وفد\ndelegation\n")])
    both = write(tmp_path / "both.txt", AR_EN + [""] + AR)
    code, out, err = run(capsys, "align", "--bilingual", both, "--format", "beads",
                         "--lexicon", str(base) + suffix, "--no-dictionary")
    assert code == 0, err
    beads, _ = parse_beads(out.splitlines())
    assert beads == [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,)), ((3,), (4,))]


def test_one_language_given_says_which_side_it_is(tmp_path, capsys):
    ar = write(tmp_path / "ar.txt", [" ".join(AR)])
    en = write(tmp_path / "en.txt", [" ".join(AR_EN)])
    for option, code in (("--src-lang", "en"), ("--tgt-lang", "ar")):
        rc, out, err = run(capsys, "align", ar, en, option, code, "--format", "jsonl",
                           "--no-dictionary")
        assert rc == 0, err
        first = json.loads(out.splitlines()[0])
        assert list(first["translation"]) == ["en", "ar"], option  # English is the source
    # a code matching neither file is not silently ignored
    rc, out, err = run(capsys, "align", ar, en, "--src-lang", "fr", "--no-dictionary")
    assert rc == 2 and out == "" and "'fr'" in err and "ar, en" in err
