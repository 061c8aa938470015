"""Entity projection and suggestion measured on the dev pairs (../shared/golddata/entities-ar-en).

Why a script: it prints figures to compare over time; tests check behaviour only.
The 55 pairs come from 5 documents. They are split by document, deterministically: documents
sorted by the SHA-256 of their name, those at odd places (2 of 5) are the REPORTING part,
the others the TUNING part (thresholds and tables were adjusted looking at tuning figures
only). Both are printed, each labelled; only the reporting figures are results.

Scoring (exact spans, code points): projection from a side gets that side's gold entities
(unlinked) and must find counterparts on the other side. Span P/R/F1: predicted target spans
with their label against all gold entities of the target side. Link P/R/F1: a predicted
(source entity, target span) pair is right when the gold links that entity to exactly that
span. Suggestions get the bare pair texts (no entities) and are scored on both sides at once
against all gold entities, with label ("labelled") and without ("span").
Suggestions are kept at the default confidence (suggest.MIN_CONFIDENCE), as the CLI
keeps them; --sweep also prints labelled P/R at other cut-offs.
Usage: .venv/bin/python bench/bench_entities.py [--threshold 0.5] [--part tuning|reporting|all]
       [--sweep] [-v]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
GOLD = (Path(os.environ.get("DRAGOMAN_SHARED", REPO.parent / "shared")) / "golddata"
        / "entities-ar-en" / "dev.jsonl")

from aligner.entities.project import THRESHOLD, Mention, project_bead  # noqa: E402
from aligner.entities.suggest import (MIN_CONFIDENCE, SUGGEST_THRESHOLD,  # noqa: E402
                                      KnownName, person_parts, prepare_known, suggest_bead,
                                      text_labels)


def split(rows: list[dict]) -> dict[str, list[dict]]:
    docs = sorted({r["doc"] for r in rows}, key=lambda d: hashlib.sha256(d.encode()).hexdigest())
    reporting = set(docs[1::2])
    return {"tuning": [r for r in rows if r["doc"] not in reporting],
            "reporting": [r for r in rows if r["doc"] in reporting]}


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def fmt(name: str, tp: int, n_pred: int, n_gold: int) -> str:
    p, r, f = prf(tp, n_pred, n_gold)
    return f"  {name:<28} P {p:.3f}  R {r:.3f}  F1 {f:.3f}   ({tp}/{n_pred} pred, {n_gold} gold)"


def eval_projection(rows: list[dict], src: str, threshold: float, verbose: bool) -> list[str]:
    tgt = "en" if src == "ar" else "ar"
    span = [0, 0, 0]
    link = [0, 0, 0]
    for r in rows:
        ents = {e["id"]: e for e in r["entities"]}
        s_ents = [e for e in r["entities"] if e["side"] == src]
        t_gold = {(e["start"], e["end"], e["label"]) for e in r["entities"] if e["side"] == tgt}
        sources = [Mention(e["start"], e["end"], e["label"]) for e in s_ents]
        preds = project_bead(r[src], src, r[tgt], tgt, sources, threshold=threshold)
        span[1] += len(preds)
        span[2] += len(t_gold)
        link[1] += len(preds)
        link[2] += sum(1 for e in s_ents if e["link"])
        for p in preds:
            span[0] += (p.start, p.end, p.label) in t_gold
            g = ents.get(s_ents[p.source]["link"] or "")
            ok = g is not None and (g["start"], g["end"]) == (p.start, p.end)
            link[0] += ok
            if verbose and not ok:
                want = r[tgt][g["start"]:g["end"]] if g else None
                print(f"    {r['id']} {src}:{r[src][sources[p.source].start:sources[p.source].end]}"
                      f" -> {r[tgt][p.start:p.end]!r} ({p.score}) want {want!r}")
        if verbose:
            got = {p.source for p in preds}
            for i, e in enumerate(s_ents):
                if e["link"] and i not in got:
                    g = ents[e["link"]]
                    print(f"    {r['id']} {src}:{e['text']} -> nothing, want {g['text']!r}")
    return [fmt(f"projection from {src}: span", *span), fmt(f"projection from {src}: link", *link)]


def eval_suggestions(rows: list[dict], known_rows: list[dict], threshold: float,
                     verbose: bool, min_confidence: float = MIN_CONFIDENCE) -> list[str]:
    """Suggestions on bare pairs; `known_rows` give "entities tagged elsewhere in the
    corpus" (never the pair's own document)."""
    lab = [0, 0, 0]
    span = [0, 0, 0]
    persons: dict[str, frozenset[str]] = {}
    labels: dict[str, dict] = {}
    for doc in sorted({r["doc"] for r in rows}):  # first pass per document, as the CLI does
        names = []
        for r in rows:
            if r["doc"] == doc:
                names += [(r["en"][s.tgt.start:s.tgt.end], s.label, s.confidence)
                          for s in suggest_bead(r["ar"], "ar", r["en"], "en", threshold=threshold,
                                                min_confidence=0.0)
                          if s.tgt]
        persons[doc] = person_parts([(t, lab) for t, lab, _ in names])
        labels[doc] = text_labels(names)
    for r in rows:
        known = prepare_known([KnownName(e["text"], e["side"], e["label"], "corpus")
                               for k in known_rows if k["doc"] != r["doc"]
                               for e in k["entities"]])
        gold = {(e["side"], e["start"], e["end"], e["label"]) for e in r["entities"]}
        gold_span = {g[:3] for g in gold}
        pred = set()
        for sg in suggest_bead(r["ar"], "ar", r["en"], "en", known=known, threshold=threshold,
                               persons=persons[r["doc"]], min_confidence=min_confidence,
                               labels=labels[r["doc"]]):
            for side, m in (("ar", sg.src), ("en", sg.tgt)):
                if m is not None:
                    pred.add((side, m.start, m.end, m.label))
        lab[0] += len(pred & gold)
        lab[1] += len(pred)
        lab[2] += len(gold)
        pred_span = {p[:3] for p in pred}
        span[0] += len(pred_span & gold_span)
        span[1] += len(pred_span)
        span[2] += len(gold_span)
        if verbose:
            for p in sorted(pred - gold):
                print(f"    {r['id']} wrong {p[0]} {r[p[0]][p[1]:p[2]]!r} {p[3]}")
            for g in sorted(gold - pred):
                print(f"    {r['id']} missed {g[0]} {r[g[0]][g[1]:g[2]]!r} {g[3]}")
    return [fmt("suggestions: labelled", *lab), fmt("suggestions: span only", *span)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--threshold", type=float, default=THRESHOLD)
    ap.add_argument("--suggest-threshold", type=float, default=SUGGEST_THRESHOLD)
    ap.add_argument("--part", choices=("tuning", "reporting", "all"), default="all")
    ap.add_argument("-v", "--verbose", action="store_true", help="print the errors")
    ap.add_argument("--sweep", action="store_true",
                    help="also print labelled P/R at several confidence cut-offs")
    args = ap.parse_args()
    if not GOLD.is_file():
        print(f"no gold data at {GOLD}; nothing to measure")
        return 0
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    parts = split(rows)
    for name in ("tuning", "reporting"):
        if args.part not in (name, "all"):
            continue
        part = parts[name]
        docs = sorted({r["doc"] for r in part})
        n_ent = sum(len(r["entities"]) for r in part)
        print(f"{name.upper()} part: {len(part)} pairs, {n_ent} mentions, documents {', '.join(docs)}")
        for src in ("ar", "en"):
            for line in eval_projection(part, src, args.threshold, args.verbose):
                print(line)
        print("  cold (nothing tagged before):")
        for line in eval_suggestions(part, [], args.suggest_threshold, args.verbose):
            print("  " + line)
        print("  warm (the tuning part's other documents already tagged):")
        for line in eval_suggestions(part, parts["tuning"], args.suggest_threshold, args.verbose):
            print("  " + line)
        if args.sweep:
            print("  cold, by the confidence the suggestions are kept at:")
            for c in (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
                lines = eval_suggestions(part, [], args.suggest_threshold, False, c)
                print(f"    >= {c:.1f} " + lines[0].strip().replace("suggestions: ", ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
