"""`dragoman romanize [--scheme S] [FILE|-]`: one Arabic word or name a line in, its
romanization a line out, same order and count; an empty line stays empty.
`--apostrophes typographic` writes hamzah and ʿayn as ’ ‘ (al-Qā’im, Dā‘iš in DIN).

Other scripts' checks call it, so the contract is exactly that: nothing else on stdout.
Bad input (a directory, a missing or binary file, text that is not UTF-8) is one line on
stderr naming the file, and exit status 2.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from aligner.cli.common import UserError
from aligner.names.schemes import SCHEME_KEYS, TYPOGRAPHIC_MARKS
from aligner.text.textio import read_whole


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "romanize", help="romanize Arabic words or names, one a line (ALA-LC, DIN...)")
    p.add_argument("file", nargs="?", default="-",
                   help="a UTF-8 text file, one word or name a line ('-' or none: stdin)")
    p.add_argument("--scheme", choices=SCHEME_KEYS, default="alalc",
                   help="romanization scheme (default: alalc)")
    p.add_argument("--apostrophes", choices=("scheme", "typographic"), default="scheme",
                   help="hamzah and ʿayn as the scheme's own signs (default; DIN ʾ ʿ, "
                   "ALA-LC ʼ ʻ) or as typographic quotes ’ ‘ as much print sets them")
    p.set_defaults(func=run)


def _read(name: str) -> str:
    if name == "-":
        data = sys.stdin.buffer.read()
        label = "<stdin>"
    else:
        label = name
        data = read_whole(Path(name))
    if b"\0" in data:
        raise UserError(f"{label}: binary file, not UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(f"{label}: not UTF-8 text (byte {exc.start})") from None
    return text


def run(args: argparse.Namespace) -> int:
    from aligner.names.romanize import romanize

    text = _read(args.file)
    lines = text.replace("\r\n", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the newline that ends the last line
    out = sys.stdout
    typographic = args.apostrophes == "typographic" and args.scheme != "buckwalter"
    for line in lines:
        word = line.strip()
        text = romanize(word, args.scheme) if word else ""
        out.write((text.translate(TYPOGRAPHIC_MARKS) if typographic else text) + "\n")
    out.flush()
    return 0
