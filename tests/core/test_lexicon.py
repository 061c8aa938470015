"""Lexicons: lookups through match keys and clitics, TSV and dictd loading, bad input."""
from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from aligner.errors import InputError
from aligner.align.lexicon import (SYSTEM_DICTD_DIRS, Lexicon, dictd_dirs, is_stop_word, load_dictd,
                                   load_tsv)

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64(n: int) -> str:
    """dictd index number: base64 digits, most significant first."""
    digits = ""
    while True:
        digits = B64[n % 64] + digits
        n //= 64
        if n == 0:
            return digits


def write_dictd(base: Path, entries: list[tuple[str, str]], *, packed: bool = True) -> None:
    """Write a dictd database: (index headword, entry text) in order."""
    data = b""
    index_lines = []
    for head, body in entries:
        raw = body.encode("utf-8")
        index_lines.append(f"{head}\t{b64(len(data))}\t{b64(len(raw))}")
        data += raw
    base.with_name(base.name + ".index").write_text("\n".join(index_lines) + "\n", encoding="utf-8")
    if packed:
        with gzip.open(base.with_name(base.name + ".dict.dz"), "wb") as fh:
            fh.write(data)
    else:
        base.with_name(base.name + ".dict").write_bytes(data)


ENTRIES = [
    ("00databaseinfo", "00-database-info\nA test dictionary written for Dragoman\n"),
    ("00databaseshort", "00-database-short\nTest ara-eng\n"),
    ("جيش", "جيش /ʒajʃ/\n1. army\n2. host, troops\n"),
    ("كتاب", "كتاب /kitaːb/\nbook\n"),
    ("مدرسة", "مدرسة /madrasa/ <n>\n1. school\n2. school of thought (doctrine)\n"),
    ("في", "في /fiː/\nin\n"),  # a stop word: dropped
    ("أديس أبابا", "أديس أبابا /adiːs/\nAddis Ababa - capital of Ethiopia\n"),
]


def test_lexicon_add_lookup_merge_reverse():
    lex = Lexicon("ar", "en")
    assert lex.add("جيش", "army")
    assert lex.add("كتاب", "Book")
    assert not lex.add("في", "in")  # stop word on the source side
    assert not lex.add("حكومة", "the")  # stop word on the target side
    assert len(lex) == 2
    assert lex.translations("جيش") == {"army"}
    assert lex.translations("كتاب") == {"book"}  # targets are match keys
    # Clitics and the article are looked through.
    assert lex.translations("والجيش") == {"army"}
    assert lex.translations("بالكتاب") == {"book"}
    assert lex.translations("في") == set()
    assert lex.translations("مجهول") == set()

    other = Lexicon("ar", "en")
    other.add("جيش", "military", 0.5)
    other.add("مدرسة", "school")
    lex.merge(other)
    assert len(lex) == 3
    assert lex.translations("الجيش") == {"army", "military"}
    assert lex.weighted("جيش")["military"] == 0.5

    rev = lex.reverse()
    assert (rev.src_lang, rev.tgt_lang) == ("en", "ar")
    assert rev.translations("Army") == {"جيش"}
    assert rev.translations("schools") == {"مدرسه"}  # plural looked up as singular
    with pytest.raises(ValueError):
        lex.merge(rev)


def test_article_variants_and_french_elision():
    lex = Lexicon("ar", "en")
    lex.add("الحكومة", "government")
    assert lex.translations("حكومة") == {"government"}
    assert lex.translations("وللحكومة") == {"government"}
    fr = Lexicon("fr", "en")
    fr.add("armée", "army")
    assert fr.translations("l’armée") == {"army"}
    assert fr.translations("ARMEE") == {"army"}
    assert fr.translations("le") == set()


def test_stop_words():
    assert is_stop_word("The", "en") and is_stop_word("les", "fr") and is_stop_word("في", "ar")
    assert not is_stop_word("army", "en") and not is_stop_word("جيش", "ar")


def test_tsv_loading(tmp_path):
    path = tmp_path / "lex.tsv"
    path.write_text(
        "# my lexicon\n\nجيش\tarmy\nكتاب\tbook\t0.5\nفي\tin\n", encoding="utf-8"
    )
    lex = load_tsv(path, "ar", "en")
    assert len(lex) == 2
    assert lex.weighted("كتاب") == {"book": 0.5}


@pytest.mark.parametrize(
    "content, line, words",
    [
        ("جيش\tarmy\nكتاب book\n", 2, "no tab"),
        ("# c\nجيش\tarmy\n\nكتاب\tbook\tmany\n", 4, "not a number"),
        ("جيش\t\n", 1, "empty"),
        ("a\tb\tc\td\n", 1, "columns"),
    ],
)
def test_tsv_errors_name_file_and_line(tmp_path, content, line, words):
    path = tmp_path / "bad.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as exc:
        load_tsv(path, "ar", "en")
    assert exc.value.line == line
    assert str(path) in str(exc.value) and f":{line}:" in str(exc.value)
    assert words in str(exc.value)


def test_tsv_wrong_encoding_and_missing_file(tmp_path):
    path = tmp_path / "cp1256.tsv"
    path.write_bytes("جيش\tarmy\n".encode("cp1256"))
    with pytest.raises(InputError) as exc:
        load_tsv(path, "ar", "en")
    assert "UTF-8" in str(exc.value) and str(path) in str(exc.value)
    with pytest.raises(InputError):
        load_tsv(tmp_path / "absent.tsv", "ar", "en")
    binary = tmp_path / "bin.tsv"
    binary.write_bytes(b"\x00\x01\x02PK\x03\x04")
    with pytest.raises(InputError):
        load_tsv(binary, "ar", "en")


@pytest.mark.parametrize("packed", [True, False])
def test_dictd_loading(tmp_path, packed):
    base = tmp_path / "test-ara-eng"
    write_dictd(base, ENTRIES, packed=packed)
    lex = load_dictd(base, "ar", "en")
    assert lex.translations("جيش") == {"army", "host", "troops"}
    assert lex.weighted("جيش")["army"] > lex.weighted("جيش")["troops"]  # later sense
    assert lex.translations("الكتاب") == {"book"}
    # Parenthesised notes and " - " glosses are not translations.
    assert lex.translations("مدرسة") == {"school", "school of thought"}
    assert lex.translations("أديس أبابا") == {"addis ababa"}
    assert lex.translations("في") == set()
    assert len(lex) == 4  # the metadata entries and the stop word are not words
    # Any of the three file names works as the base.
    assert len(load_dictd(str(base) + ".index", "ar", "en")) == 4


def test_dictd_bad_input(tmp_path):
    base = tmp_path / "broken"
    write_dictd(base, ENTRIES)
    index = base.with_name("broken.index")
    lines = index.read_text(encoding="utf-8").splitlines()
    lines[3] = "كتاب without tabs"
    index.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        load_dictd(base, "ar", "en")
    assert exc.value.line == 4 and "broken.index" in str(exc.value)

    lines[3] = f"كتاب\t{b64(10**6)}\t{b64(20)}"  # points past the data
    index.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        load_dictd(base, "ar", "en")
    assert exc.value.line == 4 and "past the end" in str(exc.value)

    base.with_name("broken.dict.dz").write_bytes(b"this is not gzip data")
    with pytest.raises(InputError) as exc:
        load_dictd(base, "ar", "en")
    assert "broken.dict.dz" in str(exc.value)

    with pytest.raises(InputError):
        load_dictd(tmp_path / "nothing-here", "ar", "en")


def test_installed_dictionaries_when_present(dictionaries):
    dictionaries("freedict-ara-eng")
    lex = Lexicon.installed("ar", "en")
    assert lex is not None and len(lex) > 10000
    assert "army" in lex.translations("الجيش")
    assert "government" in lex.translations("والحكومة")
    assert Lexicon.installed("ar", "en") is lex  # cached per process


def test_installed_french_when_present(dictionaries):
    dictionaries("freedict-fra-eng")
    lex = Lexicon.installed("fr", "en")
    assert lex is not None
    assert "house" in lex.translations("maison")
    assert "army" in lex.translations("l’armée")


def test_installed_absent_pair_is_none():
    assert Lexicon.installed("xx", "yy") is None


def test_dictionary_folders_are_chosen_by_the_environment(tmp_path, monkeypatch):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    write_dictd(tmp_path / "a" / "freedict-xx-yy", [("alpha", "alpha\nuno\n")])
    write_dictd(tmp_path / "b" / "freedict-yy-xx", [("dos", "dos\nbeta\n")])
    monkeypatch.setenv("DRAGOMAN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("DRAGOMAN_DICTD_DIR")
    assert dictd_dirs() == list(SYSTEM_DICTD_DIRS)
    monkeypatch.setenv("DRAGOMAN_DICTD_DIR", "none")
    assert dictd_dirs() == [] and Lexicon.installed("xx", "yy") is None
    # several folders replace the system ones; both halves of the pair are found
    monkeypatch.setenv("DRAGOMAN_DICTD_DIR", os.pathsep.join([str(tmp_path / "a"), str(tmp_path / "b")]))
    lex = Lexicon.installed("xx", "yy")
    assert lex.translations("alpha") == {"uno"} and lex.translations("beta") == {"dos"}


def test_installed_finds_merges_reverses_and_caches(tmp_path, monkeypatch):
    # Made-up language codes so that the system's dictionaries cannot interfere.
    dicts, cache = tmp_path / "dictd", tmp_path / "cache"
    dicts.mkdir()
    monkeypatch.setenv("DRAGOMAN_DICTD_DIR", str(dicts))
    monkeypatch.setenv("DRAGOMAN_CACHE_DIR", str(cache))
    write_dictd(dicts / "freedict-xx-yy", [("alpha", "alpha /a/\nuno\n")])
    write_dictd(dicts / "freedict-yy-xx", [("dos", "dos /d/\n1. beta\n2. bravo\n")])
    lex = Lexicon.installed("xx", "yy")
    assert lex is not None
    assert lex.translations("alpha") == {"uno"}
    assert lex.translations("beta") == {"dos"}  # from the reversed dictionary
    assert Lexicon.installed("xx", "yy") is lex
    saved = list(cache.glob("lexicon-xx-yy-*.json"))
    assert len(saved) == 1

    # A later process reads the saved parse; a damaged one is parsed again.
    import aligner.align.lexicon as lexicon_module

    monkeypatch.setattr(lexicon_module, "_CACHE", {})
    again = Lexicon.installed("xx", "yy")
    assert again is not lex and again.translations("bravo") == {"dos"}
    saved[0].write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(lexicon_module, "_CACHE", {})
    assert Lexicon.installed("xx", "yy").translations("alpha") == {"uno"}

    # Changing a dictionary file makes a new parse (its size/time are part of the key).
    write_dictd(dicts / "freedict-xx-yy", [("alpha", "alpha /a/\nuno\n"), ("gamma", "gamma\ntres\n")])
    assert Lexicon.installed("xx", "yy").translations("gamma") == {"tres"}
    # ...and the parse of the old files, never to be read again, is removed
    newer = list(cache.glob("lexicon-xx-yy-*.json"))
    assert len(newer) == 1 and newer != saved


def test_installed_other_direction_reuses_the_same_files(tmp_path, monkeypatch):
    dicts = tmp_path / "dictd"
    dicts.mkdir()
    monkeypatch.setenv("DRAGOMAN_DICTD_DIR", str(dicts))
    monkeypatch.setenv("DRAGOMAN_CACHE_DIR", str(tmp_path / "cache"))
    write_dictd(dicts / "freedict-xx-yy", [("alpha", "alpha /a/\nuno\n")])
    write_dictd(dicts / "freedict-yy-xx", [("dos", "dos /d/\nbeta\n")])
    forward = Lexicon.installed("xx", "yy")
    backward = Lexicon.installed("yy", "xx")
    assert (backward.src_lang, backward.tgt_lang) == ("yy", "xx")
    assert backward.translations("uno") == {"alpha"}
    assert backward.translations("dos") == {"beta"}
    assert sorted(backward.reverse().items()) == sorted(forward.items())
