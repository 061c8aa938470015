"""Choose when the ragged pass is tried and kept, on TUNING data only (issue 11, ragged.py).

A short text the first alignment flags is aligned again with ragged ends (ragged.py); the
second result is kept when it looks parallel and the part where both texts run holds at
least MIN_BEADS beads with an estimated translated share >= MIN_SHARE
(aligner._align_block). Two ways of trying it are compared: `apart`, only when the
totals' length ratio is more than ragged.APART off the matched pairs' (ragged.ends_apart,
e57c112 to 2026-12-03 15:30), and `always`, whenever the first pass flags the text (the
aligner as it runs now: ragged.pass_ratio; each second pass records whether the `apart`
gate would have let it run, so one run gives both). This bench aligns, with no dictionary
and with bench_literary's FreeDict databases, every pair once, records both passes'
statistics and says, for each (gate, MIN_BEADS, MIN_SHARE) of the grid, what would be
warned / flagged:

- `unrelated` (tuning documents only, none are translations of each other): the
  `apart` pairs of tune_comparable.py (windows of one tuning book against other windows of
  it; a tuning article's Arabic first half against its English second half; the Arabic of
  one tuning article against the English of another, which are also bench_unrelated's
  tuning ar-en pairs), aligned as `dragoman align` does (comparable mode not asked for);
  and the English of one tuning book's first N gold beads (N = 10, 20, 30) against the
  French of another tuning book's first N beads, alone and with 30 more lines (the shape
  of bench_openings' runs-on rows, from texts that are not translations);
- `openings`: bench_openings' tuning rows of the kinds runs-on, starts-early and lines
  (lines added 2026-12-03 with the `always` gate: openings cut after N lines, one side
  running on a little, whose ratios are mostly within APART).

The rule, written down before any result was seen: among the grid's settings under which
every tuning unrelated pair that the first pass warns about is still warned about (both
dictionary settings), take the one that flags the fewest tuning openings (all kinds, both
dictionary settings summed); among settings equal on that, the `apart` gate (the one that
changes less), then the strictest (largest MIN_BEADS, then largest MIN_SHARE): the most
margin for unrelated texts at no cost on the openings. (Written again before the 15:30 run
that added the gate and the lines rows.)

`--step X` runs the aligner with ragged.RAGGED_STEP = X (the prior of each further sentence
of a ragged run) and tags the rows with it; loaded together, the runs add the step to the
grid. Rule for the step, written before its first run (16:20): as above, with ties after
the flag count going to the landed step (0), then to the smaller step.

Usage: DRAGOMAN_SHARED=/work/shared .venv/bin/python bench/tune_ragged.py
       [--dict none,freedict] [--step X] [--dump FILE.json] [--load FILE.json,...]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import bench_literary as lit  # noqa: E402
import bench_openings as bo  # noqa: E402
import tune_comparable as tc  # noqa: E402

GRID_BEADS = (0, 3, 4, 5, 6, 8, 10, 12, 15, 20)
GATES = ("apart", "always")
GRID_SHARE = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
KINDS = ("runs-on", "starts-early", "lines")
Case = tuple[str, str, list[str], list[str], tuple[str, str], list]


def unrelated_cases() -> list[Case]:
    """(group, name, source, target, languages, gold) of tuning pairs that are not
    translations."""
    out: list[Case] = [("unrelated", name, s, t, langs, [])
                       for kind, name, s, t, langs, _r in tc.cases() if kind == "apart"]
    books = [d for d in lit.enfr_books() if d.tuning]
    for a in books:
        for b in books:
            if a is b:
                continue
            for n in bo.RAGGED_SIZES:
                src, _, _ = bo._cut(a, 0, n, (0, 0), (0, 0))
                for extra in (0, bo.EXTRA):
                    _, tgt, _ = bo._cut(b, 0, n, (0, 0), (0, extra))
                    out.append(("unrelated", f"{a.name[:8]}-en/{b.name[:8]}-fr-{n}+{extra}",
                                src, tgt, ("en", "fr"), []))
    return out


def opening_cases() -> list[Case]:
    out: list[Case] = []
    for doc in lit.enfr_books():
        if doc.tuning:
            for kind in KINDS:
                for label, src, tgt, gold in bo.excerpts(doc, kind):
                    out.append((kind, f"{doc.name[:12]}:{label}", src, tgt, ("en", "fr"),
                                gold))
    return out


def run(dname: str, dict_dir: str, step: float | None = None) -> list[dict]:
    """Every case aligned once; both passes' statistics and strict F1 of each output."""
    from aligner.align import aligner, ragged as rg
    if step is not None:
        rg.RAGGED_STEP = step
    from aligner.align.aligner import AlignStats, align_sentences
    from aligner.align.evaluate import Result, score
    from aligner.align.lexicon import Lexicon
    from aligner.align.ragged import ends_apart
    from aligner.align.scoring import Model

    calls: list[tuple[bool, AlignStats, list | None, bool]] = []
    real_pass = aligner._align_pass

    def recording(*a, **kw):
        out = real_pass(*a, **kw)
        ragged = bool(a[9]) if len(a) > 9 else bool(kw.get("ragged_ends", False))
        sides = kw.get("sides")
        # whether the `apart` gate would have let this pass run
        apart = sides is not None and ends_apart(Model(sides[1], sides[2])) is not None
        calls.append((ragged, a[6], out, apart))
        return out

    aligner._align_pass = recording  # (records only; the aligner is unchanged)
    os.environ["DRAGOMAN_DICTD_DIR"] = dict_dir
    rows = []
    for group, name, src, tgt, langs, gold in unrelated_cases() + opening_cases():
        lex = Lexicon.installed(*langs)
        calls.clear()
        stats = AlignStats()
        align_sentences(src, tgt, *langs, lexicon=[lex] if lex else None, stats=stats)
        row: dict = {"dict": dname, "group": group, "name": name, "step": rg.RAGGED_STEP}
        for ragged, st, out, apart in calls:
            key = "second" if ragged else "first"
            f1 = None
            if out is not None and gold:
                res = Result()
                res.add(score(gold, [(tuple(range(b.src_start, b.src_end)),
                                      tuple(range(b.tgt_start, b.tgt_end))) for b in out]))
                f1 = [res.strict.gold, res.strict.pred, res.strict.tp]
            row[key] = {"ran": out is not None, "apart": apart, "looks": st.looks_parallel,
                        "comparable": st.comparable, "share": st.parallel,
                        "beads": st.parallel_beads, "f1": f1}
        rows.append(row)
        print(f"{dname} {group} {name} {json.dumps({k: row.get(k) for k in ('first', 'second')})}",
              file=sys.stderr, flush=True)
    aligner._align_pass = real_pass
    return rows


Setting = tuple[str, int, float]  # (gate, MIN_BEADS, MIN_SHARE)


def kept(row: dict, at: Setting) -> bool:
    """Whether the ragged pass's result is kept under the setting (aligner._align_block)."""
    gate, min_beads, min_share = at
    s = row.get("second")
    return bool(s and s["ran"] and (gate == "always" or s.get("apart", True))
                and s["looks"] and not s["comparable"]
                and s["share"] >= min_share and s["beads"] >= min_beads)


def flagged(row: dict, at: Setting) -> bool:
    if kept(row, at):
        return False
    f = row["first"]
    return not f["looks"] or f["comparable"]


def warned(row: dict, at: Setting) -> bool:
    return not kept(row, at) and not row["first"]["looks"]


def f1(rows: list[dict], at: Setting) -> float:
    g = p = c = 0
    for r in rows:
        got = r["second"]["f1"] if kept(r, at) else r["first"]["f1"]
        if got:
            g, p, c = g + got[0], p + got[1], c + got[2]
    return 2 * c / (g + p) if g + p else 0.0


def choose(rows: list[dict]) -> None:
    steps = sorted({r.get("step", 0.0) for r in rows}, key=lambda x: (x != 0.0, x))
    best = None
    for step in steps:
        at_step = [r for r in rows if r.get("step", 0.0) == step]
        if len(steps) > 1:
            print(f"\n=== RAGGED_STEP {step}")
        got = _choose(at_step)
        if got is not None and (best is None or got[0][0] < best[0][0]):
            best = (got[0], got[1], step)
    if best and len(steps) > 1:
        print(f"\nover the steps: RAGGED_STEP {best[2]}, gate {best[1][0]}, MIN_BEADS "
              f"{best[1][1]}, MIN_SHARE {best[1][2]} ({best[0][0]} tuning openings flagged)")


def _choose(rows: list[dict]):
    unrel = [r for r in rows if r["group"] == "unrelated"]
    opens = [r for r in rows if r["group"] != "unrelated"]
    must = [r for r in unrel if not r["first"]["looks"]]
    print(f"unrelated tuning pairs: {len(unrel)}, warned by the first pass {len(must)}; "
          f"ragged pass ran on {sum(1 for r in unrel if r.get('second', {}).get('ran'))}")
    for r in unrel:
        s = r.get("second")
        if s and s["ran"] and s["looks"] and not s["comparable"]:
            print(f"  looks parallel after the ragged pass: {r['dict']} {r['name']} "
                  f"share {s['share']:.3f} beads {s['beads']} (first warned: "
                  f"{not r['first']['looks']}, apart: {s.get('apart')})")
    groups = [(d, k) for d in ('none', 'freedict') for k in KINDS]
    print(f"\n{'gate':>6s} {'beads':>5s} {'share':>5s} {'unrel lost':>10s} {'open flagged':>12s} "
          + " ".join(f"{d[:4]}:{k[:5]}" for d, k in groups) + "   F1 (tuning openings)")
    best = None
    for gate in GATES:
        for b in GRID_BEADS:
            for s in GRID_SHARE:
                at = (gate, b, s)
                lost = sum(1 for r in must if not warned(r, at))
                fl = sum(1 for r in opens if flagged(r, at))
                parts = [sum(1 for r in opens if r["dict"] == d and r["group"] == k
                             and flagged(r, at)) for d, k in groups]
                f1s = [f1([r for r in opens if r["dict"] == d and r["group"] == k], at)
                       for d, k in groups]
                print(f"{gate:>6s} {b:5d} {s:5.2f} {lost:10d} {fl:12d} "
                      + " ".join(f"{x:10d}" for x in parts) + "   "
                      + " ".join(f"{x:.3f}" for x in f1s))
                # fewest flagged, then the apart gate, then the strictest
                order = (fl, GATES.index(gate), -b, -s)
                if lost == 0 and (best is None or order < best[0]):
                    best = (order, at)
    print(f"\nchosen by the rule: gate {best[1][0]}, MIN_BEADS {best[1][1]}, MIN_SHARE "
          f"{best[1][2]} ({best[0][0]} tuning openings flagged)" if best
          else "\nno setting keeps them all")
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dict", default="none,freedict")
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--load", default="")
    ap.add_argument("--step", type=float, default=None,
                    help="run with ragged.RAGGED_STEP set to this")
    args = ap.parse_args()
    if not lit.ready():
        return 0
    rows: list[dict] = []
    if args.load:
        for f in args.load.split(","):
            rows += json.loads(Path(f).read_text(encoding="utf-8"))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            dirs = lit.dict_dirs(Path(tmp))
            for dname in args.dict.split(","):
                rows += run(dname, dirs[dname], args.step)
        if args.dump:
            args.dump.write_text(json.dumps(rows), encoding="utf-8")
    choose(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
