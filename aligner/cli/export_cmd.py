"""`dragoman export CORPUS --format FMT -o OUT`: write bitexts as TMX, JSONL, NER or MT files.

The corpus is opened read-only, so exporting is safe while the GUI has it open. Output is
streamed and written to a temporary file renamed into place, so a failed export never
leaves a half-written file. Per-language formats (moses, conll, spans) take OUT as a
stem: OUT.ar / OUT.en, out.ar.conll / out.en.conll, out.ar.jsonl / out.en.jsonl.
Formats that hold one language pair (tsv, moses, conll, spans) write one output per pair
when the bitexts have several: out.ar-en.tsv and out.ar-fr.tsv. No output may be the
corpus or one of its -wal/-shm/.lock files (see aligner.export_plan).
"""
from __future__ import annotations

import argparse
from pathlib import Path

from aligner.cli.common import UserError, unit_interval

FORMATS = ("tmx", "jsonl", "conll", "spans", "moses", "tsv")
_BY_SUFFIX = {".tmx": "tmx", ".jsonl": "jsonl", ".conll": "conll", ".tsv": "tsv"}


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "export", help="export bitexts as TMX, JSONL, CoNLL, span JSONL, Moses or TSV",
        description="Write the beads of a corpus (all bitexts, or those given) in an exchange "
                    "format. Beads with an empty side are left out unless --include-empty.")
    p.add_argument("corpus", type=Path, help="corpus file")
    p.add_argument("--format", "-f", choices=FORMATS,
                   help="output format (default: from the suffix of OUT: .tmx .jsonl .conll .tsv)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT",
                   help="output file (a stem for moses/conll/spans: one file per language)")
    p.add_argument("--bitext", action="extend", nargs="+", default=[], metavar="ID_or_NAME",
                   help="export only these bitexts (several after one --bitext, or repeated)")
    p.add_argument("--confirmed-only", action="store_true", help="only beads a person confirmed")
    p.add_argument("--min-score", metavar="X", help="only beads scoring at least X (0 to 1)")
    p.add_argument("--include-empty", action="store_true",
                   help="also export beads with an empty side (0-1, 1-0)")
    p.set_defaults(func=run)


def _bitext_ids(corpus, wanted: list[str]) -> list[int] | None:
    if not wanted:
        return None
    bitexts = corpus.bitexts()
    ids = []
    for item in wanted:
        match = [b for b in bitexts if str(b.id) == item.strip()] or \
                [b for b in bitexts if b.name == item]
        if not match:
            known = ", ".join(f"{b.id} ({b.name})" for b in bitexts) or "none"
            raise UserError(f"no bitext {item!r} in {corpus.path} (bitexts: {known})")
        if len(match) > 1:
            raise UserError(f"several bitexts are named {item!r}; give the id "
                            f"({', '.join(str(b.id) for b in match)})")
        ids.append(match[0].id)
    return ids


def run(args: argparse.Namespace) -> int:
    from aligner.corpus import Corpus
    from aligner.exchange import export_corpus

    fmt = args.format or _BY_SUFFIX.get(args.output.suffix.lower())
    if fmt is None:
        raise UserError(f"cannot tell the format from {args.output}; give --format "
                        f"({', '.join(FORMATS)})")
    if args.output.parent and not args.output.parent.is_dir():
        raise UserError(f"{args.output.parent} is not a folder")
    min_score = None if args.min_score is None else unit_interval("--min-score", args.min_score)
    written: list[Path] = []
    with Corpus.open(args.corpus, read_only=True) as corpus:
        ids = _bitext_ids(corpus, args.bitext)
        count = export_corpus(corpus, fmt, args.output, bitext_ids=ids,
                              confirmed_only=args.confirmed_only, min_score=min_score,
                              include_empty=args.include_empty, written=written)
    files = [str(p) for p in written if p.exists()] or [str(args.output)]
    print(f"{count} units written as {fmt} to {', '.join(files)}")
    return 0
