"""Moses-style plain parallel text: OUT.<src> and OUT.<tgt>, one unit a line, line-aligned.

This is what MT training tools (Moses, OpenNMT, fairseq, Marian) read. Line breaks inside a
segment (LF, CR, U+2028 and the other characters str.splitlines splits at) become spaces,
or every later line would be misaligned. Only text survives: scores, status and entities
have no place here. A file holds one language pair; a unit with another pair is an error
(export each pair with --bitext).
"""
from __future__ import annotations

from itertools import zip_longest
from pathlib import Path
from typing import Iterable, Iterator

from aligner.errors import InputError, Refusal
from aligner.model import AlignedUnit
from aligner.formats.common import LanguageFiles, PathLike, lang_path, one_line, select_units
from aligner.messages import Problem


def write(units: Iterable[AlignedUnit], out: PathLike, *, include_empty: bool = False,
          confirmed_only: bool = False, min_score: float | None = None, control=None) -> int:
    """Write OUT.<src_lang> and OUT.<tgt_lang>; returns the number of line pairs."""
    count = 0
    pair: tuple[str, str] | None = None
    with LanguageFiles(out) as files:
        for unit in select_units(units, confirmed_only=confirmed_only, min_score=min_score,
                                 include_empty=include_empty):
            if pair is None:
                pair = (unit.src_lang, unit.tgt_lang)
                if pair[0] == pair[1]:
                    raise Refusal(Problem("moses.same_lang", lang=repr(pair[0])))
            elif (unit.src_lang, unit.tgt_lang) != pair:
                raise Refusal(Problem("moses.mixed_pairs", unit=f"{unit.src_lang}-{unit.tgt_lang}",
                                      pair=f"{pair[0]}-{pair[1]}"))
            files.stream(unit.src_lang).write(one_line(unit.src_text) + "\n")
            files.stream(unit.tgt_lang).write(one_line(unit.tgt_text) + "\n")
            count += 1
            if control is not None and count % 1000 == 0:
                control.report(count, 0, Problem("progress.writing_moses"))
    return count


def _lines(path: Path) -> Iterator[str]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as stream:
            for line in stream:
                yield line.rstrip("\r\n")
    except FileNotFoundError:
        raise InputError(path, Problem("import.no_file")) from None
    except UnicodeDecodeError as exc:
        raise InputError(path, Problem("import.not_utf8_at", reason=exc.reason,
                                           start=exc.start)) from None


def read(out: PathLike, src_lang: str, tgt_lang: str) -> Iterator[AlignedUnit]:
    """Read OUT.<src_lang> and OUT.<tgt_lang> back as units (their line counts must agree)."""
    src_path, tgt_path = lang_path(out, src_lang), lang_path(out, tgt_lang)
    number = 0
    for number, (src, tgt) in enumerate(zip_longest(_lines(src_path), _lines(tgt_path)), 1):
        if src is None or tgt is None:
            short = src_path if src is None else tgt_path
            raise InputError(short, Problem("pair.fewer_lines_at", number=number), line=number)
        yield AlignedUnit(src_lang=src_lang, tgt_lang=tgt_lang, src_text=src, tgt_text=tgt)
