"""Streaming benchmark for the exchange formats: time and peak memory (RSS).

What is measured, so the figures are read right:
* format layer: TMX and JSONL write of N synthetic units from a generator, then reading
  them back (iterating, keeping nothing), for N = 10^4, 10^5, 10^6 (up to --max). Each run
  is a fresh Python process, so its peak RSS is its own; "base" is the RSS of such a
  process after imports, before any work. Flat memory = peak close to base for every N.
* import: a TMX and a JSONL file of N synthetic units (written by the format layer, with
  scores, statuses and an entity every tenth unit) imported into a new corpus with
  aligner.exchange.import_file, for the same sizes N; flat memory = peak close to base.
* corpus level (one size, --corpus-units): a corpus built with the Corpus API, exported
  with aligner.exchange.export_corpus (streamed), and that export imported into a new
  corpus with import_file (streamed in chunks inside one transaction).
* export: what `dragoman export` does, at every size N: a corpus of one bitext of N beads
  with a linked entity pair every tenth bead (built with the Corpus API), written by
  export_corpus as TMX and JSONL. Flat = the same peak at 10^4 and 10^6 (issue 12: it
  was 39, 71 and 446 MB).

Usage: .venv/bin/python bench/bench_formats.py [--max 1000000] [--corpus-units 100000]
       [--only format|import|corpus|export]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

AR = "زار الوفد بغداد والقائم في آذار، ثم عاد إلى عمّان مساء الخميس 🌍 رقم {n}."
EN = "The delegation visited Baghdad and al-Qaim in March, then went back to Amman {n}."


def units(n: int):
    from aligner.model import AlignedUnit

    q = AR.index("القائم")
    for i in range(n):
        u = AlignedUnit("ar", "en", AR.format(n=i), EN.format(n=i), score=(i % 100) / 100,
                        status="confirmed" if i % 3 == 0 else "auto", bitext="bench",
                        src_doc="bench.ar", tgt_doc="bench.en", bead_id=i + 1)
        if i % 10 == 0:
            u.entities = [{"side": "src", "start": q, "end": q + 6, "label": "LOC"}]
        yield u


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def child(job: dict) -> dict:
    """One measurement, run inside a fresh process."""
    from aligner.formats import jsonl, tmx

    base = peak_mb()  # after imports, before any work (same measure as the peak)
    fmt = {"tmx": tmx, "jsonl": jsonl}.get(job.get("fmt"))
    path = Path(job["path"])
    start = time.perf_counter()
    if job["op"] == "write":
        count = fmt.write(units(job["n"]), path, include_empty=True)
    elif job["op"] == "read":
        count = sum(1 for _ in fmt.read(path))
    elif job["op"] == "build":
        count = build_corpus(Path(job["corpus"]), job["n"], job.get("entities", False))
    elif job["op"] == "export":
        from aligner.corpus import Corpus
        from aligner.exchange import export_corpus

        with Corpus.open(job["corpus"], read_only=True) as corpus:
            count = export_corpus(corpus, job["fmt"], path)
    elif job["op"] == "import":
        from aligner.corpus import Corpus
        from aligner.exchange import import_file

        with Corpus.create(job["corpus"]) as corpus:
            count = import_file(corpus, path).units
    seconds = time.perf_counter() - start
    size = path.stat().st_size / 2**20 if path.exists() else 0.0
    return {"count": count, "seconds": seconds, "base_mb": base, "peak_mb": peak_mb(),
            "file_mb": size}


def build_corpus(path: Path, n: int, entities: bool = False) -> int:
    """A corpus of one ar-en bitext with n 1-1 beads, through the public Corpus API (with
    a linked LOC pair on every tenth bead when `entities`)."""
    from aligner.corpus import Corpus
    from aligner.model import BeadSpan, Document, Entity, Segment

    with Corpus.create(path) as corpus:
        ids = []
        for lang, template in (("ar", AR), ("en", EN)):
            texts = [template.format(n=i) for i in range(n)]
            segs, at = [], 0
            for i, t in enumerate(texts):
                segs.append(Segment(None, 0, i, i, at, at + len(t), t))
                at += len(t) + 1
            ids.append(corpus.add_document(Document(None, lang, f"bench.{lang}", "\n".join(texts)),
                                           segs))
        bitext = corpus.add_bitext(ids[0], ids[1], "bench")
        corpus.replace_beads(bitext, (BeadSpan(i, i + 1, i, i + 1, 0.9) for i in range(n)))
        if entities:
            q, e = AR.index("القائم"), EN.index("al-Qaim")
            with corpus.transaction():
                for i in range(0, n, 10):
                    a = corpus.add_entity(Entity(None, corpus.segment_at(ids[0], i).id, q, q + 6,
                                                 "LOC"))
                    b = corpus.add_entity(Entity(None, corpus.segment_at(ids[1], i).id, e, e + 7,
                                                 "LOC"))
                    corpus.set_entity_counterpart(a, b)
    return n


def run(job: dict) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", json.dumps(job)],
                         capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(out.stderr)
    return json.loads(out.stdout)


def row(label: str, n: int, r: dict) -> None:
    rate = r["count"] / r["seconds"] if r["seconds"] else 0
    print(f"{label:<22} {n:>9,} {r['seconds']:>9.2f} {rate:>12,.0f} {r['base_mb']:>8.1f} "
          f"{r['peak_mb']:>8.1f} {r['file_mb']:>9.1f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max", type=int, default=1_000_000, help="largest N (default 10^6)")
    parser.add_argument("--corpus-units", type=int, default=100_000,
                        help="size of the corpus-level run (0: skip)")
    parser.add_argument("--only", choices=("format", "import", "corpus", "export"),
                        help="run one part only")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(json.loads(args.child))))
        return
    sizes = [n for n in (10_000, 100_000, 1_000_000) if n <= args.max] or [args.max]
    print(f"{'run':<22} {'units':>9} {'seconds':>9} {'units/s':>12} {'base MB':>8} "
          f"{'peak MB':>8} {'file MB':>9}")
    with tempfile.TemporaryDirectory(prefix="dragoman-bench-") as tmp:
        for fmt in ("tmx", "jsonl") if args.only in (None, "format") else ():
            for n in sizes:
                path = str(Path(tmp) / f"u{n}.{fmt}")
                row(f"format {fmt} write", n, run({"op": "write", "fmt": fmt, "n": n, "path": path}))
                row(f"format {fmt} read", n, run({"op": "read", "fmt": fmt, "n": n, "path": path}))
                os.unlink(path)
        for fmt in ("tmx", "jsonl") if args.only in (None, "import") else ():
            for n in sizes:
                path = str(Path(tmp) / f"i{n}.{fmt}")
                copy = str(Path(tmp) / f"i{n}-{fmt}.dragoman")
                run({"op": "write", "fmt": fmt, "n": n, "path": path})
                row(f"import {fmt}", n, run({"op": "import", "fmt": fmt, "n": n,
                                             "corpus": copy, "path": path}))
                for leftover in (path, copy, copy + "-wal", copy + "-shm"):
                    if os.path.exists(leftover):
                        os.unlink(leftover)
        for n in sizes if args.only in (None, "export") else ():
            corpus = str(Path(tmp) / f"e{n}.dragoman")
            row("export build (API)", n, run({"op": "build", "n": n, "corpus": corpus,
                                              "path": corpus, "entities": True}))
            for fmt in ("tmx", "jsonl"):
                path = str(Path(tmp) / f"e{n}.{fmt}")
                row(f"export_corpus {fmt}", n, run({"op": "export", "fmt": fmt, "n": n,
                                                     "corpus": corpus, "path": path}))
                os.unlink(path)
        n = args.corpus_units
        if n and args.only in (None, "corpus"):
            corpus = str(Path(tmp) / "bench.dragoman")
            row("corpus build (API)", n, run({"op": "build", "n": n, "corpus": corpus,
                                              "path": corpus}))
            for fmt in ("tmx", "jsonl"):
                path = str(Path(tmp) / f"corpus.{fmt}")
                row(f"corpus {fmt} export", n, run({"op": "export", "fmt": fmt, "n": n,
                                                    "corpus": corpus, "path": path}))
                copy = str(Path(tmp) / f"copy-{fmt}.dragoman")
                row(f"corpus {fmt} import", n, run({"op": "import", "fmt": fmt, "n": n,
                                                    "corpus": copy, "path": path}))


if __name__ == "__main__":
    main()
