"""Alignment benchmark: seconds, peak memory and strict F1, ours against a peer aligner.

Why a script and not a test: speed and memory depend on the machine; this prints figures
to compare over time and, in the same run, against a peer aligner, while the unit tests
check behaviour only.

The peer is `galechurch` (a Gale-Church implementation from PyPI, length-based, no model,
no download): it is NOT a dependency of the project.  Install it apart, e.g.
`.venv/bin/python -m pip install --target /tmp/peer galechurch`, and pass
`--peer-path /tmp/peer` (or set DRAGOMAN_BENCH_PEER_PATH); without it the peer rows are
skipped with a note.  hunalign is run on the same input too (see below).

Cases:
- books: each of the eight en-fr gold books of ../shared/golddata aligned on its own, strict
  bead F1 per book and micro-averaged (aligner.align.evaluate's scoring), seconds per book;
- real: the same books concatenated (skipped if absent), with strict F1 against the
  concatenated gold;
- synthetic N: N source sentences from a made-up language and a "translation" with a
  length ratio, word translations, noise and 1-2 / 2-1 / 1-3 / 1-0 ... beads, whose true
  alignment is known (strict F1 printed too);
- gap N: the largest synthetic pair with the middle fifth of the target removed (a
  passage missing on one side), strict F1 against the adjusted truth.

Each case runs in a fresh interpreter per aligner so that the peak resident memory
(ru_maxrss) is the case's own.
Before the cases, three small runs (synthetic, gap, synth-ar at WARM_SIZE) make numba
compile the aligner's kernels and cache them beside the sources, and their time is printed
on its own line: compiling is paid once after an install or a change of a compiled
module, not by every alignment, and a cold cache inside a measured run added ~12 CPU s
and ~400 MB to the 100k case. `--warm` does only this (scripts/common.sh runs it after
installing, so the user's first alignment does not compile either).
hunalign (the C++ peer of ../shared/peers/hunalign, built once with `make` under the temp dir
when it is not on PATH) runs on the same input in the same run: its CPU seconds, strict F1
and the ratio of our CPU time to its own are printed under each case of ours.
Usage: .venv/bin/python bench/bench_align.py [--sizes 1000,6700,10000] [--peer-path DIR]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
GOLD = Path(os.environ.get("DRAGOMAN_SHARED", REPO.parent / "shared")) / "golddata" / "en-fr"

BEAD_MIX = [((1, 1), 0.80), ((1, 2), 0.06), ((2, 1), 0.06), ((1, 0), 0.01), ((0, 1), 0.01),
            ((2, 2), 0.01), ((1, 3), 0.02), ((3, 1), 0.02), ((1, 4), 0.005), ((4, 1), 0.005)]


def synthetic(n: int, seed: int = 7):
    """Source and target sentence lists and the true beads, about n sentences a side."""
    rng = random.Random(seed)
    letters = "abcdefghijklmnoprstuvz"
    vocab = ["".join(rng.choice(letters) for _ in range(rng.randint(2, 9)))
             for _ in range(5000)]
    trans = {w: "".join(rng.choice(letters) for _ in range(max(2, len(w) + rng.randint(-1, 3))))
             for w in vocab}
    zipf = [1.0 / (r + 1) for r in range(len(vocab))]
    return _bitext(n, rng, vocab, zipf, trans)


def _bitext(n: int, rng: random.Random, vocab: list[str], freq: list[float],
            trans: dict[str, str], keep_case: bool = False):
    """Sentences drawn from `vocab` (weights `freq`), translated word by word through
    `trans` with noise, cut into beads of BEAD_MIX: (source, target, true beads).
    `keep_case`: only the first letter of a sentence is raised (names keep theirs)."""
    def cap(words: list[str]) -> str:
        text = " ".join(words)
        return (text[:1].upper() + text[1:] if keep_case else text.capitalize()) + "."

    def sentence() -> list[str]:
        k = max(2, int(rng.lognormvariate(2.6, 0.5)))
        words = rng.choices(vocab, freq, k=k)
        if rng.random() < 0.1:
            words.insert(rng.randrange(len(words)), str(rng.randint(1, 2030)))
        return words

    def translate(words: list[str]) -> list[str]:
        out = [trans.get(w, w) for w in words if rng.random() > 0.15]  # some words dropped
        out += rng.choices(list(trans.values()), k=rng.randint(0, 2))   # some added
        if len(out) > 3 and rng.random() < 0.5:
            i = rng.randrange(len(out) - 1)
            out[i], out[i + 1] = out[i + 1], out[i]
        return out or ["x"]

    types, weights = zip(*BEAD_MIX)
    src: list[str] = []
    tgt: list[str] = []
    gold = []
    while len(src) < n:
        a, b = rng.choices(types, weights)[0]
        s_sents = [sentence() for _ in range(a)]
        content = [w for s in s_sents for w in s] or sentence()
        t_words = translate(content)
        cuts = sorted(rng.sample(range(1, len(t_words)), b - 1)) if b > 1 and len(t_words) > b else []
        t_sents = []
        prev = 0
        for c in cuts + [len(t_words)]:
            t_sents.append(t_words[prev:c])
            prev = c
        t_sents = t_sents[:b] if b else []
        if b and len(t_sents) < b:
            t_sents += [translate(sentence()) for _ in range(b - len(t_sents))]
        gold.append((tuple(range(len(src), len(src) + a)), tuple(range(len(tgt), len(tgt) + b))))
        src += [cap(s) for s in s_sents]
        tgt += [cap(s) for s in t_sents]
    return src, tgt, gold


AR_CONS = {"b": "ب", "t": "ت", "d": "د", "r": "ر", "z": "ز", "s": "س", "sh": "ش", "f": "ف",
           "q": "ق", "k": "ك", "l": "ل", "m": "م", "n": "ن", "h": "ه", "j": "ج", "kh": "خ"}
AR_LONG = {"a": "ا", "i": "ي", "u": "و"}
AR_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def synthetic_ar(n: int, seed: int = 11):
    """An Arabic-script 'source' language and a Latin-script 'translation' of it, about n
    sentences a side, with names written in both scripts (consonants alike, long vowels
    written in Arabic, short ones not): the shape of Arabic-English text that the name
    learner and the skeleton keys work on. Bead types as `synthetic`."""
    rng = random.Random(seed)
    vocab = ["".join(rng.choice(AR_LETTERS) for _ in range(rng.randint(2, 8)))
             for _ in range(5000)]
    letters = "abcdefghiklmnoprstuvwy"
    trans = {w: "".join(rng.choice(letters) for _ in range(max(2, len(w) + rng.randint(0, 3))))
             for w in vocab}
    cons = list(AR_CONS)

    def name() -> tuple[str, str]:
        ar, la = "", ""
        for _ in range(rng.randint(2, 3)):
            c, v = rng.choice(cons), rng.choice("aiu")
            long_v = rng.random() < 0.4
            ar += AR_CONS[c] + (AR_LONG[v] if long_v else "")
            la += c + (v * (1 + (rng.random() < 0.2)) if long_v else v)
        c = rng.choice(cons)
        return ar + AR_CONS[c], (la + c).capitalize()

    names = [name() for _ in range(800)]
    for ar, la in names:
        trans[ar] = la
    pool = vocab + [a for a, _ in names]
    zipf = [1.0 / (r + 1) for r in range(len(vocab))] + [0.001] * len(names)
    return _bitext(n, rng, pool, zipf, trans, keep_case=True)


def missing_passage(src, tgt, gold):
    """The same texts with the middle fifth of the target removed (a lost chapter)."""
    cut0, cut1 = int(len(tgt) * 0.4), int(len(tgt) * 0.6)
    new = {j: j if j < cut0 else j - (cut1 - cut0) for j in range(len(tgt))
           if not cut0 <= j < cut1}
    beads = [(s, tuple(new[j] for j in t if j in new)) for s, t in gold]
    return src, [t for j, t in enumerate(tgt) if j in new], beads


def books():
    """(name, en sentences, fr sentences, gold beads) of each en-fr gold book."""
    from aligner.align.evaluate import read_beads
    out = []
    for book in sorted(p for p in GOLD.iterdir() if p.is_dir()):
        en = (book / "en.txt").read_text(encoding="utf-8").split("\n")
        fr = (book / "fr.txt").read_text(encoding="utf-8").split("\n")
        en = en[:-1] if en and en[-1] == "" else en
        fr = fr[:-1] if fr and fr[-1] == "" else fr
        beads, _ = read_beads(book / "gold.txt")
        out.append((book.name, en, fr, beads))
    return out


def real():
    """The en-fr gold books concatenated, with the concatenated gold."""
    src: list[str] = []
    tgt: list[str] = []
    gold = []
    for _, en, fr, beads in books():
        gold += [(tuple(i + len(src) for i in s), tuple(j + len(tgt) for j in t))
                 for s, t in beads]
        src += en
        tgt += fr
    return src, tgt, gold


PEER = "galechurch"  # PyPI name and module name of the peer aligner
PEER_PATH_ENV = "DRAGOMAN_BENCH_PEER_PATH"


def use_peer_path(path: str | None) -> None:
    """Make a peer installed with `pip install --target DIR` importable (appended, so that
    it never shadows the project's own packages)."""
    if path and path not in sys.path:
        sys.path.append(path)


def peer_version() -> str | None:
    """The peer's version if it can be imported, else None."""
    import importlib.util
    if importlib.util.find_spec(PEER) is None:
        return None
    from importlib import metadata
    try:
        return metadata.version(PEER)
    except metadata.PackageNotFoundError:  # installed with --target and no metadata path
        return getattr(__import__(PEER), "__version__", "?")


def align_ours(src, tgt, langs, stats=None):
    from aligner.align.aligner import align_sentences
    spans = align_sentences(src, tgt, *langs, stats=stats)
    return [(s.src, s.tgt) for s in spans]


def align_peer(src, tgt, langs=None, stats=None):
    """galechurch with its default (original program's) parameters: 1-1, 1-0, 0-1, 2-1, 1-2
    and 2-2 beads, character lengths, full DP over the whole block (no paragraph breaks
    here, so the cell cap is raised to the block's size)."""
    import galechurch
    cells = (len(src) + 1) * (len(tgt) + 1)
    cap = max(cells, galechurch.defaults.DEFAULT_MAX_BLOCK_SIZE)
    res = galechurch.align(src, tgt, max_block_size=cap)
    return [(tuple(range(b.source_start, b.source_end)), tuple(range(b.target_start, b.target_end)))
            for b in res.beads]


def run_case(case: str, size: int, aligner: str = "dragoman") -> dict:
    """Runs in the child process: align and report figures as JSON."""
    from aligner.align.aligner import AlignStats
    from aligner.align.evaluate import score

    align = align_peer if aligner == PEER else align_ours
    if case == "books":
        rows = []
        for name, en, fr, gold in books():
            t0 = time.perf_counter()
            pred = align(en, fr, ("en", "fr"))
            seconds = time.perf_counter() - t0
            st = score(gold, pred).strict
            rows.append({"book": name, "n_src": len(en), "n_tgt": len(fr), "seconds": seconds,
                         "tp": st.tp, "pred": st.pred, "gold": st.gold, "f1": st.f1})
        return {"case": case, "aligner": aligner, "books": rows}
    if case == "real":
        src, tgt, gold = real()
        langs = ("en", "fr")
    elif case == "gap":
        src, tgt, gold = missing_passage(*synthetic(size))
        langs = ("xx", "yy")
    elif case == "synth-ar":
        src, tgt, gold = synthetic_ar(size)
        langs = ("ar", "en")  # no dictionary (none installed for tests): names, numbers
    else:
        src, tgt, gold = synthetic(size)
        langs = ("xx", "yy")  # no dictionary: only generic signals
    stats = AlignStats()
    t0 = time.perf_counter()
    c0 = time.process_time()
    pred = align(src, tgt, langs, stats=stats)
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - c0
    res = score(gold, pred)
    maxrss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"case": case, "aligner": aligner, "n_src": len(src), "n_tgt": len(tgt),
            "seconds": seconds, "cpu": cpu, "peak_mb": maxrss_kb / 1024, "f1": res.strict.f1,
            "cells": stats.cells, "widenings": stats.widenings}


# The smallest size whose runs compile every kernel the 100k cases use (the same numba
# cache index files after 3 x 4,000 as after the 100k runs; at 1,500 the DP's bands are
# below dp_fast.MIN_CELLS and stay in Python).
WARM_SIZE = 4000


def warm_up() -> bool:
    """Compile and cache the numba kernels in throw-away runs; print what it cost."""
    t0 = time.perf_counter()
    for case in ("synthetic", "gap", "synth-ar"):
        r, err = child(case, WARM_SIZE, "dragoman", None, None)
        if r is None:
            print(f"warm-up {case}: {err}", flush=True)
            return False
    print(f"(numba kernels compiled or read from cache in {time.perf_counter() - t0:.1f} s "
          f"before measuring: three runs at {WARM_SIZE}, not counted below)", flush=True)
    return True


def child(case: str, size: int, aligner: str, peer_path: str | None, timeout: float | None):
    """Run one case in a fresh interpreter; the JSON result, or an error message."""
    cmd = [sys.executable, __file__, "--case", case, "--size", str(size), "--aligner", aligner]
    if peer_path:
        cmd += ["--peer-path", peer_path]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, f"timed out after {timeout:.0f} s"
    if proc.returncode != 0:
        return None, f"failed\n{proc.stderr}"
    return json.loads(proc.stdout.strip().splitlines()[-1]), ""


def print_books(results: dict[str, dict]) -> None:
    """Per-book and micro-averaged strict F1 and seconds, one column pair per aligner."""
    from aligner.align.evaluate import Counts
    names = list(results)
    head = f"{'book':30s} {'src':>5s} {'tgt':>5s} {'gold':>5s}"
    for a in names:
        head += f" {a + ' F1':>14s} {'s':>6s}"
    print(head)
    rows = {a: r["books"] for a, r in results.items()}
    first = rows[names[0]]
    total = {a: Counts() for a in names}
    secs = {a: 0.0 for a in names}
    for i, b in enumerate(first):
        line = f"{b['book'][:30]:30s} {b['n_src']:5d} {b['n_tgt']:5d} {b['gold']:5d}"
        for a in names:
            r = rows[a][i]
            total[a] += Counts(r["tp"], r["pred"], r["gold"])
            secs[a] += r["seconds"]
            line += f" {r['f1']:14.3f} {r['seconds']:6.2f}"
        print(line)
    line = f"{'micro-average / total':30s} {sum(b['n_src'] for b in first):5d} " \
           f"{sum(b['n_tgt'] for b in first):5d} {sum(b['gold'] for b in first):5d}"
    for a in names:
        line += f" {total[a].f1:14.3f} {secs[a]:6.2f}"
    print(line, flush=True)


HUNALIGN_SRC = GOLD.parent.parent / "peers" / "hunalign"


def find_hunalign() -> str | None:
    """hunalign on PATH, else built once from ../shared/peers/hunalign into a folder under
    the system's temp dir (never inside the repo); None when neither works."""
    exe = shutil.which("hunalign")
    if exe:
        return exe
    src = HUNALIGN_SRC / "src"
    if not (src / "hunalign" / "Makefile").is_file():
        return None
    build = Path(tempfile.gettempdir()) / "dragoman-bench-hunalign"
    exe_path = build / "src" / "hunalign" / "hunalign"
    if exe_path.is_file():
        return str(exe_path)
    print(f"(building hunalign from {HUNALIGN_SRC} in {build}: a few minutes, once)", flush=True)
    shutil.rmtree(build, ignore_errors=True)
    shutil.copytree(src, build / "src")
    proc = subprocess.run(["make"], cwd=build / "src" / "hunalign", capture_output=True, text=True)
    if proc.returncode != 0 or not exe_path.is_file():
        print(f"(hunalign build failed: {proc.stderr.strip().splitlines()[-1:]})")
        return None
    return str(exe_path)


def hunalign_run(exe: str, src: list[str], tgt: list[str]):
    """hunalign's CPU seconds (user + system of the child), wall seconds and its beads, with
    its null dictionary (data/null.dic if shipped, else an empty file) as its README says."""
    with tempfile.TemporaryDirectory() as tmp:
        s, t = Path(tmp, "s.txt"), Path(tmp, "t.txt")
        d = HUNALIGN_SRC / "data" / "null.dic"
        if not d.is_file():
            d = Path(tmp, "null.dic")
            d.write_text("", encoding="utf-8")
        s.write_text("\n".join(src) + "\n", encoding="utf-8")
        t.write_text("\n".join(tgt) + "\n", encoding="utf-8")
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        # cwd: hunalign writes a translate.txt where it runs; keep it out of the repo
        proc = subprocess.run([exe, "-utf", str(d), str(s), str(t)], capture_output=True,
                              cwd=tmp, text=True, check=False)
        wall = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall, _hunalign_beads(proc.stdout)


def _hunalign_beads(out: str) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """hunalign's ladder (rungs "i<TAB>j<TAB>score", each the start of a bead) as beads."""
    rungs = []
    for line in out.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isdigit() and parts[1].isdigit():
            rungs.append((int(parts[0]), int(parts[1])))
    return [(tuple(range(a, c)), tuple(range(b, d)))
            for (a, b), (c, d) in zip(rungs, rungs[1:])]


def _case_data(case: str, size: int):
    if case == "real":
        return real()
    if case == "gap":
        return missing_passage(*synthetic(size))
    if case == "synth-ar":
        return synthetic_ar(size)
    return synthetic(size)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,6700,10000",
                    help="synthetic sizes (sentences a side), comma-separated ('' for none)")
    ap.add_argument("--ar-sizes", default="6700",
                    help="sizes of the synthetic Arabic-script/Latin-script case (synth-ar)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="run each case (ours and hunalign) this many times and print the "
                         "median CPU ratio (the machine is shared: one run is noisy)")
    ap.add_argument("--big", type=int, default=0, metavar="N",
                    help="only the large-text mode: synthetic and synth-ar at N sentences a "
                         "side (e.g. 100000; targets: under 60 s and 1 GB peak memory)")
    ap.add_argument("--warm", action="store_true",
                    help="only compile and cache the aligner's numba kernels (three small "
                         "runs), then stop")
    ap.add_argument("--peer-path", default=os.environ.get(PEER_PATH_ENV),
                    help=f"folder where the peer ({PEER}) was installed with pip --target "
                         f"(default: ${PEER_PATH_ENV}; it is also found if importable as is)")
    ap.add_argument("--no-peer", action="store_true", help="do not run the peer aligner")
    ap.add_argument("--peer-timeout", type=float, default=300.0,
                    help="seconds after which a peer case is abandoned (default 300)")
    ap.add_argument("--hunalign-max", type=int, default=20000,
                    help="run hunalign (quadratic) only on cases up to this many sentences")
    ap.add_argument("--case", help=argparse.SUPPRESS)
    ap.add_argument("--size", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--aligner", default="dragoman", help=argparse.SUPPRESS)
    args = ap.parse_args()
    use_peer_path(args.peer_path)
    if args.case:  # child
        print(json.dumps(run_case(args.case, args.size, args.aligner)))
        return 0
    if args.warm:
        return 0 if warm_up() else 1
    version = None if args.no_peer else peer_version()
    if args.no_peer:
        print("peer: not run (--no-peer)")
    elif version is None:
        print(f"peer: not installed (pip install {PEER} to compare; e.g. .venv/bin/python -m pip "
              f"install --target /tmp/peer {PEER} and pass --peer-path /tmp/peer)")
    else:
        print(f"peer: {PEER} {version} (Gale-Church, default parameters)")
    aligners = ["dragoman"] + ([PEER] if version else [])
    warm_up()
    sizes = [int(x) for x in args.sizes.split(",") if x.strip()]
    ar_sizes = [int(x) for x in args.ar_sizes.split(",") if x.strip()]
    if args.big:
        return big_mode(args.big, aligners, args)
    if GOLD.is_dir():
        print("\n== en-fr gold books, each aligned on its own (strict bead F1, seconds) ==")
        results = {}
        for a in aligners:
            r, err = child("books", 0, a, args.peer_path, args.peer_timeout if a == PEER else None)
            if r is None:
                print(f"books {a}: {err}")
            else:
                results[a] = r
        if results:
            print_books(results)
    else:
        print(f"(no gold books at {GOLD}: books and real cases skipped)")
    cases = ([("real", 0)] if GOLD.is_dir() else []) + [("synthetic", x) for x in sizes] + \
        ([("gap", max(sizes))] if sizes else []) + [("synth-ar", x) for x in ar_sizes]
    run_cases(cases, aligners, args)
    return 0


def big_mode(size: int, aligners: list[str], args) -> int:
    """Large texts only: hunalign is quadratic (not finished after 15 min at 50k), so
    the figures here are ours against the targets; the peer runs only if installed."""
    print(f"\n== large-text mode: {size} x {size} sentences (targets: under 60 s wall "
          "and 1024 MB peak RSS; hunalign not run, it is quadratic) ==")
    run_cases([("synthetic", size), ("synth-ar", size)], aligners, args)
    return 0


def run_cases(cases: list[tuple[str, int]], aligners: list[str], args) -> None:
    """One line per case and aligner (each in its own interpreter), hunalign under ours."""
    print(f"\n{'case':10s} {'aligner':10s} {'src':>6s} {'tgt':>6s} {'seconds':>8s} {'cpu s':>6s} "
          f"{'sent/s':>8s} {'peak MB':>8s} {'strict F1':>9s}")
    hun_exe = find_hunalign()
    if hun_exe is None:
        print("(hunalign: not on PATH and not buildable from ../shared/peers/hunalign)")
    for case, size in cases:
        ratios: list[float] = []
        for a in [x for x in aligners for _ in range(args.repeat if x == "dragoman" else 1)]:
            r, err = child(case, size, a, args.peer_path, args.peer_timeout if a == PEER else None)
            if r is None:
                print(f"{case:10s} {a:10s} {size or '':>6} {err}", flush=True)
                continue
            rate = (r["n_src"] + r["n_tgt"]) / r["seconds"] if r["seconds"] else 0.0
            print(f"{case:10s} {a:10s} {r['n_src']:6d} {r['n_tgt']:6d} {r['seconds']:8.2f} "
                  f"{r['cpu']:6.2f} {rate:8.0f} {r['peak_mb']:8.1f} {r['f1']:9.3f}", flush=True)
            if a == "dragoman" and hun_exe and r["n_src"] <= args.hunalign_max:
                src, tgt, gold = _case_data(case, size)
                cpu, wall, beads = hunalign_run(hun_exe, src, tgt)
                from aligner.align.evaluate import score
                f1 = score(gold, beads).strict.f1
                print(f"{case:10s} {'hunalign':10s} {len(src):6d} {len(tgt):6d} {wall:8.2f} "
                      f"{cpu:6.2f} {(len(src) + len(tgt)) / wall:8.0f} {'':>8s} {f1:9.3f}"
                      f"   ours/hunalign CPU: {r['cpu'] / cpu if cpu else float('inf'):.2f}x",
                      flush=True)
                ratios.append(r["cpu"] / cpu if cpu else float("inf"))
        if len(ratios) > 1:
            print(f"{case:10s} median ours/hunalign CPU over {len(ratios)} runs: "
                  f"{statistics.median(ratios):.2f}x", flush=True)
    print(f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores: wall-clock seconds "
          "grow when other processes compete; cpu s is this process's own time)")


if __name__ == "__main__":
    sys.exit(main())
