"""TMX 1.4b, written so CAT tools accept it and read safely from any tool.

Writing is incremental (one <tu> at a time, escaped by hand), so a million units never sit
in memory. Decisions, so that others know what to expect:

* Characters XML 1.0 does not allow (C0 controls other than tab/LF/CR, U+FFFE/U+FFFF, lone
  surrogates) are dropped. They cannot be carried in <ph> either (its content is PCDATA),
  and they are never meaningful text in a corpus; entity offsets move with the text. CR is
  written as &#13; so it survives.
* Dragoman data travel as properties a CAT tool ignores: on <tu> x-dragoman-bitext,
  -bead, -score, -status, -entities (JSON, code-point offsets); on each <tuv>
  x-dragoman-document (the document that side came from). tuid is the bead id.
* A bead with an empty side is left out unless include_empty=True (many tools reject an
  empty <seg>); the options confirmed_only and min_score filter the same way.
* Several language pairs in one file: the header srclang is the first unit's source
  language, and a unit whose source language differs carries its own tu srclang.

Reading uses lxml.etree.iterparse with entity resolution, DTD loading and network access
off, refuses any DOCTYPE that declares entities (billion laughs, external entities),
keeps memory flat (each <tu> is freed after use), and turns every XML error into an
InputError with the file name and line. Inline markup in <seg>: codes (bpt, ept, ph, it,
ut and any <sub> inside them) are dropped, since they hold the source format's native
codes, not text; <hi> keeps its text content. A <tu> lacking one of the two chosen
languages is skipped and counted (`TmxReader.skipped`).
"""
from __future__ import annotations

import json
import math
import re
from datetime import datetime, timezone
from itertools import chain
from pathlib import Path
from typing import IO, Iterable, Iterator

from lxml import etree

from aligner import __version__
from aligner.errors import InputError, Refusal
from aligner.messages import Problem
from aligner.text.textio import regular_file_size
from aligner.model import AlignedUnit
from aligner.formats.common import Output, PathLike, select_units, text_output
from aligner.formats.langtag import check_tag, is_valid_tag, same_language

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PROP = "x-dragoman-"
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_CODES = {"bpt", "ept", "ph", "it", "ut", "sub"}  # native codes: no text of their own
_TMX_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$")


# --- writing ------------------------------------------------------------------------------
def xml_text(text: str) -> str:
    """Escape character data; drop characters XML 1.0 forbids (see module docstring)."""
    text = _NOT_XML.sub("", text)
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\r", "&#13;"))


def xml_attr(text: str) -> str:
    """Escape an attribute value (quotes and whitespace that attribute parsing would fold)."""
    return (xml_text(text).replace('"', "&quot;").replace("\n", "&#10;")
            .replace("\t", "&#9;"))


def tmx_date(iso: str) -> str:
    """ISO 8601 (any offset; naive means UTC) -> the TMX form YYYYMMDDThhmmssZ; '' if unparsable."""
    if not iso:
        return ""
    if _TMX_DATE.match(iso):
        return iso
    try:
        when = datetime.fromisoformat(iso.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return ""
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def iso_date(tmx: str) -> str:
    """The TMX date form -> ISO 8601 UTC ('2026-11-21T13:46:12Z'); '' if not a TMX date."""
    match = _TMX_DATE.match(tmx or "")
    if not match:
        return ""
    y, mo, d, h, mi, s = match.groups()
    return f"{y}-{mo}-{d}T{h}:{mi}:{s}Z"


def _check_lang(tag: str) -> str:
    if not is_valid_tag(tag):
        raise Refusal(Problem("export.tmx_bad_tag", tag=repr(tag)))
    return tag


def _prop(kind: str, value: str, indent: str) -> str:
    return f'{indent}<prop type="{PROP}{kind}">{xml_text(value)}</prop>\n'


def _kept_offsets(text: str) -> list[int] | None:
    """For each offset of `text`, the offset in xml_text's output (which drops characters
    XML forbids); None when nothing is dropped."""
    if not _NOT_XML.search(text):
        return None
    out, n = [], 0
    for ch in text:
        out.append(n)
        n += not _NOT_XML.match(ch)
    out.append(n)
    return out


def _kept_entities(unit: AlignedUnit) -> list[dict]:
    """The unit's entities with offsets into the texts as written (see _kept_offsets)."""
    maps = {"src": _kept_offsets(unit.src_text), "tgt": _kept_offsets(unit.tgt_text)}
    if not any(maps.values()):
        return unit.entities
    out = []
    for ent in unit.entities:
        m = maps.get(ent.get("side"))
        out.append(dict(ent, start=m[ent["start"]], end=m[ent["end"]]) if m else ent)
    return out


def _tu(unit: AlignedUnit, srclang: str) -> str:
    attrs = []
    if unit.bead_id is not None:
        attrs.append(f'tuid="{unit.bead_id}"')
    if unit.src_lang != srclang:
        attrs.append(f'srclang="{xml_attr(unit.src_lang)}"')
    for name, value in (("creationdate", unit.created), ("changedate", unit.changed)):
        if tmx_date(value):
            attrs.append(f'{name}="{tmx_date(value)}"')
    parts = [f"    <tu{''.join(' ' + a for a in attrs)}>\n"]
    if unit.bitext:
        parts.append(_prop("bitext", unit.bitext, "      "))
    if unit.bead_id is not None:
        parts.append(_prop("bead", str(unit.bead_id), "      "))
    if unit.score is not None:
        parts.append(_prop("score", repr(float(unit.score)), "      "))
    parts.append(_prop("status", unit.status, "      "))
    if unit.entities:
        parts.append(_prop("entities", json.dumps(_kept_entities(unit), ensure_ascii=False,
                                                  separators=(",", ":")), "      "))
    for lang, text, doc in ((unit.src_lang, unit.src_text, unit.src_doc),
                            (unit.tgt_lang, unit.tgt_text, unit.tgt_doc)):
        parts.append(f'      <tuv xml:lang="{xml_attr(_check_lang(lang))}">\n')
        if doc:
            parts.append(_prop("document", doc, "        "))
        parts.append(f"        <seg>{xml_text(text)}</seg>\n      </tuv>\n")
    parts.append("    </tu>\n")
    return "".join(parts)


def write(units: Iterable[AlignedUnit], out: Output, *, include_empty: bool = False,
          confirmed_only: bool = False, min_score: float | None = None,
          srclang: str | None = None, control=None) -> int:
    """Write units as TMX 1.4b to a path or stream; returns the number of <tu> written."""
    selected = select_units(units, confirmed_only=confirmed_only, min_score=min_score,
                            include_empty=include_empty)
    first = next(selected, None)
    if srclang is None:
        srclang = first.src_lang if first is not None else "en"
    _check_lang(srclang)
    now = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    count = 0
    with text_output(out) as stream:
        stream.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                     '<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
                     '<tmx version="1.4">\n'
                     f'  <header creationtool="Dragoman" creationtoolversion="{__version__}"'
                     ' segtype="sentence" o-tmf="Dragoman" adminlang="en"'
                     f' srclang="{xml_attr(srclang)}" datatype="plaintext"'
                     f' o-encoding="UTF-8" creationdate="{now}"/>\n'
                     "  <body>\n")
        for unit in chain([first] if first is not None else [], selected):
            stream.write(_tu(unit, srclang))
            count += 1
            if control is not None and count % 1000 == 0:
                control.report(count, 0, Problem("progress.writing", format="TMX"))
        stream.write("  </body>\n</tmx>\n")
    return count


# --- checking what the DTD cannot ---------------------------------------------------------
def check_semantics(path: PathLike) -> list[str]:
    """Problems a DTD misses: tuv in srclang in every tu, valid language tags, header attributes.

    Returns human-readable problems (empty when the file is fine); used by tests and
    available to users who want to vet a TMX from elsewhere.
    """
    problems: list[str] = []
    srclang = None
    for _event, elem in _iterparse(Path(path), ("start", "end")):
        if _event == "start" and elem.tag == "header":
            for attr in ("creationtool", "creationtoolversion", "segtype", "o-tmf",
                         "adminlang", "srclang", "datatype"):
                if not elem.get(attr):
                    problems.append(f"header lacks {attr}")
            srclang = elem.get("srclang")
            for attr in ("srclang", "adminlang"):
                value = elem.get(attr)
                if value and value != "*all*" and not is_valid_tag(value):
                    problems.append(f"header {attr} {value!r} is not a valid language tag")
        elif _event == "end" and elem.tag == "tu":
            line = elem.sourceline
            langs = [tuv.get(XML_LANG) or tuv.get("lang") or "" for tuv in elem.iter("tuv")]
            for lang in langs:
                if not is_valid_tag(lang):
                    problems.append(f"line {line}: tuv xml:lang {lang!r} is not a valid tag")
            wanted = elem.get("srclang") or srclang
            if wanted and wanted != "*all*" and not any(x.lower() == wanted.lower() for x in langs):
                problems.append(f"line {line}: tu has no tuv in srclang {wanted!r}")
            _free(elem)
    return problems


# --- reading ------------------------------------------------------------------------------
def _free(elem) -> None:
    """Release a processed element and its already-processed siblings (flat memory)."""
    elem.clear(keep_tail=False)
    parent = elem.getparent()
    if parent is not None:
        while elem.getprevious() is not None:
            del parent[0]


def _refuse_entity_prolog(path: Path) -> None:
    """Refuse a DOCTYPE that declares entities, seen in the raw bytes before the root.

    Checked before lxml sees the file, in whatever encoding it has, as a belt to the
    parser's braces (see _iterparse)."""
    with open(path, "rb") as raw:
        head = raw.read(1 << 16)
    if head.startswith((b"\xff\xfe", b"<\x00")):
        text = head.decode("utf-16-le", errors="replace")
    elif head.startswith((b"\xfe\xff", b"\x00<")):
        text = head.decode("utf-16-be", errors="replace")
    else:
        text = head.decode("utf-8", errors="replace")
    root = re.search(r"<[A-Za-z_]", text)
    prolog = text[:root.start()] if root else text
    if "<!ENTITY" in prolog:
        raise InputError(path, Problem("import.doctype_entities"))


def _iterparse(path: Path, events, stream: IO[bytes] | None = None, *,
               roots: tuple[str, ...] = ("tmx",), kind: str = "TMX", tag=None) -> Iterator:
    """iterparse with every dangerous feature off; XML errors become InputError.
    `stream`, when given, is the file opened by the caller (who watches its position).
    `roots` are the root element's accepted tags and `kind` names the format in
    the error (TBX reuses this parser: aligner/formats/tbx.py); `tag` as in iterparse."""
    regular_file_size(path)  # missing, a folder, a pipe or a device: named, never read
    _refuse_entity_prolog(path)
    source = stream if stream is not None else str(path)
    context = etree.iterparse(source, events=events, tag=tag, resolve_entities=False,
                              no_network=True, load_dtd=False, huge_tree=False,
                              remove_comments=True, remove_pis=True, recover=False)
    checked = False
    try:
        for event, elem in context:
            if not checked:
                checked = True
                dtd = elem.getroottree().docinfo.internalDTD
                if dtd is not None and any(True for _ in dtd.iterentities()):
                    raise InputError(path, Problem("import.doctype_entities_short"), line=1)
                root = elem.getroottree().getroot()
                if root.tag not in roots:
                    raise InputError(path, Problem("import.wrong_root", kind=kind, root=root.tag),
                                     line=root.sourceline)
            yield event, elem
    except etree.XMLSyntaxError as exc:
        line = exc.lineno if exc.lineno else None
        message = exc.msg or str(exc)
        problem = Problem("import.malformed_xml", error=message)
        if "Resource limit exceeded" in message or "Huge input lookup" in message:
            problem = Problem("import.xml_too_long")
        raise InputError(path, problem, line=line) from None
    except OSError as exc:
        raise InputError(path, Problem("import.cannot_read", reason=exc.strerror or exc)) from None


def seg_text(seg) -> str:
    """The text of a <seg>: plain text and <hi> content kept, native codes dropped."""
    parts = [seg.text or ""]
    for child in seg:
        if child.tag is etree.Entity:  # never expanded: we load no DTD
            raise ValueError(Problem("tmx.entity_reference", name=child.text))
        if child.tag == "hi":
            parts.append(seg_text(child))
        elif child.tag not in _CODES and isinstance(child.tag, str):
            parts.append(seg_text(child))  # unknown element: keep its text, lose the tag
        parts.append(child.tail or "")
    return "".join(parts)


class TmxReader:
    """Iterate AlignedUnits from a TMX file, choosing one language pair.

    Default pair: the header srclang and the first other language met in a <tu>.
    """

    def __init__(self, path: PathLike, *, src_lang: str | None = None,
                 tgt_lang: str | None = None, stream: IO[bytes] | None = None) -> None:
        self.path = Path(path)
        self.stream = stream  # read from this (opened by the caller) when given
        self.src_lang = src_lang
        self.tgt_lang = tgt_lang
        self.skipped = 0  # <tu> without both chosen languages
        self.languages: set[str] = set()

    def __iter__(self) -> Iterator[AlignedUnit]:
        header_src: str | None = None
        seen_header = False
        for event, elem in _iterparse(self.path, ("start", "end"), self.stream):
            if event == "start":
                if elem.tag == "header":
                    seen_header = True
                    header_src = elem.get("srclang")
                    if header_src == "*all*":
                        header_src = None
                continue
            if elem.tag == "header":
                continue
            if elem.tag != "tu":
                continue
            if not seen_header:
                raise InputError(self.path, Problem("import.tmx_no_header"), line=elem.sourceline)
            unit = self._unit(elem, header_src)
            _free(elem)
            if unit is None:
                self.skipped += 1
            else:
                yield unit

    def _unit(self, tu, header_src: str | None) -> AlignedUnit | None:
        variants = []  # (lang, text, props) in document order
        for tuv in tu.iterchildren("tuv"):
            lang = tuv.get(XML_LANG) or tuv.get("lang")
            if not lang:
                raise InputError(self.path, Problem("import.tuv_no_lang"), line=tuv.sourceline)
            lang = check_tag(lang, self.path, tuv.sourceline, what="xml:lang")
            seg = tuv.find("seg")
            if seg is None:
                raise InputError(self.path, Problem("import.tuv_no_seg"), line=tuv.sourceline)
            props = {p.get("type", ""): p.text or "" for p in tuv.iterchildren("prop")}
            try:
                variants.append((lang, seg_text(seg), props))
            except ValueError as exc:
                raise InputError(self.path, exc.args[0], line=seg.sourceline) from None
            self.languages.add(lang)
        if self.src_lang is None:
            self.src_lang = _srclang(tu.get("srclang"), self.path, tu.sourceline) or \
                _srclang(header_src, self.path, None) or (variants[0][0] if variants else None)
        if self.tgt_lang is None and self.src_lang:
            others = [v[0] for v in variants if not same_language(v[0], self.src_lang)]
            if others:
                self.tgt_lang = others[0]
        if not self.src_lang or not self.tgt_lang:
            return None
        src = next((v for v in variants if same_language(v[0], self.src_lang)), None)
        tgt = next((v for v in variants if same_language(v[0], self.tgt_lang)), None)
        if src is None or tgt is None:
            return None
        props = {p.get("type", ""): p.text or "" for p in tu.iterchildren("prop")}
        unit = AlignedUnit(src_lang=src[0], tgt_lang=tgt[0], src_text=src[1], tgt_text=tgt[1],
                           src_doc=src[2].get(PROP + "document", ""),
                           tgt_doc=tgt[2].get(PROP + "document", ""),
                           bitext=props.get(PROP + "bitext", ""),
                           created=iso_date(tu.get("creationdate", "")),
                           changed=iso_date(tu.get("changedate", "")))
        line = tu.sourceline
        if PROP + "score" in props:
            value = repr(props[PROP + "score"])
            try:
                unit.score = float(props[PROP + "score"])
            except ValueError:
                raise InputError(self.path, Problem("tmx.score_not_number", value=value),
                                 line=line) from None
            if not math.isfinite(unit.score):
                raise InputError(self.path, Problem("tmx.score_not_finite", value=value),
                                 line=line)
        if props.get(PROP + "status"):
            unit.status = props[PROP + "status"]
            if unit.status not in ("auto", "confirmed"):
                raise InputError(self.path, Problem("tmx.unknown_status",
                                                    status=repr(unit.status)), line=line)
        bead = props.get(PROP + "bead") or tu.get("tuid")
        if bead and bead.isdigit():
            unit.bead_id = int(bead)
        if props.get(PROP + "entities"):
            unit.entities = _entities(self.path, props[PROP + "entities"], unit, line)
        return unit


def _srclang(value: str | None, path: Path, line: int | None) -> str | None:
    """A tu or header srclang: a language tag, or "*all*" (any language; None here)."""
    if not value or value == "*all*":
        return None
    return check_tag(value, path, line, what="srclang")


def _entities(path: Path, raw: str, unit: AlignedUnit, line: int | None) -> list[dict]:
    """Parse and check the x-dragoman-entities property against the unit's texts."""
    try:
        entities = json.loads(raw)
    except ValueError as exc:
        raise InputError(path, Problem("tmx.entities_not_json", error=exc), line=line) from None
    if not isinstance(entities, list):
        raise InputError(path, Problem("tmx.entities_not_list"), line=line)
    for ent in entities:
        side = ent.get("side") if isinstance(ent, dict) else None
        text = {"src": unit.src_text, "tgt": unit.tgt_text}.get(side) \
            if isinstance(side, str) else None
        counterpart = ent.get("counterpart") if text is not None else None
        if (text is None or not isinstance(ent.get("start"), int)
                or not isinstance(ent.get("end"), int)
                or not 0 <= ent["start"] < ent["end"] <= len(text)
                or not isinstance(ent.get("label"), str)
                or (counterpart is not None and not (
                    isinstance(counterpart, int) and 0 <= counterpart < len(entities)))):
            raise InputError(path, Problem("tmx.bad_entity", entity=repr(ent)), line=line)
    return entities


def read(path: PathLike, *, src_lang: str | None = None,
         tgt_lang: str | None = None) -> Iterator[AlignedUnit]:
    """Generator of AlignedUnits from a TMX file (see TmxReader for the language choice)."""
    yield from TmxReader(path, src_lang=src_lang, tgt_lang=tgt_lang)
