"""`dragoman info CORPUS`: what a corpus holds, read-only (safe while the GUI has it open)."""
from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers) -> None:
    p = subparsers.add_parser("info", help="list the documents and bitexts of a corpus")
    p.add_argument("corpus", type=Path)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from aligner.corpus import Corpus
    from aligner.model import BeadStatus

    with Corpus.open(args.corpus, read_only=True) as corpus, corpus.snapshot():
        info = corpus.info()
        print(f"corpus {info['path']} (format {info['format']}, created {info['created_at']})")
        print(f"documents: {info['documents']}, sentences: {info['segments']} "
              f"({info['excluded']} excluded), bitexts: {info['bitexts']}, beads: "
              f"{info['beads']} ({info['confirmed']} confirmed), entities: "
              f"{info['entities']}, names: {info['names']}")
        docs = corpus.documents()
        if docs:
            print("\ndocuments:")
            print(f"  {'id':>4}  {'lang':4}  {'sentences':>9}  {'excluded':>8}  "
                  f"{'encoding':10}  title")
        for d in docs:
            segs = corpus.segments(d.id)
            excl = sum(1 for s in segs if s.excluded)
            print(f"  {d.id:>4}  {d.lang:4}  {len(segs):>9}  {excl:>8}  {d.encoding:10}  "
                  f"{d.title}")
        bitexts = corpus.bitexts()
        if bitexts:
            print("\nbitexts:")
            print(f"  {'id':>4}  {'pair':7}  {'docs':>9}  {'beads':>6}  {'confirmed':>9}  name")
        for b in bitexts:
            beads = corpus.beads(b.id)
            conf = sum(1 for x in beads if x.status == BeadStatus.CONFIRMED)
            pair = f"{b.src_lang}-{b.tgt_lang}"
            docs_s = f"{b.src_doc_id}->{b.tgt_doc_id}"
            print(f"  {b.id:>4}  {pair:7}  {docs_s:>9}  {len(beads):>6}  {conf:>9}  {b.name}")
    return 0
