"""The `dragoman export` command, run through the real CLI entry point."""
from __future__ import annotations

import json
from pathlib import Path

from aligner.cli import main
from aligner.corpus import Corpus
from aligner.exchange import import_file


def _corpus(tmp_path: Path) -> Path:
    data = tmp_path / "pairs.jsonl"
    data.write_text(
        '{"translation": {"ar": "وصل القطار.", "en": "The train arrived."}, "score": 0.8, '
        '"status": "confirmed", "bitext": "rail"}\n'
        '{"translation": {"ar": "تأخر ساعة.", "en": "It was an hour late."}, "score": 0.3, '
        '"bitext": "rail"}\n'
        '{"translation": {"ar": "", "en": "(whistle)"}, "score": 0.0, "bitext": "rail"}\n',
        encoding="utf-8")
    path = tmp_path / "c.dragoman"
    with Corpus.create(path) as corpus:
        import_file(corpus, data, src_lang="ar", tgt_lang="en")
    return path


def test_export_jsonl_with_filters(tmp_path: Path, capsys) -> None:
    corpus = _corpus(tmp_path)
    out = tmp_path / "out.jsonl"
    assert main(["export", str(corpus), "-o", str(out), "--bitext", "rail",
                 "--min-score", "0.5"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["translation"]["en"] for r in records] == ["The train arrived."]
    assert "1 units written as jsonl" in capsys.readouterr().out


def test_export_include_empty_and_moses_stem(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    assert main(["export", str(corpus), "--format", "moses", "-o", str(tmp_path / "mt"),
                 "--include-empty"]) == 0
    assert (tmp_path / "mt.en").read_text(encoding="utf-8").splitlines() == [
        "The train arrived.", "It was an hour late.", "(whistle)"]
    assert (tmp_path / "mt.ar").read_text(encoding="utf-8").splitlines()[2] == ""


def test_unknown_bitext_and_format_are_clear_errors(tmp_path: Path, capsys) -> None:
    corpus = _corpus(tmp_path)
    assert main(["export", str(corpus), "-o", str(tmp_path / "x.tmx"), "--bitext", "nope"]) == 2
    err = capsys.readouterr().err
    assert "no bitext 'nope'" in err and "rail" in err and "Traceback" not in err
    assert main(["export", str(corpus), "-o", str(tmp_path / "x.out")]) == 2
    assert "give --format" in capsys.readouterr().err
    assert not (tmp_path / "x.tmx").exists()


def test_export_of_a_missing_corpus_is_an_error(tmp_path: Path, capsys) -> None:
    assert main(["export", str(tmp_path / "none.dragoman"), "-o", str(tmp_path / "x.tmx")]) == 2
    assert "none.dragoman" in capsys.readouterr().err


def test_export_to_a_folder_is_a_clear_error(tmp_path: Path, capsys) -> None:
    corpus = _corpus(tmp_path)
    folder = tmp_path / "out.tmx"
    folder.mkdir()
    assert main(["export", str(corpus), "-f", "tmx", "-o", str(folder)]) == 2
    err = capsys.readouterr().err
    assert "out.tmx" in err and "folder" in err and "Traceback" not in err
    assert folder.is_dir() and list(folder.iterdir()) == []
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_export_to_a_fifo_writes_into_it_and_keeps_it(tmp_path: Path, capsys) -> None:
    # `-o /dev/stdout` or a named pipe: written through, never replaced by a regular file
    # (renaming a temporary file over it would replace the pipe, or a device for root)
    import os
    import stat
    import threading

    corpus = _corpus(tmp_path)
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    assert main(["export", str(corpus), "-o", str(fifo)]) == 0
    reader.join(timeout=10)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    lines = got[0].decode("utf-8").splitlines()
    assert [json.loads(line)["translation"]["en"] for line in lines] == [
        "The train arrived.", "It was an hour late."]
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_export_through_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    # /dev/stdout is such a link; so is an output a user keeps elsewhere
    corpus = _corpus(tmp_path)
    real = tmp_path / "elsewhere" / "pairs.tsv"
    real.parent.mkdir()
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "pairs.tsv"
    link.symlink_to(real)
    assert main(["export", str(corpus), "-o", str(link)]) == 0
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8").splitlines() == [
        "وصل القطار.\tThe train arrived.", "تأخر ساعة.\tIt was an hour late."]


def test_several_bitexts_after_one_bitext_option_as_the_readme_shows(tmp_path: Path) -> None:
    # README: dragoman export CORPUS ... [--bitext ID ...]
    data = tmp_path / "three.jsonl"
    data.write_text("".join(
        f'{{"translation": {{"ar": "نص {n}", "en": "text {n}"}}, "bitext": "b{n}"}}\n'
        for n in range(3)), encoding="utf-8")
    corpus = tmp_path / "c.dragoman"
    with Corpus.create(corpus) as c:
        import_file(c, data, src_lang="ar", tgt_lang="en")
        ids = {b.name: b.id for b in c.bitexts()}
    out = tmp_path / "out.tsv"
    assert main(["export", str(corpus), "-o", str(out), "--bitext", str(ids["b0"]), "b2"]) == 0
    assert out.read_text(encoding="utf-8").splitlines() == ["نص 0\ttext 0", "نص 2\ttext 2"]
    # and repeated, as --help says
    assert main(["export", str(corpus), "-o", str(out), "--bitext", "b1", "--bitext", "b2"]) == 0
    assert out.read_text(encoding="utf-8").splitlines() == ["نص 1\ttext 1", "نص 2\ttext 2"]


def test_export_over_the_corpus_itself_is_refused(tmp_path: Path, capsys) -> None:
    # a slip of -o (the corpus name) renamed the TMX over the corpus: every edit lost
    corpus = _corpus(tmp_path)
    assert main(["export", str(corpus), "-f", "tmx", "-o", str(corpus)]) == 2
    assert "c.dragoman" in capsys.readouterr().err
    with Corpus.open(corpus, read_only=True) as c:
        assert len(c.bitexts()) == 1
