"""JSON Lines: one aligned pair a line, in the Hugging Face datasets "translation" shape.

Record (documented in unit.schema.json): id, bitext, src_doc, tgt_doc, bead,
translation {src_lang: text, tgt_lang: text}, src_lang, tgt_lang, score, status,
changed, entities [{side: <language>, start, end, label, counterpart?, canonical?,
transliteration?}], with code-point offsets (what Python and JSON strings count). The
explicit src_lang/tgt_lang keep the direction, which a JSON object's key order may lose.

Reading also accepts plain `{"ar": "...", "en": "..."}` lines (any two keys that are
language tags with string values). Errors name the file and the line.
"""
from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import IO, Iterable, Iterator

from aligner.errors import InputError, Refusal
from aligner.messages import Problem
from aligner.model import AlignedUnit
from aligner.formats.common import Output, PathLike, is_path, select_units, text_output
from aligner.formats.langtag import is_valid_tag

# characters; a longer "line" is not a record (one aligned pair) but a broken file. It is
# refused as soon as the reader passes the limit, in time linear in the bytes read.
MAX_LINE = 8 * 2**20
# Field names of datasets that are shaped like language codes ("id" is also Indonesian):
# in a plain record with more than two such keys, these are fields, not languages.
_FIELD_NAMES = frozenset("id uid idx src tgt ref url uri doc key raw tag pos seg sid tid"
                         .split())
_ENTITY_KEYS = ("start", "end", "label", "counterpart", "canonical", "transliteration")


def unit_record(unit: AlignedUnit, index: int) -> dict:
    """The JSON record of one unit (entity sides become language codes)."""
    if unit.src_lang == unit.tgt_lang:
        raise Refusal(Problem("export.jsonl_same_lang", lang=repr(unit.src_lang)))
    side_lang = {"src": unit.src_lang, "tgt": unit.tgt_lang}
    entities = []
    for ent in unit.entities:
        out = {"side": side_lang[ent["side"]]}
        out.update({k: ent[k] for k in _ENTITY_KEYS if k in ent and ent[k] is not None})
        entities.append(out)
    record = {"id": index, "bitext": unit.bitext, "src_doc": unit.src_doc,
              "tgt_doc": unit.tgt_doc, "bead": unit.bead_id,
              "translation": {unit.src_lang: unit.src_text, unit.tgt_lang: unit.tgt_text},
              "src_lang": unit.src_lang, "tgt_lang": unit.tgt_lang,
              "score": unit.score, "status": unit.status, "entities": entities}
    if unit.changed:
        record["changed"] = unit.changed
    return record


def write(units: Iterable[AlignedUnit], out: Output, *, include_empty: bool = False,
          confirmed_only: bool = False, min_score: float | None = None, control=None) -> int:
    """Write one JSON record a line (UTF-8, not ASCII-escaped); returns records written."""
    count = 0
    with text_output(out) as stream:
        for unit in select_units(units, confirmed_only=confirmed_only, min_score=min_score,
                                 include_empty=include_empty):
            stream.write(json.dumps(unit_record(unit, count), ensure_ascii=False,
                                    separators=(", ", ": ")))
            stream.write("\n")
            count += 1
            if control is not None and count % 1000 == 0:
                control.report(count, 0, Problem("progress.writing", format="JSONL"))
    return count


def _lines(source: PathLike | IO[str]) -> Iterator[tuple[int, str]]:
    if is_path(source):
        path = Path(source)
        try:
            with open(path, encoding="utf-8-sig", newline="") as stream:
                # newline="" and split on "\n" only: U+2028 inside a JSON string is legal
                for number, line in enumerate(_split(stream), 1):
                    yield number, line
        except _EndlessLine:
            raise InputError(path, _endless()) from None
        except UnicodeDecodeError as exc:
            raise InputError(path, Problem("import.not_utf8_at", reason=exc.reason,
                                           start=exc.start)) from None
        except OSError as exc:
            raise InputError(path, Problem("import.cannot_read", reason=exc.strerror or exc)) from None
    else:
        name = getattr(source, "name", None)
        try:
            yield from enumerate(_split(source), 1)
        except _EndlessLine:
            raise InputError(name, _endless()) from None
        except UnicodeDecodeError as exc:
            raise InputError(name, Problem("import.not_utf8_reason", reason=exc.reason)) from None


class _EndlessLine(Exception):
    pass


def _endless() -> Problem:
    return Problem("jsonl.endless_line", limit=f"{MAX_LINE:,}")


def _split(stream: IO[str]) -> Iterator[str]:
    """Lines split at LF only (JSON Lines), without reading the whole file.

    Pieces of a long line are kept in a list and joined once: appending each chunk to one
    string copied the line again for every 64 KB read (quadratic: 24 s for 70 MB).
    """
    parts: list[str] = []
    held = 0
    while True:
        chunk = stream.read(1 << 16)
        if not chunk:
            break
        if "\n" not in chunk:
            parts.append(chunk)
            held += len(chunk)
            if held > MAX_LINE:
                raise _EndlessLine()
            continue
        first, *lines, rest = chunk.split("\n")
        parts.append(first)
        if held + len(first) > MAX_LINE:
            raise _EndlessLine()
        yield "".join(parts)
        yield from lines
        parts, held = [rest], len(rest)
    if held:
        yield "".join(parts)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _check_strings(record: object, depth: int = 0) -> None:
    """A lone surrogate (JSON allows the escape "\\ud800") is not text and cannot be
    stored as UTF-8: refuse it here, where the line is known."""
    if isinstance(record, str):
        m = _SURROGATE.search(record)
        if m:
            raise ValueError(Problem("jsonl.surrogate", code=f"{ord(m.group()):04x}"))
    elif isinstance(record, dict):
        for key, value in record.items():
            _check_strings(key, depth + 1)
            _check_strings(value, depth + 1)
    elif isinstance(record, list):
        for value in record:
            _check_strings(value, depth + 1)


def read(source: PathLike | IO[str], *, src_lang: str | None = None,
         tgt_lang: str | None = None) -> Iterator[AlignedUnit]:
    """Generator of AlignedUnits; a broken line raises InputError naming file and line."""
    name = str(source) if is_path(source) else getattr(source, "name", None)
    for number, line in _lines(source):
        line = line.strip()
        if not line:
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(name, Problem("import.bad_json", error=exc.msg, column=exc.colno),
                             line=number) from None
        except ValueError:  # an integer of over 4,300 digits, which Python will not convert
            raise InputError(name, Problem("import.long_number"), line=number) from None
        except RecursionError:
            raise InputError(name, Problem("import.too_deep"), line=number) from None
        try:
            _check_strings(record)
            unit = parse_record(record, src_lang=src_lang, tgt_lang=tgt_lang)
            unit.line = number
            yield unit
        except RecursionError:
            raise InputError(name, Problem("import.too_deep"), line=number) from None
        except ValueError as exc:
            problem = exc.args[0] if exc.args and isinstance(exc.args[0], Problem) else str(exc)
            raise InputError(name, problem, line=number) from None


def parse_record(record: object, *, src_lang: str | None = None,
                 tgt_lang: str | None = None) -> AlignedUnit:
    """One record -> AlignedUnit; ValueError says what is wrong with it."""
    if not isinstance(record, dict):
        raise ValueError(Problem("jsonl.not_object"))
    if "translation" in record:
        texts = record["translation"]
        if not isinstance(texts, dict):
            raise ValueError(Problem("jsonl.translation_not_object"))
    else:  # plain {"ar": ..., "en": ...}
        texts = {k: v for k, v in record.items() if isinstance(v, str) and is_valid_tag(k)
                 and len(k) <= 3}
        if len(texts) > 2:  # {"id": "u1", "ar": ..., "en": ...}: a field, not a language
            fields = {k: v for k, v in texts.items() if k.lower() not in _FIELD_NAMES}
            texts = fields if len(fields) >= 2 else texts
    for key in ("src_lang", "tgt_lang"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise ValueError(Problem("jsonl.lang_not_string", field=key))
    langs = [k for k, v in texts.items() if isinstance(v, str)]
    src = src_lang or record.get("src_lang") or (langs[0] if langs else None)
    tgt = tgt_lang or record.get("tgt_lang") or next((x for x in langs if x != src), None)
    if src not in texts or tgt not in texts or src == tgt:
        raise ValueError(Problem("jsonl.two_langs_wanted", found=sorted(texts), src=src, tgt=tgt)
                         if src_lang or tgt_lang else Problem("jsonl.two_langs", found=sorted(texts)))
    for lang in (src, tgt):
        if not isinstance(texts[lang], str):
            raise ValueError(Problem("jsonl.text_not_string", lang=lang))
        if not is_valid_tag(lang):
            raise ValueError(Problem("jsonl.bad_tag", tag=repr(lang)))
    unit = AlignedUnit(src_lang=src, tgt_lang=tgt, src_text=texts[src], tgt_text=texts[tgt])
    for key in ("bitext", "src_doc", "tgt_doc", "changed", "created"):
        value = record.get(key)
        if value is not None:
            if not isinstance(value, (str, int)):
                raise ValueError(Problem("jsonl.field_not_string", field=key))
            setattr(unit, key, str(value))
    bead = record.get("bead")
    if bead is not None:
        if not isinstance(bead, int) or isinstance(bead, bool) or not 0 <= bead < 2**63:
            raise ValueError(Problem("jsonl.bad_bead"))
        unit.bead_id = bead
    score = record.get("score")
    if score is not None:
        if (not isinstance(score, (int, float)) or isinstance(score, bool)
                or (isinstance(score, int) and abs(score) > 10**15)
                or not math.isfinite(score)):
            raise ValueError(Problem("jsonl.bad_score"))
        unit.score = float(score)
    status = record.get("status")
    if status is not None:
        if status not in ("auto", "confirmed"):
            raise ValueError(Problem("jsonl.bad_status", status=repr(status)))
        unit.status = status
    unit.entities = _entities(record.get("entities") or [], unit)
    return unit


def _entities(raw: object, unit: AlignedUnit) -> list[dict]:
    if not isinstance(raw, list):
        raise ValueError(Problem("jsonl.entities_not_list"))
    sides = {unit.src_lang: ("src", unit.src_text), unit.tgt_lang: ("tgt", unit.tgt_text)}
    entities = []
    for ent in raw:
        if (not isinstance(ent, dict) or not isinstance(ent.get("side"), str)
                or ent["side"] not in sides):
            raise ValueError(Problem("jsonl.entity_side", entity=repr(ent),
                                      src=repr(unit.src_lang), tgt=repr(unit.tgt_lang)))
        side, text = sides[ent["side"]]
        start, end = ent.get("start"), ent.get("end")
        if (not isinstance(start, int) or not isinstance(end, int)
                or not 0 <= start < end <= len(text)):
            raise ValueError(Problem("jsonl.entity_span", entity=repr(ent), side=ent["side"],
                                     length=len(text)))
        if not isinstance(ent.get("label"), str) or not ent["label"]:
            raise ValueError(Problem("jsonl.entity_label", entity=repr(ent)))
        out = {"side": side, "start": start, "end": end, "label": ent["label"]}
        for key in ("counterpart", "canonical", "transliteration"):
            if ent.get(key) is not None:
                out[key] = ent[key]
        if "counterpart" in out and not (isinstance(out["counterpart"], int)
                                         and 0 <= out["counterpart"] < len(raw)):
            raise ValueError(Problem("jsonl.entity_counterpart", entity=repr(ent)))
        entities.append(out)
    return entities
