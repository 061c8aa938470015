"""TMX 1.4b: round trips, DTD validity, what the DTD misses, other tools' files, attacks."""
from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from lxml import etree

import aligner
from aligner.errors import DragomanError, InputError
from aligner.formats import tmx
from aligner.formats.langtag import is_valid_tag
from aligner.model import AlignedUnit

from .base import FormatSuite, sample_units


class TestTmx(FormatSuite):
    def write(self, units, tmp_path: Path, **options):
        tmp_path.mkdir(parents=True, exist_ok=True)
        target = tmp_path / "out.tmx"
        return tmx.write(units, target, **options), target

    def read(self, target: Path):
        return tmx.read(target)


def _write(tmp_path: Path, units=None, **options) -> Path:
    path = tmp_path / "out.tmx"
    tmx.write(sample_units() if units is None else units, path, **options)
    return path


# --- what we write ----------------------------------------------------------------------
def test_export_is_valid_against_the_tmx14_dtd(tmp_path: Path, shared_dir: Path) -> None:
    dtd_path = shared_dir / "standards" / "tmx14.dtd"
    if not dtd_path.is_file():
        pytest.skip(f"{dtd_path} is absent")
    dtd = etree.DTD(str(dtd_path))
    units = sample_units() + [AlignedUnit("fr", "en", "Bonjour\x01 à Alger.", "Hello Algiers.")]
    doc = etree.parse(str(_write(tmp_path, units)))
    assert dtd.validate(doc), dtd.error_log.filter_from_errors()


def test_header_and_units_carry_what_cat_tools_require(tmp_path: Path) -> None:
    root = etree.parse(str(_write(tmp_path))).getroot()
    header = root.find("header")
    assert root.get("version") == "1.4"
    assert header.get("creationtool") == "Dragoman"
    assert header.get("creationtoolversion") == aligner.__version__
    assert (header.get("segtype"), header.get("o-tmf"), header.get("adminlang"),
            header.get("srclang"), header.get("datatype")) == (
        "sentence", "Dragoman", "en", "ar", "plaintext")
    tus = root.find("body").findall("tu")
    assert len(tus) == 4
    first = tus[0]
    props = {p.get("type"): p.text for p in first.findall("prop")}
    assert props["x-dragoman-score"] == "0.93" and props["x-dragoman-status"] == "confirmed"
    assert first.get("creationdate") == "20260301T080000Z"
    assert first.get("changedate") == "20260302T093015Z"
    langs = [tuv.get("{http://www.w3.org/XML/1998/namespace}lang") for tuv in first.findall("tuv")]
    assert langs == ["ar", "en"]
    assert [tuv.find("prop").text for tuv in first.findall("tuv")] == ["news.ar", "news.en"]
    assert tmx.check_semantics(tmp_path / "out.tmx") == []


def test_mixed_language_pairs_keep_a_tuv_in_srclang(tmp_path: Path) -> None:
    units = sample_units()[:1] + [AlignedUnit("fr", "en", "Bonjour.", "Hello.")]
    path = _write(tmp_path, units)
    assert tmx.check_semantics(path) == []
    tus = etree.parse(str(path)).getroot().find("body").findall("tu")
    assert tus[1].get("srclang") == "fr"


def test_semantic_check_catches_what_the_dtd_misses(tmp_path: Path) -> None:
    path = tmp_path / "almost.tmx"
    path.write_text(
        '<tmx version="1.4"><header creationtool="x" creationtoolversion="1" '
        'segtype="sentence" o-tmf="x" adminlang="en" srclang="ar" datatype="plaintext"/>'
        '<body><tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="fr_FR">'
        "<seg>b</seg></tuv></tu></body></tmx>", encoding="utf-8")
    problems = tmx.check_semantics(path)
    assert any("no tuv in srclang 'ar'" in p for p in problems)
    assert any("'fr_FR' is not a valid tag" in p for p in problems)


def test_control_characters_are_dropped_and_cr_survives(tmp_path: Path) -> None:
    unit = AlignedUnit("ar", "en", "أ\x00ب\x1fج\ufffe", "one\r\ntwo\x0b")
    back = list(tmx.read(_write(tmp_path, [unit])))
    assert back[0].src_text == "أبج"
    assert back[0].tgt_text == "one\r\ntwo"


def test_entity_offsets_follow_the_dropped_control_characters(tmp_path: Path) -> None:
    # a form feed (pdftotext's page break) or Word's vertical tab before an entity: the
    # character is dropped from the TMX, so the offsets after it must move with it
    ar, en = "زار\x0c الوفد بغداد.", "The\x0b delegation\x0c visited Baghdad."
    unit = AlignedUnit("ar", "en", ar, en, entities=[
        {"side": "src", "start": ar.index("بغداد"), "end": ar.index("بغداد") + 5,
         "label": "LOC", "counterpart": 1},
        {"side": "tgt", "start": en.index("Baghdad"), "end": en.index("Baghdad") + 7,
         "label": "LOC", "counterpart": 0},
        {"side": "tgt", "start": 0, "end": en.index("visited") - 1, "label": "ORG"}])
    (back,) = tmx.read(_write(tmp_path, [unit]))
    assert back.tgt_text == "The delegation visited Baghdad."
    got = [(e["side"], (back.src_text if e["side"] == "src" else back.tgt_text)
            [e["start"]:e["end"]], e.get("counterpart")) for e in back.entities]
    assert got == [("src", "بغداد", 1), ("tgt", "Baghdad", 0), ("tgt", "The delegation", None)]


def test_invalid_language_tag_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DragomanError, match="ar_EG"):
        _write(tmp_path, [AlignedUnit("ar_EG", "en", "نص", "text")])
    assert not (tmp_path / "out.tmx").exists()


@pytest.mark.parametrize("tag,ok", [
    ("ar", True), ("en-GB", True), ("ar-Arab-EG", True), ("es-419", True), ("fra", True),
    ("zh-Hant-TW", True), ("sl-rozaj-biske", True), ("en-x-dragoman", True), ("i-klingon", True),
    ("arabic", False),  # well-formed (5-8 letters) but not registered: refused (issue 12)
    ("xx", False), ("ar-a1", False), ("en-US", True), ("en-us", True),
    ("ar_EG", False), ("e", False), ("en-", False), ("en--GB", False), ("ar-Arab-Latn", False),
    ("en-a-bbb-a-ccc", False), ("", False), ("عربي", False), ("en-GB-1234567890", False),
])
def test_language_tag_validator(tag: str, ok: bool) -> None:
    assert is_valid_tag(tag) is ok


# --- files from other tools -------------------------------------------------------------
FOREIGN = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
<header creationtool="OtherTool" creationtoolversion="9" segtype="sentence" o-tmf="x"
 adminlang="en-US" srclang="en-US" datatype="rtf"/>
<body>
<tu tuid="a1">
 <tuv xml:lang="en-US"><seg>Press <bpt i="1">{\\b </bpt>Save<ept i="1">}</ept> now<ph>{\\tab}</ph>.</seg></tuv>
 <tuv xml:lang="FR-FR"><seg>Appuyez sur <hi type="bold">Enregistrer</hi><it pos="begin">&lt;x&gt;</it> maintenant.</seg></tuv>
 <tuv xml:lang="ar"><seg>اضغط <bpt i="1">{\\b <sub>سر</sub></bpt>حفظ<ept i="1">}</ept> الآن.</seg></tuv>
</tu>
<tu><tuv xml:lang="en-US"><seg>Only English.</seg></tuv></tu>
</body></tmx>
"""


def test_foreign_tmx_inline_codes_dropped_and_default_language_pair(tmp_path: Path) -> None:
    path = tmp_path / "foreign.tmx"
    path.write_text(FOREIGN, encoding="utf-8")
    reader = tmx.TmxReader(path)
    units = list(reader)
    assert len(units) == 1 and reader.skipped == 1
    unit = units[0]
    assert (unit.src_lang, unit.tgt_lang) == ("en-US", "FR-FR")  # header srclang + first other
    assert unit.src_text == "Press Save now."
    assert unit.tgt_text == "Appuyez sur Enregistrer maintenant."
    assert unit.score is None and unit.status == "auto"


def test_foreign_tmx_user_picks_the_pair(tmp_path: Path) -> None:
    path = tmp_path / "foreign.tmx"
    path.write_text(FOREIGN, encoding="utf-8")
    units = list(tmx.read(path, src_lang="ar", tgt_lang="en"))
    assert [(u.src_text, u.tgt_text) for u in units] == [("اضغط حفظ الآن.", "Press Save now.")]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-8-sig"])
def test_utf16_and_bom_files_are_read(tmp_path: Path, codec: str) -> None:
    text = _write(tmp_path).read_text(encoding="utf-8").replace('encoding="UTF-8"',
                                                                f'encoding="{codec.upper()}"')
    text = text.replace("UTF-8-SIG", "UTF-8").replace("UTF-16-BE", "UTF-16")
    path = tmp_path / f"{codec}.tmx"
    data = text.encode(codec)
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    path.write_bytes(data)
    back = list(tmx.read(path))
    assert [u.src_text for u in back] == [u.src_text for u in sample_units()]


# --- hostile and broken input -----------------------------------------------------------
HEADER = ('<tmx version="1.4"><header creationtool="x" creationtoolversion="1" '
          'segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>')


def _bad(tmp_path: Path, content: str | bytes, name: str = "bad.tmx") -> InputError:
    path = tmp_path / name
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        list(tmx.read(path))
    assert name in str(info.value)
    return info.value


def test_billion_laughs_is_refused(tmp_path: Path) -> None:
    lols = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    doc = (f'<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY lol0 "lol">{lols}]>{HEADER}'
           '<body><tu><tuv xml:lang="en"><seg>&lol9;</seg></tuv>'
           '<tuv xml:lang="ar"><seg>x</seg></tuv></tu></body></tmx>')
    assert "declares entities" in str(_bad(tmp_path, doc))


def test_external_entity_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    doc = (f'<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
           f'{HEADER}<body><tu><tuv xml:lang="en"><seg>&xxe;</seg></tuv>'
           '<tuv xml:lang="ar"><seg>x</seg></tuv></tu></body></tmx>')
    assert "declares entities" in str(_bad(tmp_path, doc))


def test_parameter_entity_is_refused_even_after_a_decoy_comment(tmp_path: Path) -> None:
    doc = ('<?xml version="1.0"?><!-- <a> --><!DOCTYPE tmx [<!ENTITY % p SYSTEM '
           f'"http://127.0.0.1:9/evil.dtd"> %p;]>{HEADER}<body/></tmx>')
    assert "entit" in str(_bad(tmp_path, doc))


def test_external_dtd_is_never_loaded(tmp_path: Path) -> None:
    (tmp_path / "evil.dtd").write_text('<!ENTITY name "INJECTED">', encoding="utf-8")
    doc = (f'<?xml version="1.0"?><!DOCTYPE tmx SYSTEM "evil.dtd">{HEADER}'
           '<body><tu><tuv xml:lang="en"><seg>a &name; b</seg></tuv>'
           '<tuv xml:lang="ar"><seg>x</seg></tuv></tu></body></tmx>')
    err = _bad(tmp_path, doc)  # the entity stays unresolved because the DTD is not loaded
    assert "&name;" in str(err) and err.line == 1


def test_truncated_file_names_the_line(tmp_path: Path) -> None:
    text = _write(tmp_path).read_text(encoding="utf-8")
    cut = text[: text.index("</tu>", text.index("</tu>") + 1)]
    err = _bad(tmp_path, cut, "cut.tmx")
    assert "malformed XML" in str(err) and err.line is not None and err.line > 10


def test_huge_text_node_is_refused_not_swallowed(tmp_path: Path) -> None:
    big = "ا" * 6_000_000  # 12 MB of UTF-8 in one text node: past libxml2's safe limit
    doc = (f'{HEADER}<body><tu><tuv xml:lang="en"><seg>{big}</seg></tuv>'
           '<tuv xml:lang="ar"><seg>x</seg></tuv></tu></body></tmx>')
    assert "malformed XML" in str(_bad(tmp_path, doc, "huge.tmx"))


@pytest.mark.parametrize("content,problem", [
    ("<html><body/></html>", "not a TMX file"),
    ("", "malformed XML"),
    ("\x00\x01binary", "malformed XML"),
    (f'{HEADER}<body><tu><tuv><seg>a</seg></tuv></tu></body></tmx>', "without xml:lang"),
    (f'{HEADER}<body><tu><prop type="x-dragoman-score">high</prop><tuv xml:lang="en"><seg>a'
     '</seg></tuv><tuv xml:lang="ar"><seg>b</seg></tuv></tu></body></tmx>', "not a number"),
    (f'{HEADER}<body><tu><prop type="x-dragoman-entities">[{{"side":"src","start":0,"end":9,'
     '"label":"LOC"}]</prop><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="ar"><seg>b'
     '</seg></tuv></tu></body></tmx>', "bad entity"),
    (f'{HEADER}<body><tu><prop type="x-dragoman-score">nan</prop><tuv xml:lang="en"><seg>a'
     '</seg></tuv><tuv xml:lang="ar"><seg>b</seg></tuv></tu></body></tmx>', "finite number"),
    (f'{HEADER}<body><tu><prop type="x-dragoman-score">-inf</prop><tuv xml:lang="en"><seg>a'
     '</seg></tuv><tuv xml:lang="ar"><seg>b</seg></tuv></tu></body></tmx>', "finite number"),
    (f'{HEADER}<body><tu><prop type="x-dragoman-entities">[{{"side":["src"],"start":0,'
     '"end":1,"label":"LOC"}]</prop><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="ar">'
     '<seg>b</seg></tuv></tu></body></tmx>', "bad entity"),
    (f'{HEADER}<body><tu><prop type="x-dragoman-entities">[{{"side":"src","start":0,"end":1,'
     '"label":"LOC","counterpart":-1}]</prop><tuv xml:lang="en"><seg>a</seg></tuv>'
     '<tuv xml:lang="ar"><seg>b</seg></tuv></tu></body></tmx>', "bad entity"),
    (f'{HEADER}<body><tu><prop type="x-dragoman-entities">[{{"side":"src","start":0,"end":1,'
     '"label":"LOC","counterpart":1}]</prop><tuv xml:lang="en"><seg>a</seg></tuv>'
     '<tuv xml:lang="ar"><seg>b</seg></tuv></tu></body></tmx>', "bad entity"),
])
def test_broken_files_give_input_errors(tmp_path: Path, content: str, problem: str) -> None:
    assert problem in str(_bad(tmp_path, content))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="file not found"):
        list(tmx.read(tmp_path / "nope.tmx"))


def test_writes_to_binary_and_text_streams(tmp_path: Path) -> None:
    import io

    binary = io.BytesIO()
    assert tmx.write(sample_units(), binary) == 4
    assert not binary.closed  # the caller's stream stays open
    path = tmp_path / "from-stream.tmx"
    path.write_bytes(binary.getvalue())
    assert [u.src_text for u in tmx.read(path)] == [u.src_text for u in sample_units()]
    text = io.StringIO()
    tmx.write(sample_units()[:1], text)
    assert "القائم" in text.getvalue()
