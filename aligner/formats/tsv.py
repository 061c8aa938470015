"""Tab-separated pairs: `source<TAB>target` a line, no header: the simplest MT format.

Tabs and line breaks inside a segment become spaces (or the columns and lines would
shift). Only the texts survive; the languages are not in the file, so reading needs them.
"""
from __future__ import annotations

from typing import IO, Iterable, Iterator

from aligner.errors import InputError
from aligner.model import AlignedUnit
from aligner.formats.common import Output, PathLike, is_path, one_line, select_units, text_output
from aligner.messages import Problem


def write(units: Iterable[AlignedUnit], out: Output, *, include_empty: bool = False,
          confirmed_only: bool = False, min_score: float | None = None, control=None) -> int:
    count = 0
    with text_output(out) as stream:
        for unit in select_units(units, confirmed_only=confirmed_only, min_score=min_score,
                                 include_empty=include_empty):
            stream.write(f"{one_line(unit.src_text, tabs=True)}\t"
                         f"{one_line(unit.tgt_text, tabs=True)}\n")
            count += 1
            if control is not None and count % 1000 == 0:
                control.report(count, 0, Problem("progress.writing", format="TSV"))
    return count


def read(source: PathLike | IO[str], src_lang: str, tgt_lang: str) -> Iterator[AlignedUnit]:
    """Units from a TSV file; a line without exactly one tab is an InputError with its number."""
    name = str(source) if is_path(source) else getattr(source, "name", None)
    try:
        stream = open(source, encoding="utf-8-sig", newline="") if is_path(source) else source
    except OSError as exc:
        raise InputError(name, Problem("import.cannot_read", reason=exc.strerror or exc)) from None
    try:
        for number, line in enumerate(stream, 1):
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            cols = line.split("\t")
            if len(cols) != 2:
                raise InputError(name, Problem("tsv.two_columns", count=len(cols)),
                                 line=number)
            yield AlignedUnit(src_lang=src_lang, tgt_lang=tgt_lang, src_text=cols[0],
                              tgt_text=cols[1])
    except UnicodeDecodeError as exc:
        raise InputError(name, Problem("import.not_utf8_at", reason=exc.reason,
                                           start=exc.start)) from None
    finally:
        if is_path(source):
            stream.close()
