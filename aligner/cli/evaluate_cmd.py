"""`dragoman evaluate GOLD PRED`: strict bead and link P/R/F1 of an alignment.

A thin wrapper over aligner.align.evaluate (also runnable as `python -m aligner.align.evaluate`), so
the measure used in the project's reports is one command away.
"""
from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "evaluate", help="score predicted beads against a gold alignment",
        description="Strict bead P/R/F1 (exact beads, beads with an empty side left out) and "
                    "link P/R/F1, micro-averaged over documents when given folders: GOLD "
                    "holds <doc>/gold.txt, PRED holds <doc> or <doc>.txt or <doc>/beads.txt.")
    p.add_argument("gold", type=Path, help="gold bead file or folder")
    p.add_argument("pred", type=Path, help="predicted bead file or folder")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from aligner.align.evaluate import evaluate_paths, report

    print(report(evaluate_paths(args.gold, args.pred)))
    return 0
