"""Scores on texts that are not translations, and score calibration on real ones.

Issue 11 point 1: a bead's score is the estimated probability that it is exactly right,
on any input; on unrelated Arabic-English document pairs at most 5% of beads may score 0.5
or more. This prints, per dictionary setting and split:

- `unrelated`: the share of beads scored >= 0.5 on document pairs that are not
  translations: the Arabic of one ar-en gold article against the English of another
  (entities-ar-en, all ordered pairs), seeds 002 and 003 (Arabic reports of the event of
  seed 000) against seed 000's English, and the English of one en-fr gold book against
  the French of the next book of the same split;
- `real`: on the gold translations themselves (en-fr books, ar-en articles), the mean
  score against the share of beads that are exactly right (strict), the expected
  calibration error over ten score bins (ECE), the Brier score and strict F1; with
  `--bins`, the reliability table (bin, beads, mean score, share right).

Split (bench_literary's): en-fr tuning books Alice, Emma, La Faute, Vingt mille, the rest
reporting; ar-en tuning articles seed000, rt.com, euronews, reporting bbc, thelocal. An
unrelated pair is `tuning` when both its documents are tuning ones, `reporting` otherwise
(the seed pairs are reported apart as `seeds`). Every document is aligned with the CLI
(`dragoman align --presplit --format beads`, in this process), with no dictionary
(DRAGOMAN_DICTD_DIR=none) and with the FreeDict databases bench_literary pins.

Usage: DRAGOMAN_SHARED=/work/shared .venv/bin/python bench/bench_unrelated.py
       [--dict none,freedict] [--bins]
"""
from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import bench_literary as lit  # noqa: E402  (the gold sets, the split, the dictionaries)

CONFIDENT = 0.5
BINS = 10
SEEDS_AGAINST_000 = ("002", "003")


def _seed_sentences(prefix: str) -> list[str] | None:
    from aligner.importer import prepare_files
    found = sorted((lit.SHARED / "seeds").glob(prefix + "_*.txt"))
    if not found:
        return None
    doc = prepare_files([found[0]]).docs[0]
    return [" ".join(s.text.split()) for s in doc.segments if not s.excluded]


def unrelated_pairs() -> list[tuple[str, list[str], list[str], tuple[str, str], str]]:
    """(name, source, target, languages, part) of document pairs that are not
    translations of each other."""
    out = []
    ar = lit.aren_docs()
    for a in ar:
        for b in ar:
            if a is not b:
                part = "tuning" if a.tuning and b.tuning else "reporting"
                out.append((f"{a.name}-ar/{b.name}-en", a.src, b.tgt, ("ar", "en"), part))
    seed_en = next((d.tgt for d in ar if d.name == "seed000"), None)
    for prefix in SEEDS_AGAINST_000:
        src = _seed_sentences(prefix)
        if src and seed_en:
            out.append((f"seed{prefix}-ar/seed000-en", src, seed_en, ("ar", "en"), "seeds"))
    books = lit.enfr_books()
    for tuning in (True, False):
        part = [d for d in books if d.tuning == tuning]
        for k, a in enumerate(part):
            b = part[(k + 1) % len(part)]
            out.append((f"{a.name}-en/{b.name}-fr", a.src, b.tgt, ("en", "fr"),
                        "tuning" if tuning else "reporting"))
    return out


def align(work: Path, name: str, src: list[str], tgt: list[str], langs: tuple[str, str]
          ) -> tuple[list, list[float], str]:
    """Beads, scores and stderr of `dragoman align` on one document pair."""
    from aligner.align.evaluate import read_beads
    from aligner.cli import main as cli
    d = work / name.replace("/", "__")
    d.mkdir(parents=True)
    (d / "src.txt").write_text("\n".join(src) + "\n", encoding="utf-8")
    (d / "tgt.txt").write_text("\n".join(tgt) + "\n", encoding="utf-8")
    argv = ["align", "--presplit", "--format", "beads", "--src-lang", langs[0],
            "--tgt-lang", langs[1], str(d / "src.txt"), str(d / "tgt.txt"),
            "-o", str(d / "beads.txt")]
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        rc = cli(argv)
    if rc != 0:
        raise SystemExit(f"dragoman align failed on {name}: {err.getvalue().strip()}")
    pred, scores = read_beads(d / "beads.txt")
    return pred, [s if s is not None else 0.0 for s in scores], err.getvalue()


class Calib:
    def __init__(self) -> None:
        self.pairs: list[tuple[float, bool]] = []

    def add(self, gold: list, pred: list, scores: list[float]) -> None:
        gset = {(tuple(s), tuple(t)) for s, t in gold}
        for (s, t), sc in zip(pred, scores):
            self.pairs.append((sc, (tuple(s), tuple(t)) in gset))

    def bins(self) -> list[tuple[float, float, int, float, float]]:
        out = []
        for b in range(BINS):
            lo, hi = b / BINS, (b + 1) / BINS
            got = [(s, r) for s, r in self.pairs if lo <= s < hi or (b == BINS - 1 and s == 1.0)]
            if got:
                out.append((lo, hi, len(got), sum(s for s, _ in got) / len(got),
                            sum(1 for _, r in got if r) / len(got)))
        return out

    def summary(self) -> tuple[int, float, float, float, float]:
        n = len(self.pairs)
        if not n:
            return 0, 0.0, 0.0, 0.0, 0.0
        mean = sum(s for s, _ in self.pairs) / n
        right = sum(1 for _, r in self.pairs if r) / n
        ece = sum(k * abs(ms - acc) for _, _, k, ms, acc in self.bins()) / n
        brier = sum((s - (1.0 if r else 0.0)) ** 2 for s, r in self.pairs) / n
        return n, mean, right, ece, brier


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dict", default="none,freedict")
    ap.add_argument("--bins", action="store_true", help="print the reliability tables")
    ap.add_argument("--only", default="unrelated,real")
    args = ap.parse_args()
    if not lit.ready():
        return 0
    from aligner.align.evaluate import Result, score
    print(f"dictionaries for 'freedict': {lit._dict_versions()}")
    todo = args.only.split(",")
    with tempfile.TemporaryDirectory() as tmp:
        tmpd = Path(tmp)
        dict_dirs = lit.dict_dirs(tmpd)
        for dname in args.dict.split(","):
            os.environ["DRAGOMAN_DICTD_DIR"] = dict_dirs[dname]
            work = tmpd / dname
            if "unrelated" in todo:
                print(f"\nunrelated pairs, dict {dname}: beads scored >= {CONFIDENT}")
                print(f"{'langs':6s} {'part':9s} {'pairs':>5s} {'beads':>6s} {'>=0.5':>6s} "
                      f"{'share':>6s} {'warned':>6s} {'mean':>6s}")
                groups: dict[tuple[str, str], list] = {}
                for name, src, tgt, langs, part in unrelated_pairs():
                    _pred, scores, err = align(work / "unrelated", name, src, tgt, langs)
                    g = groups.setdefault(("-".join(langs), part), [0, 0, 0, 0, 0.0])
                    g[0] += 1
                    g[1] += len(scores)
                    g[2] += sum(1 for s in scores if s >= CONFIDENT)
                    g[3] += "do not look like translations" in err
                    g[4] += sum(scores)
                for (langs, part), (pairs, beads, conf, warned, total) in sorted(groups.items()):
                    print(f"{langs:6s} {part:9s} {pairs:5d} {beads:6d} {conf:6d} "
                          f"{conf / beads:6.3f} {warned:6d} {total / beads:6.3f}", flush=True)
            if "real" in todo:
                print(f"\nreal translations, dict {dname}: mean score against share right "
                      f"(strict), ECE over {BINS} bins, Brier, strict F1")
                print(f"{'set':6s} {'part':9s} {'beads':>6s} {'mean':>6s} {'right':>6s} "
                      f"{'ECE':>6s} {'Brier':>6s} {'F1':>6s}")
                for set_name, docs in (("enfr", lit.enfr_books()), ("aren", lit.aren_docs())):
                    for tuning in (True, False):
                        cal, res = Calib(), Result()
                        for doc in docs:
                            if doc.tuning != tuning:
                                continue
                            pred, scores, _ = align(work / set_name, doc.name, doc.src,
                                                    doc.tgt, doc.langs)
                            cal.add(doc.gold, pred, scores)
                            res.add(score(doc.gold, pred, scores))
                        n, mean, right, ece, brier = cal.summary()
                        part = "tuning" if tuning else "reporting"
                        print(f"{set_name:6s} {part:9s} {n:6d} {mean:6.3f} {right:6.3f} "
                              f"{ece:6.3f} {brier:6.3f} {res.strict.f1:6.3f}", flush=True)
                        if args.bins:
                            for lo, hi, k, ms, acc in cal.bins():
                                print(f"    [{lo:.1f}, {hi:.1f}) {k:5d} beads  mean score "
                                      f"{ms:.3f}  right {acc:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
