"""Alignment evaluation: strict bead and link precision / recall / F1 against a gold.

Why our own: the measure must be exactly the one the gold data's README defines (strict
beads with an empty side left out, links = sentence pairs implied by beads, micro-averaged
over documents), and it must read the vecalign-style bead files our CLI writes, with or
without a trailing score. With scores it also prints precision per score bucket, which is
how we check that a bead's score means something.

Usage: `dragoman evaluate GOLD PRED` or `python -m aligner.align.evaluate GOLD PRED`, where GOLD
and PRED are bead files, or folders: GOLD holds one folder per document with gold.txt,
PRED holds for each the same name as a bead file (NAME, NAME.txt) or folder with one.
"""
from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from aligner.errors import DragomanError, InputError
from aligner.text.textio import read_whole

Bead = tuple[tuple[int, ...], tuple[int, ...]]

_LINE_RE = re.compile(r"^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]\s*(?::\s*(-?[\d.eE+-]+)\s*)?$")
PRED_NAMES = ("beads.txt", "beads", "pred.txt", "aligned.txt")


def _ids(text: str) -> tuple[int, ...]:
    return tuple(int(x) for x in text.split(",") if x.strip())


def parse_beads(lines: Iterable[str], path: str | Path | None = None
                ) -> tuple[list[Bead], list[float | None]]:
    """Beads `[0, 1]:[2]` (optionally `:score`) one a line; blank lines are skipped."""
    beads: list[Bead] = []
    scores: list[float | None] = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        m = _LINE_RE.match(line)
        if not m:
            raise InputError(path, f"not a bead line (expected like '[0]:[0, 1]'): "
                                   f"{line.strip()[:60]!r}", line=n)
        try:
            beads.append((_ids(m.group(1)), _ids(m.group(2))))
            scores.append(float(m.group(3)) if m.group(3) else None)
        except ValueError:
            raise InputError(path, f"bad number in {line.strip()[:60]!r}", line=n) from None
    return beads, scores


def read_beads(path: str | Path) -> tuple[list[Bead], list[float | None]]:
    path = Path(path)
    try:
        text = read_whole(path).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(path, "not a UTF-8 text file") from None
    beads, scores = parse_beads(text.splitlines(), path)
    if not beads:
        raise InputError(path, "holds no beads")
    return beads, scores


def format_bead(src: Sequence[int], tgt: Sequence[int], score: float | None = None) -> str:
    """vecalign's bead line: `[0]:[0, 1]:0.873` (no score part when score is None)."""
    line = f"[{', '.join(map(str, src))}]:[{', '.join(map(str, tgt))}]"
    return line if score is None else f"{line}:{score:.4f}"


@dataclass
class Counts:
    """True positives and sizes; adding Counts is micro-averaging."""

    tp: int = 0
    pred: int = 0
    gold: int = 0

    def __iadd__(self, other: "Counts") -> "Counts":
        self.tp += other.tp
        self.pred += other.pred
        self.gold += other.gold
        return self

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Result:
    strict: Counts = field(default_factory=Counts)
    links: Counts = field(default_factory=Counts)
    # score bucket (0..9) -> [beads, correct], for predictions that carry scores
    buckets: dict[int, list[int]] = field(default_factory=dict)
    documents: list[tuple[str, "Result"]] = field(default_factory=list)

    def add(self, other: "Result") -> None:
        self.strict += other.strict
        self.links += other.links
        for k, (n, c) in other.buckets.items():
            slot = self.buckets.setdefault(k, [0, 0])
            slot[0] += n
            slot[1] += c


def _links(beads: Iterable[Bead]) -> set[tuple[int, int]]:
    return {(s, t) for src, tgt in beads for s in src for t in tgt}


def score(gold: Sequence[Bead], pred: Sequence[Bead],
          pred_scores: Sequence[float | None] | None = None) -> Result:
    """Strict bead and link counts of one document."""
    g = {(tuple(s), tuple(t)) for s, t in gold if s and t}
    p = [(tuple(s), tuple(t)) for s, t in pred]
    ps = {b for b in p if b[0] and b[1]}
    res = Result(Counts(len(g & ps), len(ps), len(g)))
    gl, pl = _links(gold), _links(pred)
    res.links = Counts(len(gl & pl), len(pl), len(gl))
    if pred_scores is not None:
        for b, sc in zip(p, pred_scores):
            if sc is None or not (b[0] and b[1]):
                continue
            k = min(9, max(0, int(sc * 10)))
            slot = res.buckets.setdefault(k, [0, 0])
            slot[0] += 1
            slot[1] += b in g
    return res


def _pred_file(pred_dir: Path, name: str) -> Path:
    for cand in (pred_dir / name, pred_dir / f"{name}.txt"):
        if cand.is_file():
            return cand
    folder = pred_dir / name
    if folder.is_dir():
        for fname in PRED_NAMES:
            if (folder / fname).is_file():
                return folder / fname
    raise InputError(pred_dir, f"no predicted beads for {name!r} (looked for {name}, "
                               f"{name}.txt, or {name}/{' | '.join(PRED_NAMES)})")


def evaluate_paths(gold: str | Path, pred: str | Path) -> Result:
    """Evaluate a bead file against a gold file, or a folder of documents (micro-average)."""
    gold, pred = Path(gold), Path(pred)
    if not gold.exists():
        raise InputError(gold, "not found")
    if not pred.exists():
        raise InputError(pred, "not found")
    if not gold.is_dir():  # a file (read_beads refuses a pipe or device by name)
        if pred.is_dir():
            raise InputError(pred, "the gold is one file, so the prediction must be one too")
        g, _ = read_beads(gold)
        p, sc = read_beads(pred)
        return score(g, p, sc)
    docs = sorted(d for d in gold.iterdir() if d.is_dir() and (d / "gold.txt").is_file())
    if not docs:
        raise InputError(gold, "holds no document folders with a gold.txt")
    total = Result()
    for d in docs:
        g, _ = read_beads(d / "gold.txt")
        p, sc = read_beads(_pred_file(pred, d.name) if pred.is_dir() else pred)
        one = score(g, p, sc)
        total.add(one)
        total.documents.append((d.name, one))
    return total


def report(res: Result) -> str:
    """A plain-text table: per document, micro-average, and precision by score bucket."""
    lines = [f"{'document':32s} {'P':>6s} {'R':>6s} {'F1':>6s}   {'link F1':>7s}"]
    for name, r in res.documents:
        lines.append(f"{name[:32]:32s} {r.strict.precision:6.3f} {r.strict.recall:6.3f} "
                     f"{r.strict.f1:6.3f}   {r.links.f1:7.3f}")
    s, li = res.strict, res.links
    label = "micro-average" if res.documents else "total"
    lines.append(f"{label:32s} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}   {li.f1:7.3f}")
    lines.append(f"strict beads: P={s.precision:.4f} R={s.recall:.4f} F1={s.f1:.4f} "
                 f"({s.tp} right of {s.pred} predicted, {s.gold} in gold)")
    lines.append(f"links:        P={li.precision:.4f} R={li.recall:.4f} F1={li.f1:.4f}")
    if res.buckets:
        lines.append("score bucket -> precision of beads in it")
        for k in sorted(res.buckets):
            n, c = res.buckets[k]
            lines.append(f"  {k / 10:.1f}-{(k + 1) / 10:.1f}: {n:6d} beads, "
                         f"precision {c / n:.3f}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m aligner.align.evaluate",
                                     description="Strict bead and link P/R/F1 against a gold.")
    parser.add_argument("gold", help="gold bead file, or folder of <doc>/gold.txt")
    parser.add_argument("pred", help="predicted bead file, or folder of <doc> bead files")
    args = parser.parse_args(argv)
    try:
        print(report(evaluate_paths(args.gold, args.pred)))
    except DragomanError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
