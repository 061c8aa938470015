"""`dragoman import CORPUS FILE...`: add texts (or TMX/JSONL units) to a corpus.

Creates the corpus when missing, prints what was added, and aligns new bitexts (unless
--no-align). Which reader takes a file (texts, or TMX/JSONL/TSV units; a TSV needs --lang
SRC,TGT) is decided by aligner.imports, as for the GUI.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path



def register(subparsers) -> None:
    p = subparsers.add_parser(
        "import", help="import text files (or TMX/JSONL/TSV) into a corpus",
        description="Import a text, a text and its translation, or a bilingual file into "
                    "CORPUS (created if missing). Encodings and languages are detected; "
                    "boilerplate is flagged (excluded, not deleted).")
    p.add_argument("corpus", type=Path, help="corpus file (.dragoman)")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE",
                   help="text files; two files make a bitext (the first is the source)")
    p.add_argument("--lang", help="language codes, comma-separated, one per file "
                                  "(or two for --bilingual), e.g. ar,en")
    p.add_argument("--bilingual", action="store_true",
                   help="each file holds a text followed by its translation")
    p.add_argument("--encoding", help="decode the files with this encoding (e.g. cp1256)")
    p.add_argument("--no-align", action="store_true", help="do not align the new bitexts")
    p.set_defaults(func=run)


def _langs(arg: str | None) -> list[str] | None:
    if not arg:
        return None
    return [c.strip() for c in arg.split(",") if c.strip()]


def run(args: argparse.Namespace) -> int:
    from aligner.corpus import Corpus
    from aligner.importer import prepare_files, store_prepared

    from aligner.imports import exchange_files

    langs = _langs(args.lang)
    if exchange_files(args.files):  # TMX/JSONL/TSV units; a mix with texts is refused
        # like text files below, a bad file must not leave a new, empty corpus behind
        created = not args.corpus.exists()
        empty = False
        try:
            with Corpus.open(args.corpus, create=True) as corpus:
                empty = True
                try:
                    return _import_exchange(corpus, args.files, langs)
                finally:
                    empty = not corpus.bitexts()
        except BaseException:
            if created and empty:
                _remove_new_corpus(args.corpus)
            raise
    # read and check every file before the corpus is created or opened: a bad file
    # leaves no trace, not even an empty new corpus
    plan = prepare_files(args.files, langs=langs, bilingual=args.bilingual,
                         encoding=args.encoding)
    for prepared in plan.docs:  # said before anything is stored
        for warning in prepared.warnings:
            print(f"dragoman: warning: {prepared.document.source_name}: {warning}",
                  file=sys.stderr)
    with Corpus.open(args.corpus, create=True) as corpus, corpus.transaction():
        # storing and aligning are one transaction: an import stopped before its alignment
        # is done leaves nothing, not an unaligned bitext
        result = store_prepared(corpus, plan)
        for prepared, doc_id, reused in zip(result.docs, result.doc_ids, result.reused):
            d = prepared.document
            if reused:
                print(f"document {doc_id} [{d.lang}]: {d.source_name} is already in the "
                      "corpus; using it")
                continue
            print(f"document {doc_id} [{d.lang}]: {d.title}, {d.encoding}, "
                  f"{len(prepared.segments)} sentences, {prepared.excluded} excluded as "
                  f"boilerplate ({d.source_name})")
            reasons: dict[str, int] = {}
            for s in prepared.segments:
                if s.excluded:
                    reasons[s.exclude_reason] = reasons.get(s.exclude_reason, 0) + 1
            if reasons:
                print("  excluded: " + ", ".join(f"{k} {v}" for k, v in sorted(reasons.items())))
        for bitext_id in result.to_align:
            b = corpus.bitext(bitext_id)
            print(f"bitext {bitext_id}: {b.src_lang}-{b.tgt_lang} "
                  f"(documents {b.src_doc_id} -> {b.tgt_doc_id})")
            if not args.no_align:
                _align(corpus, bitext_id)
    return 0


def _align(corpus, bitext_id: int) -> None:
    from aligner.align.aligner import AlignStats
    from aligner.align.service import (align_bitext, not_parallel_warning,
                                       unsure_path_warning)

    stats = AlignStats()
    align_bitext(corpus, bitext_id, stats=stats)
    beads = corpus.beads(bitext_id)
    print(f"  aligned: {len(beads)} beads")
    name = f"bitext {bitext_id}"
    for warning in (not_parallel_warning(name, stats), unsure_path_warning(name, stats)):
        if warning:
            print(warning, file=sys.stderr)


def _remove_new_corpus(path: Path) -> None:
    """Remove a corpus this command created and left empty (after it was closed)."""
    for name in (path.name, path.name + "-wal", path.name + "-shm"):
        try:
            path.with_name(name).unlink()
        except FileNotFoundError:
            pass


def _import_exchange(corpus, files: list[Path], langs: list[str] | None) -> int:
    from aligner.imports import import_any

    for note in import_any(corpus, files, langs=langs).notes:
        print(note)
    return 0
