"""Alignment dev measurement for literary text: real gold sets and SYNTHETIC wide-bead sets.

Why synthetic: we have no literary Arabic-English gold. Issue 11 says literary Arabic often
writes as one sentence what English writes as 5-8, and that vowelled passages went wrong.
This script builds test sets with those properties from gold we do have, by editing text
whose alignment is known, and says which figures come from such sets:

- `enfr`: the eight en-fr gold books as they are (real gold);
- `enfr-joined` (SYNTHETIC): the same books where runs of 5-8 consecutive 1-1 gold beads
  are joined on one side into one long sentence (clauses chained with " ; "), so the gold
  holds 1-5..1-8 and 5-1..8-1 beads;
- `aren` : the 55 hand-aligned ar-en pairs of entities-ar-en, one document per source
  article, every gold bead 1-1 (real gold);
- `aren-joined` (SYNTHETIC): those documents with a run of 5-8 Arabic sentences chained
  into one ("، و" between clauses, as literary Arabic chains them), one variant per run
  length; `aren-vowelled` (SYNTHETIC): the same with every Arabic letter given a haraka
  (drawn at random: the marks are not linguistically right, they test that marks do not
  count as text).

Split: en-fr books as in the README (tuning: Alice, Emma, La Faute, Vingt mille;
reporting: Swann, Jane Eyre, Travailleurs, Voyage); ar-en articles: tuning = seed000,
rt.com, euronews; reporting = bbc, thelocal. Constants are tuned on the tuning part only.

Each document is aligned with the CLI (`dragoman align --presplit --format beads`, run in
this process through aligner.cli.main) and scored with `dragoman evaluate`'s function,
once with no dictionary (DRAGOMAN_DICTD_DIR=none) and once with the FreeDict databases
named in DICTS (a folder holding only those). Beside strict F1 it counts predicted beads
with an empty side where the gold has none in that place ("empty"), and wide beads
(both sides >= 2) whose sentences the gold splits into several beads ("merges").

Usage: DRAGOMAN_SHARED=/work/shared .venv/bin/python bench/bench_literary.py
       [--sets enfr,enfr-joined,aren,aren-joined,aren-vowelled] [--dict none,freedict]
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import sys
import tempfile
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
SHARED = Path(os.environ.get("DRAGOMAN_SHARED", REPO.parent / "shared"))
GOLD = SHARED / "golddata"

TUNING_BOOKS = ("AlicesAdventuresInWonderland", "Emma", "LaFauteDeLAbbeMouret",
                "VingtMilleLieuesSousLesMers")
TUNING_ARTICLES = ("seed000", "rt.com.91337", "euronews-en.153799")
DICTS = ("freedict-eng-fra", "freedict-fra-eng", "freedict-ara-eng", "freedict-eng-ara")
SYSTEM_DICTD = Path("/usr/share/dictd")
# en-fr joins: chance that a 1-1 gold bead starts a joined run (if the run fits)
JOIN_START = 0.04
HARAKAT = ("\u064e", "\u064f", "\u0650", "\u0652")  # fatha, damma, kasra, sukun
SHADDA = "\u0651"

Bead = tuple[tuple[int, ...], tuple[int, ...]]


class Doc:
    def __init__(self, name: str, src: list[str], tgt: list[str], gold: list[Bead],
                 langs: tuple[str, str], tuning: bool) -> None:
        self.name, self.src, self.tgt, self.gold = name, src, tgt, gold
        self.langs, self.tuning = langs, tuning


def _lines(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").split("\n")
    return lines[:-1] if lines and lines[-1] == "" else lines


def _rng(*parts: str) -> random.Random:
    return random.Random(zlib.crc32("/".join(parts).encode()))


def enfr_books() -> list[Doc]:
    from aligner.align.evaluate import read_beads
    out = []
    root = GOLD / "en-fr"
    for book in sorted(p for p in root.iterdir() if p.is_dir()):
        beads, _ = read_beads(book / "gold.txt")
        out.append(Doc(book.name, _lines(book / "en.txt"), _lines(book / "fr.txt"), beads,
                       ("en", "fr"), book.name in TUNING_BOOKS))
    return out


def _chain(sentences: list[str], glue: str, lower: bool) -> str:
    """One long sentence from several: end punctuation dropped inside, clauses glued."""
    parts = []
    for x, s in enumerate(sentences):
        s = s.strip()
        if x < len(sentences) - 1:
            s = s.rstrip(" .!?؟")
        if x > 0 and lower and len(s) > 1 and s[0].isupper() and s[1].islower():
            s = s[0].lower() + s[1:]
        parts.append(s)
    return glue.join(parts)


def _join_runs(doc: Doc, runs: list[tuple[int, int, int]], glue: tuple[str, str],
               lower: bool, name: str) -> Doc:
    """`runs`: (first gold bead, count, side 0/1): those 1-1 beads become one bead whose
    side `side` is one sentence (the run's sentences chained)."""
    starts = {g: (k, side) for g, k, side in runs}
    src: list[str] = []
    tgt: list[str] = []
    gold: list[Bead] = []
    g = 0
    while g < len(doc.gold):
        if g in starts:
            k, side = starts[g]
            run = doc.gold[g:g + k]
            s_sents = [doc.src[i] for b in run for i in b[0]]
            t_sents = [doc.tgt[j] for b in run for j in b[1]]
            if side == 0:
                s_sents = [_chain(s_sents, glue[0], lower)]
            else:
                t_sents = [_chain(t_sents, glue[1], lower)]
            g += k
        else:
            s_sents = [doc.src[i] for i in doc.gold[g][0]]
            t_sents = [doc.tgt[j] for j in doc.gold[g][1]]
            g += 1
        gold.append((tuple(range(len(src), len(src) + len(s_sents))),
                     tuple(range(len(tgt), len(tgt) + len(t_sents)))))
        src += s_sents
        tgt += t_sents
    return Doc(name, src, tgt, gold, doc.langs, doc.tuning)


def _is11(b: Bead) -> bool:
    return len(b[0]) == 1 and len(b[1]) == 1


def enfr_joined() -> list[Doc]:
    """SYNTHETIC: runs of 5-8 1-1 gold beads joined on one side (side drawn at random)."""
    out = []
    for doc in enfr_books():
        rng = _rng("enfr-joined", doc.name)
        runs = []
        g = 0
        while g < len(doc.gold):
            if _is11(doc.gold[g]) and rng.random() < JOIN_START:
                k = rng.randint(5, 8)
                if g + k <= len(doc.gold) and all(_is11(b) for b in doc.gold[g:g + k]):
                    runs.append((g, k, rng.randint(0, 1)))
                    g += k
                    continue
            g += 1
        out.append(_join_runs(doc, runs, (" ; ", " ; "), True, doc.name))
    return out


def aren_docs() -> list[Doc]:
    rows = [json.loads(x) for x in
            (GOLD / "entities-ar-en" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
            if x.strip()]
    by_doc: dict[str, list[dict]] = {}
    for r in rows:  # the file keeps each article's pairs in order
        by_doc.setdefault(r["doc"], []).append(r)
    out = []
    for name in sorted(by_doc):
        pairs = by_doc[name]
        src = [" ".join(p["ar"].split()) for p in pairs]
        tgt = [" ".join(p["en"].split()) for p in pairs]
        gold = [((x,), (x,)) for x in range(len(pairs))]
        out.append(Doc(name, src, tgt, gold, ("ar", "en"), name in TUNING_ARTICLES))
    return out


def aren_joined() -> list[Doc]:
    """SYNTHETIC: per article and run length k = 5..8 (when it fits), one variant with k
    consecutive Arabic sentences chained into one (the English keeps k sentences)."""
    out = []
    for doc in aren_docs():
        for k in range(5, 9):
            if k > len(doc.gold):
                break
            start = _rng("aren-joined", doc.name, str(k)).randint(0, len(doc.gold) - k)
            out.append(_join_runs(doc, [(start, k, 0)], ("، و", " ; "), False,
                                  f"{doc.name}.k{k}"))
    return out


def vowel(text: str, rng: random.Random) -> str:
    """Every Arabic letter followed by a haraka drawn at random (sometimes with shadda)."""
    from aligner.text.fold import is_arabic_letter
    out = []
    for ch in text:
        out.append(ch)
        if is_arabic_letter(ch):
            if rng.random() < 0.08:
                out.append(SHADDA)
            out.append(rng.choice(HARAKAT))
    return "".join(out)


def aren_vowelled() -> list[Doc]:
    out = []
    for doc in aren_joined():
        rng = _rng("aren-vowelled", doc.name)
        out.append(Doc(doc.name, [vowel(s, rng) for s in doc.src], doc.tgt, doc.gold,
                       doc.langs, doc.tuning))
    return out


SETS = {"enfr": enfr_books, "enfr-joined": enfr_joined, "aren": aren_docs,
        "aren-joined": aren_joined, "aren-vowelled": aren_vowelled}


def _dict_dir(tmp: Path) -> Path:
    d = tmp / "dictd"
    d.mkdir()
    for name in DICTS:
        for f in SYSTEM_DICTD.glob(name + ".*"):
            (d / f.name).symlink_to(f)
    return d


def dict_dirs(tmp: Path) -> dict[str, str]:
    """DRAGOMAN_DICTD_DIR per dictionary setting: none, or exactly the pinned FreeDict databases."""
    return {"none": "none", "freedict": str(_dict_dir(tmp))}


def ready(prefix: str = "dragoman-bench-") -> bool:
    """False (and says why) without the gold data; else the aligner's caches go to a fresh
    temporary folder, so a bench never reads or fills the user's."""
    if not GOLD.is_dir():
        print(f"no gold data at {GOLD}")
        return False
    os.environ.setdefault("DRAGOMAN_CACHE_DIR", tempfile.mkdtemp(prefix=prefix))
    return True


def _dict_versions() -> str:
    import subprocess
    names = sorted({"dict-" + n for n in DICTS})
    try:
        proc = subprocess.run(["dpkg-query", "-W", "-f", "${Package} ${Version}\n", *names],
                              capture_output=True, text=True, check=False)
        return proc.stdout.strip().replace("\n", ", ") or "not installed"
    except OSError:
        return "unknown"


def _extra_counts(gold: list[Bead], pred: list[Bead]) -> tuple[int, int]:
    """Predicted beads with an empty side where the gold pairs those sentences ("empty"),
    and predicted wide beads (both sides >= 2) that the gold splits ("merges")."""
    paired_s = {i for s, t in gold if s and t for i in s}
    paired_t = {j for s, t in gold if s and t for j in t}
    gset = {(tuple(s), tuple(t)) for s, t in gold}
    empty = sum(1 for s, t in pred if (s and not t and s[0] in paired_s)
                or (t and not s and t[0] in paired_t))
    merges = sum(1 for s, t in pred if len(s) >= 2 and len(t) >= 2
                 and (tuple(s), tuple(t)) not in gset)
    return empty, merges


def align_doc(doc: Doc, d: Path) -> tuple[list[Bead], list[float | None]]:
    """`dragoman align --presplit --format beads` on one document (in folder `d`, made
    here), with the dictionary setting in DRAGOMAN_DICTD_DIR: the beads and their scores."""
    from aligner.align.evaluate import read_beads
    from aligner.cli import main as cli
    d.mkdir(parents=True)
    (d / "src.txt").write_text("\n".join(doc.src) + "\n", encoding="utf-8")
    (d / "tgt.txt").write_text("\n".join(doc.tgt) + "\n", encoding="utf-8")
    (d / "gold.txt").write_text(
        "".join(f"{list(s)}:{list(t)}\n" for s, t in doc.gold), encoding="utf-8")
    argv = ["align", "--presplit", "--format", "beads", "--src-lang", doc.langs[0],
            "--tgt-lang", doc.langs[1], str(d / "src.txt"), str(d / "tgt.txt"),
            "-o", str(d / "beads.txt")]
    with contextlib.redirect_stderr(io.StringIO()):
        rc = cli(argv)
    if rc != 0:
        raise SystemExit(f"dragoman align failed on {doc.name}")
    return read_beads(d / "beads.txt")


def run_set(docs: list[Doc], work: Path, dict_dir: str) -> dict:
    from aligner.align.evaluate import Result, score
    os.environ["DRAGOMAN_DICTD_DIR"] = dict_dir
    parts = {True: Result(), False: Result()}
    extra = {True: [0, 0], False: [0, 0]}
    for doc in docs:
        pred, sc = align_doc(doc, work / doc.name)
        parts[doc.tuning].add(score(doc.gold, pred, sc))
        e, mg = _extra_counts(doc.gold, pred)
        extra[doc.tuning][0] += e
        extra[doc.tuning][1] += mg
    return {"tuning": (parts[True], extra[True]), "reporting": (parts[False], extra[False])}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--dict", default="none,freedict")
    args = ap.parse_args()
    if not ready():
        return 0
    print(f"dictionaries for 'freedict': {_dict_versions()}")
    print(f"{'set':14s} {'dict':8s} {'part':9s} {'docs':>4s} {'gold':>5s} {'P':>6s} "
          f"{'R':>6s} {'F1':>6s} {'empty':>5s} {'merges':>6s}")
    with tempfile.TemporaryDirectory() as tmp:
        tmpd = Path(tmp)
        dirs = dict_dirs(tmpd)
        for set_name in args.sets.split(","):
            docs = SETS[set_name]()
            for dname in args.dict.split(","):
                res = run_set(docs, tmpd / set_name / dname, dirs[dname])
                for part in ("tuning", "reporting"):
                    r, (empty, merges) = res[part]
                    n = sum(1 for d in docs if d.tuning == (part == "tuning"))
                    s = r.strict
                    synth = "" if set_name in ("enfr", "aren") else "  (synthetic)"
                    print(f"{set_name:14s} {dname:8s} {part:9s} {n:4d} {s.gold:5d} "
                          f"{s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {empty:5d} "
                          f"{merges:6d}{synth}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
