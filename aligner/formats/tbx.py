"""The names register as TBX-Basic (ISO 30042), the glossary format CAT tools import.

Written as TBX-Basic in the 2008 form (<martif type="TBX-Basic">), which OmegaT, memoQ and
Trados (through MultiTerm) read:

    <termEntry id="name-3">                      one per register entry
      <descrip type="subjectField">LOC</descrip>  the entity label, when known
      <note>dragoman-kind: name</note>            name / exonym / translation
      <langSet xml:lang="ar">
        <tig><term>القائم</term>                  the headword: preferred
             <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        <tig><term>al-Qāʼim</term>                a romanization of the Arabic
             <termNote type="termType">transliteratedForm</termNote>
             <note>scheme: ALA-LC</note></tig>
      </langSet>
      <langSet xml:lang="en">                     the chosen spelling preferred, the other
        ...                                       attested ones admitted or deprecated
    </termEntry>

A romanization sits in the Arabic langSet because it is a form of the Arabic term; its
scheme key (alalc, din...) is kept in the note so the register gets it back.

Reading accepts that and the TBX v3 form (<tbx>, conceptEntry, langSec, termSec) that
other tools write; the first Arabic term (a preferred one if any) becomes the headword.
XML is read with the project's safe parser (aligner.formats.tmx._iterparse: no entity
expansion, no DTD, no network), memory stays flat (one entry at a time), and every
problem is an InputError naming the file and line.
"""
from __future__ import annotations

from pathlib import Path
from typing import IO, Iterable, Iterator, NamedTuple

from lxml import etree

from aligner import __version__
from aligner.errors import InputError
from aligner.messages import Problem
from aligner.formats.common import Output, PathLike, text_output
from aligner.formats.langtag import is_valid_tag
from aligner.formats.tmx import XML_LANG, _free, _iterparse, xml_attr, xml_text
from aligner.model import ROMANIZED_LANG, FormStatus, NameForm, NameKind, RegisterEntry

TBX3_NS = "urn:iso:std:iso:30042:ed-2"
ROOTS = ("martif", "tbx", f"{{{TBX3_NS}}}tbx")
STATUS_VALUE = {FormStatus.PREFERRED: "preferredTerm-admn-sts",
                FormStatus.ADMITTED: "admittedTerm-admn-sts",
                FormStatus.DEPRECATED: "deprecatedTerm-admn-sts"}
_STATUS_OF = {v: k for k, v in STATUS_VALUE.items()}
_STATUS_OF["supersededTerm-admn-sts"] = FormStatus.DEPRECATED
TRANSLITERATED = "transliteratedForm"
KIND_NOTE = "dragoman-kind: "
SCHEME_NOTE = "scheme: "


def _scheme_title(key: str) -> str:
    from aligner.names.schemes import SCHEMES
    scheme = SCHEMES.get(key)
    return f"{scheme.title} ({key})" if scheme else key


def _scheme_key(note: str) -> str:
    """'ALA-LC (alalc)' -> 'alalc'; a bare key or another tool's text is kept as is."""
    note = note.strip()
    if note.endswith(")") and "(" in note:
        return note[note.rindex("(") + 1:-1].strip()
    from aligner.names.schemes import SCHEMES
    for key, scheme in SCHEMES.items():
        if note.casefold() in (key, scheme.title.casefold()):
            return key
    return note


# --- writing -------------------------------------------------------------------------------

def _tig(form: NameForm, indent: str) -> str:
    inner = indent + "  "
    lines = [f"{indent}<tig>", f"{inner}<term>{xml_text(form.text)}</term>"]
    if form.lang == ROMANIZED_LANG:
        lines.append(f'{inner}<termNote type="termType">{TRANSLITERATED}</termNote>')
    lines.append(f'{inner}<termNote type="administrativeStatus">'
                 f"{STATUS_VALUE[FormStatus(form.status)]}</termNote>")
    if form.lang == ROMANIZED_LANG and form.scheme:
        lines.append(f"{inner}<note>{xml_text(SCHEME_NOTE + _scheme_title(form.scheme))}</note>")
    lines.append(f"{indent}</tig>")
    return "\n".join(lines)


def _entry(entry: RegisterEntry, number: int) -> str:
    ident = f"name-{entry.id if entry.id is not None else number}"
    out = [f'    <termEntry id="{xml_attr(ident)}">']
    if entry.label:
        out.append(f'      <descrip type="subjectField">{xml_text(entry.label)}</descrip>')
    out.append(f"      <note>{KIND_NOTE}{NameKind(entry.kind).value}</note>")
    if entry.note:
        out.append(f"      <note>{xml_text(entry.note)}</note>")
    arabic = [NameForm("ar", entry.arabic, FormStatus.PREFERRED)]
    arabic += [f for f in entry.forms if f.lang == "ar" and f.text != entry.arabic]
    arabic += [f for f in entry.forms if f.lang == ROMANIZED_LANG]
    groups: list[tuple[str, list[NameForm]]] = [("ar", arabic)]
    for lang in entry.languages():
        groups.append((lang, entry.spellings(lang)))
    for lang, forms in groups:
        out.append(f'      <langSet xml:lang="{xml_attr(lang)}">')
        out.extend(_tig(f, "        ") for f in forms)
        out.append("      </langSet>")
    out.append("    </termEntry>")
    return "\n".join(out)


def write(entries: Iterable[RegisterEntry], out: Output, *, title: str = "Names register"
          ) -> int:
    """Write the entries as TBX-Basic; returns how many. A path is written atomically."""
    n = 0
    with text_output(out) as stream:
        stream.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                     '<martif type="TBX-Basic" xml:lang="en">\n'
                     "  <martifHeader>\n    <fileDesc>\n"
                     f"      <titleStmt><title>{xml_text(title)}</title></titleStmt>\n"
                     f"      <sourceDesc><p>Dragoman {xml_text(__version__)} names register"
                     "</p></sourceDesc>\n    </fileDesc>\n"
                     '    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>\n'
                     "  </martifHeader>\n  <text>\n  <body>\n")
        for entry in entries:
            n += 1
            stream.write(_entry(entry, n) + "\n")
        stream.write("  </body>\n  </text>\n</martif>\n")
    return n


# --- reading -------------------------------------------------------------------------------

def _local(elem) -> str:
    tag = elem.tag
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _text(elem) -> str:
    return " ".join("".join(elem.itertext()).split())


def _children(elem, *names: str) -> Iterator:
    for child in elem:
        if _local(child) in names:
            yield child


def _term_group(path: Path, group, lang: str) -> tuple[NameForm, bool] | None:
    """A <tig>/<ntig>/<termSec> as a NameForm in `lang`, and whether it had a status
    (None when it holds no term)."""
    term = ""
    status = FormStatus.ADMITTED
    status_given = False
    transliterated = False
    scheme = ""
    for elem in group.iter():
        name = _local(elem)
        kind = elem.get("type", "")
        if name == "term" and not term:
            term = _text(elem)
        elif name in ("termNote", "descrip") and kind == "administrativeStatus":
            value = _text(elem)
            if value not in _STATUS_OF:
                raise InputError(path, Problem("tbx.unknown_status", value=repr(value)),
                                 line=elem.sourceline)
            status, status_given = _STATUS_OF[value], True
        elif name == "termNote" and kind == "termType":
            transliterated = _text(elem) == TRANSLITERATED
        elif name == "note" and _text(elem).startswith(SCHEME_NOTE):
            scheme = _scheme_key(_text(elem)[len(SCHEME_NOTE):])
    if not term:
        return None
    if transliterated or lang == ROMANIZED_LANG:
        return NameForm(ROMANIZED_LANG, term, status, scheme), status_given
    return NameForm(lang, term, status), status_given


def _read_entry(path: Path, elem) -> RegisterEntry | None:
    label = ""
    kind = NameKind.NAME
    notes: list[str] = []
    forms: list[NameForm] = []
    unmarked: list[NameForm] = []  # forms with no administrativeStatus of their own
    for child in elem:
        name = _local(child)
        if name == "descrip" and child.get("type") == "subjectField":
            label = _text(child)
        elif name == "note":
            text = _text(child)
            if text.startswith(KIND_NOTE):
                try:
                    kind = NameKind(text[len(KIND_NOTE):].strip())
                except ValueError:
                    raise InputError(path, Problem("tbx.unknown_kind", kind=repr(text)),
                                     line=child.sourceline) from None
            elif text:
                notes.append(text)
        elif name in ("langSet", "langSec"):
            lang = child.get(XML_LANG) or ""
            if not is_valid_tag(lang):
                raise InputError(path, Problem("tbx.bad_lang", element=name, lang=repr(lang)),
                                 line=child.sourceline)
            low = lang.lower()
            if low == ROMANIZED_LANG.lower():
                lang = ROMANIZED_LANG
            elif low == "ar" or low.startswith("ar-"):
                lang = "ar"  # ar-IQ, ar-Arab: one Arabic
            for group in _children(child, "tig", "ntig", "termSec"):
                found = _term_group(path, group, lang)
                if found is not None:
                    forms.append(found[0])
                    if not found[1]:
                        unmarked.append(found[0])
    # another tool's glossary often has one term a language and no status: that term is
    # the chosen one, unless the language has a preferred term already
    for lang in dict.fromkeys(f.lang for f in unmarked):
        if lang != ROMANIZED_LANG and not any(
                f.lang == lang and f.status is FormStatus.PREFERRED for f in forms):
            first = next(f for f in unmarked if f.lang == lang)
            forms[forms.index(first)] = NameForm(first.lang, first.text,
                                                 FormStatus.PREFERRED, first.scheme)
    arabic = [f for f in forms if f.lang == "ar"]
    if not arabic:
        return None  # no Arabic term: nothing a names register can hold
    head = next((f for f in arabic if f.status is FormStatus.PREFERRED), arabic[0])
    rest = [f for f in forms if f is not head and not (f.lang == "ar" and f.text == head.text)]
    # one preferred spelling per language at most: later ones are admitted
    seen: set[str] = set()
    tidy: list[NameForm] = []
    for f in rest:
        if f.status is FormStatus.PREFERRED and f.lang != "ar":
            if f.lang in seen:
                f = NameForm(f.lang, f.text, FormStatus.ADMITTED, f.scheme)
            seen.add(f.lang)
        elif f.status is FormStatus.PREFERRED:
            f = NameForm(f.lang, f.text, FormStatus.ADMITTED, f.scheme)
        tidy.append(f)
    return RegisterEntry(None, head.text, kind, label, tidy, "\n".join(notes))


class TbxReader:
    """Iterate the register entries of a TBX file; `skipped` counts entries with no
    Arabic term (a glossary of other languages is not an error, but says so)."""

    def __init__(self, path: PathLike, stream: IO[bytes] | None = None):
        self.path = Path(path)
        self.stream = stream
        self.skipped = 0

    def __iter__(self) -> Iterator[RegisterEntry]:
        for _event, elem in _iterparse(self.path, ("end",), self.stream, roots=ROOTS,
                                       kind="TBX"):
            if _local(elem) not in ("termEntry", "conceptEntry"):
                continue
            entry = _read_entry(self.path, elem)
            _free(elem)
            if entry is None:
                self.skipped += 1
            else:
                yield entry


class TbxConcept(NamedTuple):
    """One termEntry / conceptEntry as a plain list of terms (a gazetteer wants every name
    in every language, not a register entry built around an Arabic headword)."""

    line: int | None  # of the label when there is one (what a message points at)
    label: str  # <descrip type="subjectField">, "" when absent
    forms: list[NameForm]


def read_concepts(path: PathLike, stream: IO[bytes] | None = None) -> Iterator[TbxConcept]:
    """Every concept of a TBX file (either form), read with the same safe parser as the
    register: hostile XML (entities, DTDs) is refused with the file named."""
    p = Path(path)
    for _event, elem in _iterparse(p, ("end",), stream, roots=ROOTS, kind="TBX"):
        if _local(elem) not in ("termEntry", "conceptEntry"):
            continue
        label = ""
        line = elem.sourceline
        forms: list[NameForm] = []
        for child in elem:
            name = _local(child)
            if name == "descrip" and child.get("type") == "subjectField":
                label, line = _text(child), child.sourceline
            elif name in ("langSet", "langSec"):
                lang = child.get(XML_LANG) or ""
                if not is_valid_tag(lang):
                    raise InputError(p, Problem("tbx.bad_lang", element=name, lang=repr(lang)),
                                     line=child.sourceline)
                for group in _children(child, "tig", "ntig", "termSec"):
                    found = _term_group(p, group, lang)
                    if found is not None:
                        forms.append(found[0])
        _free(elem)
        yield TbxConcept(line, label, forms)


def read(path: PathLike) -> list[RegisterEntry]:
    """All entries of a TBX file (checked as a whole: an error leaves nothing half read)."""
    return list(TbxReader(path))


def check_structure(path: PathLike) -> list[str]:
    """Problems that make a TBX-Basic file one a CAT tool may refuse: the root and its
    type, the header, every termEntry with an id and at least one langSet, every langSet
    with a valid xml:lang and a tig holding one term, statuses from the TBX-Basic list.
    Empty list: structurally valid."""
    problems: list[str] = []
    tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True,
                                                  load_dtd=False))
    root = tree.getroot()
    if root.tag != "martif" or root.get("type") != "TBX-Basic":
        problems.append("root must be <martif type=\"TBX-Basic\">")
    if root.get(XML_LANG) is None:
        problems.append("martif lacks xml:lang")
    if root.find("martifHeader/fileDesc/sourceDesc") is None:
        problems.append("martifHeader/fileDesc/sourceDesc missing")
    body = root.find("text/body")
    if body is None:
        return problems + ["text/body missing"]
    ids: set[str] = set()
    for entry in body:
        line = entry.sourceline
        if entry.tag != "termEntry":
            problems.append(f"line {line}: <{entry.tag}> in body (only termEntry)")
            continue
        ident = entry.get("id")
        if not ident or ident in ids:
            problems.append(f"line {line}: termEntry id missing or repeated")
        ids.add(ident or "")
        sets = entry.findall("langSet")
        if not sets:
            problems.append(f"line {line}: termEntry without langSet")
        for child in entry:
            if child.tag not in ("langSet", "descrip", "note", "admin", "transac", "xref",
                                 "ref", "descripGrp"):
                problems.append(f"line {child.sourceline}: <{child.tag}> not allowed in termEntry")
        for ls in sets:
            if not is_valid_tag(ls.get(XML_LANG) or ""):
                problems.append(f"line {ls.sourceline}: langSet xml:lang invalid")
            tigs = ls.findall("tig")
            if not tigs:
                problems.append(f"line {ls.sourceline}: langSet without tig")
            for tig in tigs:
                if len(tig.findall("term")) != 1 or not (tig.findtext("term") or "").strip():
                    problems.append(f"line {tig.sourceline}: tig must hold one non-empty term")
                if tig[0].tag != "term":
                    problems.append(f"line {tig.sourceline}: term must come first in tig")
                for note in tig.findall("termNote"):
                    kind, value = note.get("type"), (note.text or "").strip()
                    if kind == "administrativeStatus" and value not in _STATUS_OF:
                        problems.append(f"line {note.sourceline}: status {value!r}")
                    if kind not in ("administrativeStatus", "termType", "partOfSpeech",
                                    "grammaticalGender", "geographicalUsage"):
                        problems.append(f"line {note.sourceline}: termNote type {kind!r}")
    return problems
