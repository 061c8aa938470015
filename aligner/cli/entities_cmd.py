"""`dragoman entities project|suggest|propagate|list CORPUS ...`: named entities from scripts.

project   for each entity on the --from side with no counterpart, find its counterpart on
          the other side of the bead, store it and link the two (linked ones are left alone)
suggest   store suggestions (names both sides of a bead agree on, gazetteer (TSV or TBX)
          and register entries, names tagged elsewhere in the corpus); --accept stores them
          as entities and accepts the suggestions stored before
propagate tag every other occurrence of the corpus's entities; prints what it tagged
list      the entities, as TSV (default) or JSONL
Each writing command is one change of the corpus (the GUI can undo it only when made there).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path



def register(subparsers) -> None:
    p = subparsers.add_parser("entities", help="project, suggest, propagate or list entities",
                              description=__doc__.split("\n\n")[0] if __doc__ else None)
    sub = p.add_subparsers(dest="entities_command", metavar="ACTION")

    def common(q: argparse.ArgumentParser) -> None:
        q.add_argument("corpus", type=Path, help="corpus file")
        q.add_argument("--bitext", action="extend", nargs="+", default=[], metavar="ID_or_NAME",
                       help="only these bitexts (default: all)")

    q = sub.add_parser("project", help="find and link the counterparts of unlinked entities")
    common(q)
    q.add_argument("--from", dest="from_lang", required=True, choices=("ar", "en", "fr"),
                   help="the side whose entities are projected")
    confidence(q, "0")
    q.set_defaults(func=run_project)
    q = sub.add_parser("suggest", help="suggest entities both sides agree on")
    common(q)
    q.add_argument("--gazetteer", type=Path, action="append", default=[],
                   metavar="FILE.tsv|FILE.tbx",
                   help="names to look for: TSV text<TAB>LABEL a line, or a TBX glossary "
                        "whose entries carry their label as subjectField (may be repeated)")
    q.add_argument("--accept", action="store_true",
                   help="store the suggestions as ordinary (accepted, linked) entities, and "
                        "accept the suggestions already stored in these bitexts")
    confidence(q, "0.5")
    q.set_defaults(func=run_suggest)
    q = sub.add_parser("propagate", help="tag every other occurrence of the corpus's entities")
    common(q)
    q.set_defaults(func=run_propagate)
    q = sub.add_parser("list", help="list entities")
    common(q)
    q.add_argument("--format", choices=("tsv", "jsonl"), default="tsv")
    q.set_defaults(func=run_list)
    p.set_defaults(func=lambda args: (p.print_help(sys.stderr), 2)[1])


def confidence(q: argparse.ArgumentParser, default: str) -> None:
    q.add_argument("--min-confidence", default=None, metavar="X",
                   help="keep only proposals of this confidence or more (0 to 1; "
                        f"default {default}); each printed line ends with its confidence")


def _min_confidence(args: argparse.Namespace, default: float) -> float:
    """--min-confidence as a number from 0 to 1 (UserError, one line, otherwise)."""
    from aligner.cli.common import unit_interval

    if args.min_confidence is None:
        return default
    return unit_interval("--min-confidence", args.min_confidence)


def _ids(corpus, wanted: list[str]) -> list[int]:
    from aligner.cli.export_cmd import _bitext_ids

    ids = _bitext_ids(corpus, wanted)
    return ids if ids is not None else [b.id for b in corpus.bitexts()]


def _apply(corpus, plan) -> None:
    if plan.edit is not None:
        plan.edit.do(corpus)


def run_project(args: argparse.Namespace) -> int:
    from aligner.corpus import Corpus
    from aligner.entities.service import project_bitexts

    least = _min_confidence(args, 0.0)  # checked before the corpus is opened
    with Corpus.open(args.corpus) as corpus:
        plan = project_bitexts(corpus, _ids(corpus, args.bitext), args.from_lang,
                               min_confidence=least)
        _apply(corpus, plan)
    for r in plan.rows:
        what = "new" if r["new"] else "linked"
        print(f"{r['bitext']}\tbead {r['bead']}\t{r['source']}\t->\t{r['text']}\t{r['label']}"
              f"\t{what}\t{r['confidence']:.2f}")
    new = sum(1 for r in plan.rows if r["new"])
    print(f"projected {len(plan.rows)} entities from {args.from_lang}: {new} new, "
          f"{len(plan.rows) - new} linked to existing ones", file=sys.stderr)
    return 0


def run_suggest(args: argparse.Namespace) -> int:
    from aligner.corpus import Corpus
    from aligner.entities.gazetteer import read_gazetteers
    from aligner.entities.service import accept_with_stored, suggest_bitexts

    from aligner.entities.suggest import MIN_CONFIDENCE

    least = _min_confidence(args, MIN_CONFIDENCE)  # checked before the corpus is opened
    with Corpus.open(args.corpus) as corpus:
        names = {lab.name for lab in corpus.labels()}
        gazetteer = read_gazetteers(args.gazetteer, names)  # all checked before any write
        ids = _ids(corpus, args.bitext)
        plan = suggest_bitexts(corpus, ids, gazetteer=gazetteer.entries, accept=args.accept,
                               min_confidence=least)
        if args.accept:
            plan = accept_with_stored(corpus, ids, plan)
        _apply(corpus, plan)
        titles = {d.id: d.title for d in corpus.documents()}
    for r in plan.stored:
        print(f"{titles[r['doc']]}\tsentence {r['sentence']}\t{r['lang']}\t{r['text']}"
              f"\t{r['label']}\tstored")
    for r in plan.rows:
        print(f"{r['bitext']}\tbead {r['bead']}\t{r['lang']}\t{r['text']}\t{r['label']}"
              f"\t{r['origin']}\t{r['confidence']:.2f}")
    if gazetteer.skipped:
        print(f"gazetteer: {gazetteer.skipped} TBX entries without a label or a name skipped",
              file=sys.stderr)
    if args.accept:
        print(f"{len(plan.stored) + len(plan.rows)} entities accepted: {len(plan.stored)} "
              f"stored suggestions, {len(plan.rows)} new", file=sys.stderr)
    else:
        print(f"{len(plan.rows)} entities suggested", file=sys.stderr)
    return 0


def run_propagate(args: argparse.Namespace) -> int:
    from aligner.corpus import Corpus
    from aligner.entities.service import propagate

    with Corpus.open(args.corpus) as corpus:
        ids = _ids(corpus, args.bitext) if args.bitext else None
        plan = propagate(corpus, ids)
        _apply(corpus, plan)
        titles = {d.id: d.title for d in corpus.documents()}
    for r in plan.rows:
        print(f"{titles[r['doc']]}\tsentence {r['sentence']}\t{r['lang']}\t{r['text']}"
              f"\t{r['label']}")
    print(f"tagged {len(plan.rows)} occurrences", file=sys.stderr)
    return 0


def run_list(args: argparse.Namespace) -> int:
    from aligner.corpus import Corpus

    with Corpus.open(args.corpus, read_only=True) as corpus, corpus.snapshot():
        docs = {d.id: d for d in corpus.documents()}
        if args.bitext:
            wanted = sorted({i for b in _ids(corpus, args.bitext) for i in
                             (corpus.bitext(b).src_doc_id, corpus.bitext(b).tgt_doc_id)})
        else:
            wanted = sorted(docs)
        rows = []
        for doc_id, position, e in corpus.entities_of_documents(wanted):
            text = corpus.segment(e.segment_id).text[e.start:e.end]
            rows.append({"id": e.id, "doc": doc_id, "lang": docs[doc_id].lang,
                         "sentence": position + 1, "start": e.start, "end": e.end,
                         "label": e.label, "status": e.status, "counterpart": e.counterpart_id,
                         "counterparts": list(e.links),
                         "name_id": e.name_id, "source": e.source, "text": text})
    if args.format == "jsonl":
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
    else:
        cols = ["id", "doc", "lang", "sentence", "start", "end", "label", "status",
                "counterpart", "text"]
        print("\t".join(cols))
        for r in rows:  # the counterpart column: every counterpart (one per language)
            r["counterpart"] = ",".join(str(i) for i in r["counterparts"]) or None  # type: ignore[attr-defined]
            print("\t".join("" if r[c] is None else str(r[c]).replace("\t", " ") for c in cols))
    return 0


