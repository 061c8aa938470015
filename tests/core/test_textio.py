"""Reading files: encodings found and reported, bad files refused with the file named,
languages told apart, bilingual files split."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from aligner.errors import InputError
from aligner.text.textio import (decode_bytes, detect_language, find_slugs, read_text,
                            split_bilingual)

SAMPLES = Path(__file__).resolve().parents[2] / "samples"

ARABIC = ("قال مدير المشروع إن المحطة الجديدة ستروي القرى الواقعة على ضفاف النهر، "
          "وأضاف أن العمل سينتهي قبل الصيف المقبل.\nوتبلغ الكلفة ثلاثة مليارات دينار.\n")
FRENCH = ("L'été dernier, la société a créé à Genève un élève-ingénieur très âgé ; "
          "« c'est déjà ça », dit-elle.\n")
ENGLISH_CURLY = "“Quoted” text – with a dash, an œuvre and 50%.\n"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("codec, reported", [
    ("utf-8", "utf-8"),
    ("utf-8-sig", "utf-8-sig"),
    ("utf-16", "utf-16"),          # BOM written by Python
    ("utf-16-le", "utf-16-le"),    # no BOM: found by the NUL-byte pattern
    ("utf-16-be", "utf-16-be"),
    ("cp1256", "cp1256"),
    ("iso8859-6", "iso8859-6"),
])
def test_arabic_encodings_are_detected_and_decoded(tmp_path, codec, reported):
    path = write(tmp_path, "a.txt", ARABIC.encode(codec))
    decoded = read_text(path)
    assert decoded.text == ARABIC
    assert decoded.encoding == reported


def test_utf16_with_explicit_bom_bytes(tmp_path):
    for bom, codec in (("\ufeff".encode("utf-16-le"), "utf-16-le"),
                       ("\ufeff".encode("utf-16-be"), "utf-16-be")):
        path = write(tmp_path, "b.txt", bom + ARABIC.encode(codec))
        decoded = read_text(path)
        assert decoded.text == ARABIC and decoded.encoding == "utf-16"


@pytest.mark.parametrize("text, codec, reported", [
    (FRENCH, "cp1252", "cp1252"),
    (ENGLISH_CURLY, "cp1252", "cp1252"),
    # ISO-8859-1 bytes decode identically as cp1252 (its superset), which is what we report
    (FRENCH, "iso8859-1", "cp1252"),
    ("Zażółć gęślą jaźń, mówi pani Łucja.\n", "iso8859-2", "iso8859-2"),
    ("Příliš žluťoučký kůň úpěl ďábelské ódy.\n", "iso8859-2", "iso8859-2"),
])
def test_latin_codepages(tmp_path, text, codec, reported):
    decoded = read_text(write(tmp_path, "l.txt", text.encode(codec)))
    assert decoded.text == text
    assert decoded.encoding == reported


def test_bom_is_dropped_and_newlines_normalised_but_text_kept(tmp_path):
    raw = "\ufeffسطر أول\r\nسطر ثان\rثالث\n".encode("utf-8")
    decoded = read_text(write(tmp_path, "n.txt", raw))
    assert decoded.text == "سطر أول\nسطر ثان\nثالث\n"
    assert decoded.checksum == hashlib.sha256(raw).hexdigest()
    assert decoded.path.endswith("n.txt")


def test_encoding_override(tmp_path):
    path = write(tmp_path, "o.txt", ARABIC.encode("cp1256"))
    decoded = read_text(path, encoding="windows-1256")
    assert decoded.text == ARABIC and decoded.encoding == "cp1256"
    # the wrong override is believed (the user asked for it) when the bytes allow it...
    assert read_text(path, encoding="latin-1").encoding == "iso8859-1"
    # ...and when they do not, the user insisted: bytes replaced and reported by line
    bad = write(tmp_path, "bad.txt", b"line one\nline two \xff\xfe\n")
    decoded = read_text(bad, encoding="utf-8")
    assert decoded.text == "line one\nline two \ufffd\ufffd\n"
    assert decoded.warnings == ("2 bytes invalid in utf-8 replaced by \ufffd on line 2",)


def test_utf8_with_a_stray_invalid_byte_is_not_read_as_a_codepage(tmp_path):
    # scraped text often holds a truncated character; the rest of the file is good UTF-8
    # and was read as cp1256 mojibake ("ط§ظپطھطھط§ط­")
    cut = ARABIC.index("المحطة")
    path = write(tmp_path, "a.txt", ARABIC[:cut].encode() + b"\xd8" + ARABIC[cut:].encode())
    decoded = read_text(path)
    assert decoded.text == ARABIC[:cut] + "\ufffd" + ARABIC[cut:]
    assert decoded.encoding == "utf-8 (1 invalid byte replaced)"
    assert decoded.warnings == ("not valid UTF-8: 1 byte replaced by \ufffd on line 1",)
    # a cp1252 word among UTF-8 lines is two encodings in one file (issue 12 item 2):
    # refused, naming the line; read as UTF-8 with the bytes replaced when insisted on
    french = write(tmp_path, "f.txt", FRENCH.encode() + b"\n\xe9t\xe9\n" + FRENCH.encode())
    with pytest.raises(InputError, match="mixes encodings") as err:
        read_text(french)
    line = FRENCH.count("\n") + 2
    assert err.value.line == line
    decoded = read_text(french, encoding="utf-8")
    assert decoded.text == FRENCH + "\n\ufffdt\ufffd\n" + FRENCH
    assert decoded.encoding == "utf-8 (2 invalid bytes replaced)"
    assert decoded.warnings == (f"2 bytes invalid in utf-8 replaced by \ufffd on line {line}",)
    # the same with a UTF-8 byte-order mark (it was refused as "not valid utf-8-sig")
    bom = write(tmp_path, "b.txt", b"\xef\xbb\xbf" + ARABIC[:cut].encode() + b"\xd8"
                + ARABIC[cut:].encode())
    assert read_text(bom).text == ARABIC[:cut] + "\ufffd" + ARABIC[cut:]
    # a file valid as UTF-8 that holds U+FFFD itself is plain UTF-8
    assert read_text(write(tmp_path, "r.txt", ("a\ufffd " + ARABIC).encode())).encoding == "utf-8"


def test_unknown_encoding_name(tmp_path):
    path = write(tmp_path, "u.txt", b"hello\n")
    with pytest.raises(InputError, match="unknown encoding 'klingon'"):
        read_text(path, encoding="klingon")


@pytest.mark.parametrize("codec", ["base64", "rot13", "hex", "zlib"])
def test_a_codec_that_is_not_a_text_encoding_is_refused(tmp_path, codec):
    # codecs.lookup knows these names, but bytes.decode refuses them with a LookupError
    path = write(tmp_path, "u.txt", b"hello\n")
    with pytest.raises(InputError, match=r"u\.txt: .*not a text encoding"):
        read_text(path, encoding=codec)


@pytest.mark.parametrize("data, problem", [
    (b"", "empty"),
    (b"  \n\r\n\t ", "no text"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    (bytes(range(1, 32)) * 20, "binary"),  # control characters but no NUL byte
])
def test_bad_files_are_refused_with_their_name(tmp_path, data, problem):
    path = write(tmp_path, "bad.bin", data)
    with pytest.raises(InputError) as err:
        read_text(path)
    assert "bad.bin" in str(err.value) and problem in str(err.value)


def test_missing_file_folder_and_size_limit(tmp_path):
    with pytest.raises(InputError, match="not found"):
        read_text(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="folder"):
        read_text(tmp_path)
    big = write(tmp_path, "big.txt", b"word " * 1000)
    with pytest.raises(InputError, match="too large"):
        read_text(big, max_bytes=1000)


def test_decode_bytes_without_a_file():
    assert decode_bytes("نص".encode("utf-8")) == ("نص", "utf-8")
    with pytest.raises(InputError, match="<input>: file is empty"):
        decode_bytes(b"")


@pytest.mark.parametrize("text, lang", [
    ("قال الوزير إن المشروع سينتهي قريباً.", "ar"),
    ("The minister said the project would end soon.", "en"),
    ("Le ministre a dit que le projet finirait bientôt.", "fr"),
    ("L'ingénieure est arrivée.", "fr"),
    # mixed: mostly Arabic with a Latin name
    ("وقال المتحدث باسم Coalition إن القوات غادرت القاعدة", "ar"),
    ("12 345 — 678", ""),
])
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_detect_language_on_samples():
    for lang in ("ar", "en", "fr"):
        text = (SAMPLES / f"briefing_{lang}.txt").read_text(encoding="utf-8")
        assert detect_language(text) == lang


def test_find_slugs():
    line = "Pumps return to the river.عودة-المضخات-إلى-النهر"
    (s, e), = find_slugs(line)
    assert line[s:e] == "عودة-المضخات-إلى-النهر"
    # English compounds and a hyphenated name are not slugs
    assert find_slugs("a state-of-the-art pump and al-Qa'im and mother-in-law") == []
    assert find_slugs("new-pumps-arrive-at-the-river-today\n") == [(0, 35)]
    # issue 12: French compounds after an elided article were cut out as slugs
    assert find_slugs("Les cultivateurs, c'est-à-dire les familles\nun arc-en-ciel") == []
    assert find_slugs("Il a vu l'arc-en-ciel") == find_slugs("c'est-à-dire") == []
    # glued straight to the title's last word
    line = "New ferry links the banks of the estuaryعبارة-جديدة-تربط-الضفتين"
    assert [line[s:e] for s, e in find_slugs(line)] == ["عبارة-جديدة-تربط-الضفتين"]


def test_split_bilingual_english_then_arabic():
    text = ("Pumps return to the river.عودة-المضخات-إلى-النهر\n\n"
            "The pumps were repaired in May. Farmers are pleased.\n\n"
            "Basra – Agency\n\n"
            "عادت المضخات إلى العمل على النهر\n\n"
            "أصلحت المضخات في أيار. والمزارعون راضون.\n")
    blocks = split_bilingual(text)
    assert [b.lang for b in blocks] == ["en", "ar"]
    en, ar = (text[b.start:b.end] for b in blocks)
    assert en.startswith("Pumps return") and en.endswith("Basra – Agency")
    assert ar.startswith("عادت المضخات") and ar.endswith("راضون.")


def test_split_bilingual_absorbs_a_small_island():
    text = ("Le barrage a été réparé en mai et les agriculteurs sont contents.\n"
            "القائم\n"
            "Les travaux ont duré un an et ont coûté trois milliards de dinars.\n")
    blocks = split_bilingual(text)
    assert len(blocks) == 1 and blocks[0].lang == "fr"


def test_split_bilingual_seed_000(seeds_dir):
    text = read_text(seeds_dir / "000_55dfabf2635491b5.txt").text
    blocks = split_bilingual(text)
    assert [b.lang for b in blocks] == ["en", "ar"]
    en = text[blocks[0].start:blocks[0].end]
    ar = text[blocks[1].start:blocks[1].end]
    # the English block ends with the last English paragraph; the Arabic one starts with
    # the Arabic title (line 17 of the seed)
    assert en.rstrip().endswith("Iraq.")
    assert ar == text.split("\n", 16)[16].strip()
