"""The names register through TBX-Basic and the OmegaT/memoQ/Trados flat glossaries:
round trips with Arabic, the TBX structure CAT tools expect, other tools' files (TBX v3,
a TBX without statuses, a CSV with its own columns) and hostile or broken input."""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from aligner.errors import InputError
from aligner.formats import glossary, tbx
from aligner.model import ROMANIZED_LANG, FormStatus, NameForm, NameKind, RegisterEntry

P, A, D = FormStatus.PREFERRED, FormStatus.ADMITTED, FormStatus.DEPRECATED


def sample_entries() -> list[RegisterEntry]:
    qaim = RegisterEntry(4, "القائم", NameKind.NAME, "LOC", [
        NameForm("ar", "القايم", A),
        NameForm(ROMANIZED_LANG, "al-Qāʼim", A, "alalc"),
        NameForm(ROMANIZED_LANG, "al-Qāʾim", A, "din"),
        NameForm("en", "al-Qaim", P),
        NameForm("en", "al-Qā’im", A),
        NameForm("en", "Al Qaim", D),
        NameForm("fr", "Qaem", P),
    ], "base near the Syrian border")
    spokesman = RegisterEntry(5, "كاغينز", NameKind.NAME, "PER", [
        NameForm("ar", "كاغيتر", D),
        NameForm("en", "Caggins", P),
    ])
    baghdad = RegisterEntry(6, "بغداد", NameKind.EXONYM, "LOC", [
        NameForm("en", "Baghdad", P), NameForm("fr", "Bagdad", P)])
    army = RegisterEntry(7, "الجيش العراقي", NameKind.TRANSLATION, "ORG", [
        NameForm("en", "Iraqi Army", P), NameForm("fr", "armée irakienne", P)],
        'note with <markup> & "quotes" and 𝔸 outside the BMP')
    return [qaim, spokesman, baghdad, army]


def same(entry: RegisterEntry) -> tuple:
    """An entry without its id, forms as a set (formats may order them differently)."""
    return (entry.arabic, entry.kind, entry.label, entry.note,
            frozenset(entry.forms))


# -- TBX ------------------------------------------------------------------------------------

def test_tbx_round_trip_with_arabic(tmp_path):
    path = tmp_path / "names.tbx"
    entries = sample_entries()
    assert tbx.write(entries, path) == 4
    back = tbx.read(path)
    assert [same(e) for e in back] == [same(e) for e in entries]


def test_tbx_is_structurally_tbx_basic(tmp_path):
    path = tmp_path / "names.tbx"
    tbx.write(sample_entries(), path)
    assert tbx.check_structure(path) == []
    root = etree.parse(str(path)).getroot()
    assert root.tag == "martif" and root.get("type") == "TBX-Basic"
    entries = root.findall("text/body/termEntry")
    assert len(entries) == 4 and len({e.get("id") for e in entries}) == 4
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    qaim = entries[0]
    assert [ls.get(lang) for ls in qaim.findall("langSet")] == ["ar", "en", "fr"]
    en = qaim.find("langSet[@{%s}lang='en']" % "http://www.w3.org/XML/1998/namespace")
    statuses = {t.findtext("term"): t.findtext("termNote[@type='administrativeStatus']")
                for t in en.findall("tig")}
    assert statuses == {"al-Qaim": "preferredTerm-admn-sts",
                        "al-Qā’im": "admittedTerm-admn-sts",
                        "Al Qaim": "deprecatedTerm-admn-sts"}
    romanized = [t for t in qaim.iter("tig")
                 if t.findtext("termNote[@type='termType']") == "transliteratedForm"]
    assert {t.findtext("term") for t in romanized} == {"al-Qāʼim", "al-Qāʾim"}
    assert {t.findtext("note") for t in romanized} == {"scheme: ALA-LC (alalc)",
                                                       "scheme: DIN 31635 (din)"}


def test_tbx_structure_check_finds_problems(tmp_path):
    bad = tmp_path / "bad.tbx"
    bad.write_text('<martif type="TBX-Basic" xml:lang="en"><martifHeader><fileDesc>'
                   "<sourceDesc><p/></sourceDesc></fileDesc></martifHeader><text><body>"
                   '<termEntry id="a"><langSet xml:lang="arabic"><tig><term/></tig>'
                   '</langSet></termEntry><termEntry id="a"/></body></text></martif>',
                   encoding="utf-8")
    problems = tbx.check_structure(bad)
    assert any("xml:lang" in p for p in problems)
    assert any("non-empty term" in p for p in problems)
    assert any("id missing or repeated" in p for p in problems)
    assert any("without langSet" in p for p in problems)


def test_tbx_v3_and_statusless_glossaries_from_other_tools(tmp_path):
    v3 = tmp_path / "v3.tbx"
    v3.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="{tbx.TBX3_NS}">
  <tbxHeader><fileDesc><sourceDesc><p>other tool</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c1">
      <langSec xml:lang="ar-IQ"><termSec><term>الموصل</term></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>Mosul</term></termSec>
        <termSec><term>Mossoul</term>
          <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
        </termSec></langSec>
    </conceptEntry>
    <conceptEntry id="c2">
      <langSec xml:lang="de"><termSec><term>Haus</term></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>""", encoding="utf-8")
    reader = tbx.TbxReader(v3)
    entries = list(reader)
    assert reader.skipped == 1  # no Arabic term
    assert len(entries) == 1
    mosul = entries[0]
    assert mosul.arabic == "الموصل"
    assert mosul.spelling("en") == "Mosul"   # the one unmarked term is the chosen one
    assert NameForm("en", "Mossoul", D) in mosul.forms


@pytest.mark.parametrize("body,needle", [
    ('<!DOCTYPE martif [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
     "<martif><text><body><termEntry><langSet xml:lang='ar'><tig><term>&b;</term></tig>"
     "</langSet></termEntry></body></text></martif>", "entities"),
    ('<!DOCTYPE martif [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
     "<martif><text><body><termEntry><langSet xml:lang='ar'><tig><term>&x;</term></tig>"
     "</langSet></termEntry></body></text></martif>", "entities"),
    ("<martif><text><body><termEntry><langSet xml:lang='ar'><tig><term>قائم</term>"
     "</langSet></termEntry></body></text></martif>", "malformed"),
    ('<tmx version="1.4"><header/><body/></tmx>', "not a TBX file"),
    ("<martif><text><body><termEntry><langSet><tig><term>قائم</term></tig></langSet>"
     "</termEntry></body></text></martif>", "xml:lang"),
    ("<martif><text><body><termEntry><langSet xml:lang='ar'><tig><term>قائم</term>"
     "<termNote type='administrativeStatus'>best</termNote></tig></langSet>"
     "</termEntry></body></text></martif>", "administrativeStatus"),
])
def test_tbx_hostile_or_broken_input_is_refused(tmp_path, body, needle):
    path = tmp_path / "hostile.tbx"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(InputError) as err:
        tbx.read(path)
    assert "hostile.tbx" in str(err.value) and needle in str(err.value)


def test_tbx_missing_file(tmp_path):
    with pytest.raises(InputError, match="none.tbx"):
        tbx.read(tmp_path / "none.tbx")


# -- OmegaT TSV and CSV --------------------------------------------------------------------

def test_omegat_round_trip_keeps_what_a_flat_glossary_can(tmp_path):
    path = tmp_path / "glossary.txt"
    entries = sample_entries()
    # one line per Arabic form (القائم/القايم, كاغينز/كاغيتر), so OmegaT finds each
    assert glossary.write_omegat(entries, path, "en") == 6
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t")[:2] == ["القائم", "al-Qaim"]
    assert lines[1].split("\t")[:2] == ["القايم", "al-Qaim"]
    assert all(len(line.split("\t")) == 3 for line in lines)
    back = glossary.read(path, "en")
    # French spellings are not in an English glossary, and OmegaT has no status for a
    # source form (other Arabic forms come back admitted); everything else comes back
    for old, new in zip(entries, back, strict=True):
        forms = [NameForm("ar", f.text, A) if f.lang == "ar" else f
                 for f in old.forms if f.lang != "fr"]
        kept = RegisterEntry(None, old.arabic, old.kind, old.label, forms, old.note)
        assert same(new) == same(kept)


def test_csv_round_trip_for_memoq_and_trados(tmp_path):
    path = tmp_path / "glossary.csv"
    entries = sample_entries()
    assert glossary.write_csv(entries, path) == 4
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel and memoQ look for
    assert raw.decode("utf-8-sig").splitlines()[0] == "ar,en,fr,note"
    back = glossary.read(path)
    assert [e.arabic for e in back] == [e.arabic for e in entries]
    for old, new in zip(entries, back):
        assert new.kind is old.kind and new.label == old.label
        assert new.spelling("en") == old.spelling("en")
        assert new.spelling("fr") == old.spelling("fr")
        assert {f for f in new.forms if f.lang == ROMANIZED_LANG} == \
            {f for f in old.forms if f.lang == ROMANIZED_LANG}


def test_csv_from_another_tool(tmp_path):
    path = tmp_path / "memoq.csv"
    path.write_text("en;ar;Comment\nBasra;البصرة;city in the south\n"
                    "Basra Oil;شركة نفط البصرة;\n", encoding="utf-8")
    back = glossary.read(path)
    assert [(e.arabic, e.spelling("en"), e.note) for e in back] == [
        ("البصرة", "Basra", "city in the south"), ("شركة نفط البصرة", "Basra Oil", "")]


@pytest.mark.parametrize("name,content,needle", [
    ("bin.txt", b"\x00\x01binary", "binary"),
    ("latin1.txt", "القائم\tal-Qaim\n".encode() + b"caf\xe9\tx\n", "not UTF-8"),
    ("one.txt", "القائم\n".encode(), "source<TAB>target"),
    ("cols.csv", "ar,en\nالقائم,al-Qaim,extra\n".encode(), "3 columns"),
    ("nohead.csv", "en,fr\nBasra,Bassorah\n".encode(), "no Arabic column"),
    ("badlang.csv", "ar,english\nالقائم,al-Qaim\n".encode(), "not a language code"),
])
def test_glossary_bad_input_names_the_file(tmp_path, name, content, needle):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        glossary.read(path)
    assert name in str(err.value) and needle in str(err.value)


def test_glossary_directory_is_refused(tmp_path: Path):
    with pytest.raises(InputError, match="directory"):
        glossary.read(tmp_path)


def test_tbx_export_carries_each_names_romanizations(tmp_path):
    path = tmp_path / "register.tbx"
    entries = sample_entries()
    assert glossary.write_register(entries, path, romanizations=True) == 4
    assert tbx.check_structure(path) == []
    back = {e.arabic: e for e in tbx.read(path)}
    qaim = back["القائم"]
    schemes = {f.scheme: f.text for f in qaim.forms if f.lang == ROMANIZED_LANG}
    # the two it had stay as they were; the others write it the same: nothing repeated
    assert schemes == {"alalc": "al-Qāʼim", "din": "al-Qāʾim"}
    spokesman = back["كاغينز"]
    schemes = {f.scheme: f.text for f in spokesman.forms if f.lang == ROMANIZED_LANG}
    assert "gh" in schemes["alalc"] and "ġ" in schemes["din"]  # غ in each table
    texts = [f.text for f in spokesman.forms if f.lang == ROMANIZED_LANG]
    assert len(texts) == len(set(texts)) and set(schemes) <= {"alalc", "din", "ijmes", "bgn"}
    # exonyms and translations are never romanized
    assert not [f for f in back["بغداد"].forms if f.lang == ROMANIZED_LANG]
    assert not [f for f in back["الجيش العراقي"].forms if f.lang == ROMANIZED_LANG]
    plain = tmp_path / "plain.tbx"
    glossary.write_register(entries, plain)
    assert [same(e) for e in tbx.read(plain)] == [same(e) for e in entries]
