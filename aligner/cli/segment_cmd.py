"""`dragoman segment FILE`: print a file's sentences, one a line, to check the splitter.

`--visual` shapes and reorders Arabic for terminals without bidi support (arabic-reshaper
and python-bidi); never use that output anywhere that does its own shaping (Qt, files).
"""
from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers) -> None:
    p = subparsers.add_parser("segment", help="split a text file into sentences (one a line)")
    p.add_argument("file", type=Path)
    p.add_argument("--lang", help="language code (detected when omitted)")
    p.add_argument("--encoding", help="decode the file with this encoding")
    p.add_argument("--visual", action="store_true",
                   help="reshape and reorder Arabic for terminals without bidi support")
    p.add_argument("--boilerplate", action="store_true",
                   help="also mark the sentences that import would exclude, with the reason")
    p.set_defaults(func=run)


def visual(line: str) -> str:
    """Terminal rendering of a logical-order line: shaped letters in display order."""
    import arabic_reshaper
    from bidi.algorithm import get_display  # python-bidi 0.4 and 0.5+ both have it here

    return get_display(arabic_reshaper.reshape(line))


def run(args: argparse.Namespace) -> int:
    from aligner.text.boilerplate import flag_boilerplate
    from aligner.importer import _check_lang, _detect
    from aligner.text.segment import split_sentences
    from aligner.text.textio import read_text

    decoded = read_text(args.file, args.encoding)
    lang = _check_lang(args.lang, args.file) if args.lang else _detect(decoded.text, args.file)
    spans = split_sentences(decoded.text, lang)
    reasons = [""] * len(spans)
    if args.boilerplate:
        spans, reasons = flag_boilerplate(decoded.text, spans, lang)
    for span, reason in zip(spans, reasons):
        line = decoded.text[span.start:span.end]
        if args.visual:
            line = visual(line)
        print(f"[{reason}] {line}" if reason else line)
    return 0
