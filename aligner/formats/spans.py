"""Span JSONL in the doccano style, one file per language, for NER annotation tools.

`OUT.jsonl` gives `OUT.ar.jsonl` and `OUT.en.jsonl`, each line
`{"text": "...", "label": [[start, end, "LOC"], ...]}` with code-point offsets (what
doccano's own JSONL import counts in Python). A side with no text is left out, so the two
files are line-aligned only when no side is empty.
"""
from __future__ import annotations

import json
from itertools import zip_longest
from pathlib import Path
from typing import Iterable, Iterator

from aligner.errors import InputError
from aligner.model import AlignedUnit
from aligner.formats.common import LanguageFiles, PathLike, lang_path, select_units
from aligner.messages import Problem

SUFFIX = ".jsonl"
# the shape of a line, said in a refusal (the JSON is not ours to translate)
RECORD = '{"text": ..., "label": [[start, end, label], ...]}'


def write(units: Iterable[AlignedUnit], out: PathLike, *, include_empty: bool = False,
          confirmed_only: bool = False, min_score: float | None = None, control=None) -> int:
    count = 0
    with LanguageFiles(out, SUFFIX) as files:
        for unit in select_units(units, confirmed_only=confirmed_only, min_score=min_score,
                                 include_empty=include_empty):
            for side, lang, text in (("src", unit.src_lang, unit.src_text),
                                     ("tgt", unit.tgt_lang, unit.tgt_text)):
                if not text:
                    continue
                labels = sorted([e["start"], e["end"], e["label"]]
                                for e in unit.entities if e["side"] == side)
                files.stream(lang).write(json.dumps({"text": text, "label": labels},
                                                    ensure_ascii=False) + "\n")
            count += 1
            if control is not None and count % 1000 == 0:
                control.report(count, 0, Problem("progress.writing", format="span JSONL"))
    return count


def read_records(path: PathLike) -> Iterator[tuple[str, list[dict]]]:
    """(text, entities) per line of one span file; bad lines raise InputError with the line."""
    path = Path(path)
    try:
        with open(path, encoding="utf-8-sig") as stream:
            for number, line in enumerate(stream, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except ValueError as exc:
                    raise InputError(path, Problem("spans.bad_json", error=exc.msg),
                                     line=number) from None
                text = record.get("text") if isinstance(record, dict) else None
                labels = (record.get("label", record.get("labels", []))
                          if isinstance(record, dict) else None)
                if not isinstance(text, str) or not isinstance(labels, list):
                    raise InputError(path, Problem("spans.bad_record", record=RECORD), line=number)
                entities = []
                for span in labels:
                    if (not isinstance(span, list) or len(span) != 3
                            or not all(isinstance(v, int) for v in span[:2])
                            or not 0 <= span[0] < span[1] <= len(text)
                            or not isinstance(span[2], str)):
                        raise InputError(path, Problem("spans.bad_span", span=repr(span),
                                                       length=len(text)), line=number)
                    entities.append({"start": span[0], "end": span[1], "label": span[2]})
                yield text, entities
    except FileNotFoundError:
        raise InputError(path, Problem("import.no_file")) from None
    except UnicodeDecodeError as exc:
        raise InputError(path, Problem("import.not_utf8_at", reason=exc.reason,
                                           start=exc.start)) from None


def read(out: PathLike, src_lang: str, tgt_lang: str) -> Iterator[AlignedUnit]:
    """Pair OUT.<src>.jsonl and OUT.<tgt>.jsonl line by line into units."""
    src_path, tgt_path = lang_path(out, src_lang, SUFFIX), lang_path(out, tgt_lang, SUFFIX)
    for src, tgt in zip_longest(read_records(src_path), read_records(tgt_path)):
        if src is None or tgt is None:
            raise InputError(src_path if src is None else tgt_path,
                             Problem("pair.fewer_lines"))
        entities = ([dict(e, side="src") for e in src[1]] + [dict(e, side="tgt") for e in tgt[1]])
        yield AlignedUnit(src_lang=src_lang, tgt_lang=tgt_lang, src_text=src[0],
                          tgt_text=tgt[0], entities=entities)
