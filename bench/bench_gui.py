"""GUI benchmark: a 1,000,000-bead bitext opened in the main window, offscreen.

Prints the time to build the corpus, the time from "open" to the first painted table,
memory (RSS now and peak) after opening, once every row is read and the find index is
built (both in the background, while the GUI stays idle), and after the edits; per-step
times while paging through the table and jumping around it, a bead merge, its undo and
redo, a sentence split, its undo and redo, the first find, the next find, and a find after
an edit (the index kept, not rebuilt). Peer: the same scan done by SQLite itself (instr()
over the raw sentence texts of both documents: C speed, no folding, no bead rows), in the
same run.
Goals (issue 13, point 9, at 10^6 beads): first paint under 2 s, an edit under 100 ms,
find under 2 s, memory under 1 GB.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_gui.py [--beads N] [--keep PATH]
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from aligner.corpus import Corpus  # noqa: E402
from aligner.model import BeadSpan, Document, Segment  # noqa: E402

AR_WORDS = "وصل الوفد إلى القاهرة صباح الاثنين وعقد الوزير اجتماعا مع نظيره لبحث التعاون".split()
EN_WORDS = "the delegation arrived in cairo on monday and the minister met his counterpart today".split()


def sentences(words: list[str], n: int) -> list[str]:
    """n sentences of 6-30 words (some wrap over several lines), deterministic."""
    out = []
    for i in range(n):
        length = 6 + (i * 7) % 25
        out.append(" ".join(words[(i + k) % len(words)] for k in range(length)) + ".")
    return out


def document(lang: str, texts: list[str]) -> tuple[Document, list[Segment]]:
    segments, start = [], 0
    for i, text in enumerate(texts):
        segments.append(Segment(None, 0, 0, i // 5, start, start + len(text), text))
        start += len(text) + 1
    return Document(None, lang, f"bench-{lang}", " ".join(texts)), segments


def build(path: Path, n: int) -> None:
    with Corpus.create(path) as corpus:
        src = corpus.add_document(*document("ar", sentences(AR_WORDS, n)))
        tgt = corpus.add_document(*document("en", sentences(EN_WORDS, n)))
        bitext = corpus.add_bitext(src, tgt, "bench")
        corpus.replace_beads(bitext, (BeadSpan(i, i + 1, i, i + 1, (i % 100) / 100) for i in range(n)))


def rss_mb() -> float:
    """Peak resident memory so far."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def rss_now_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def memory(when: str) -> None:
    print(f"RSS {when}: {rss_now_mb():.0f} MB now, {rss_mb():.0f} MB peak")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--beads", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="build the corpus here and keep it")
    parser.add_argument("--build-only", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build_only:
        build(args.build_only, args.beads)
        return 0
    folder = tempfile.TemporaryDirectory()
    path = args.keep or Path(folder.name) / "bench.dragoman"
    if not path.exists():
        # built in a child process, so the memory figures below are the GUI's alone
        import subprocess

        t0 = time.perf_counter()
        subprocess.run([sys.executable, __file__, "--beads", str(args.beads), "--build-only",
                        str(path)], check=True)
        print(f"build corpus ({args.beads} beads, child process): {time.perf_counter() - t0:.2f} s")

    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings

    QCoreApplication.setOrganizationName("DragomanBench")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder.name)
    from ui.app import ensure_app
    from ui.main_window import MainWindow

    app = ensure_app()
    base = rss_mb()
    window = MainWindow()
    window.resize(1400, 800)
    painted: list[float] = []
    complete_at: list[float] = []

    class PaintSpy(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
            return False

    spy = PaintSpy()
    window.view.viewport().installEventFilter(spy)
    t0 = time.perf_counter()
    assert window.open_corpus(path)
    t_open = time.perf_counter() - t0
    window.show()
    while not painted and time.perf_counter() - t0 < 30:
        app.processEvents()
    print(f"rows: {window.model.rowCount()}")
    print(f"open corpus + load model: {t_open:.2f} s")
    print(f"time to first paint: {painted[0] - t0:.2f} s")
    memory(f"after open (Qt app alone: {base:.0f} MB)")
    # the rest of the rows and the find index come in the background: the GUI idles, as
    # in exec() (the sleep leaves the GIL to the worker)
    while (not window.model.beads.complete or window.model.find_index is None) \
            and time.perf_counter() - t0 < 600:
        app.processEvents()
        if window.model.beads.complete and window.model.find_index is None:
            time.sleep(0.02)
        if window.model.beads.complete and not complete_at:
            complete_at.append(time.perf_counter() - t0)
    print(f"every row read (idle turns) {complete_at[0] if complete_at else -1:.1f} s after "
          f"open; find index ready {time.perf_counter() - t0:.1f} s after open")
    memory("with every row read and the find index built")

    paints = [0]

    class PaintCounter(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                paints[0] += 1
            return False

    counter = PaintCounter()
    window.view.viewport().installEventFilter(counter)
    bar = window.view.verticalScrollBar()
    steps: list[float] = []
    for _ in range(300):  # page down, as a reader does
        t = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        app.processEvents()  # runs the row fitting and the paint the scroll asked for
        steps.append(time.perf_counter() - t)
    jumps: list[float] = []
    for k in range(200):  # jumps across the whole table (scrollbar drags, overview clicks)
        t = time.perf_counter()
        bar.setValue(bar.maximum() * ((k * 37) % 200) // 199)
        app.processEvents()
        jumps.append(time.perf_counter() - t)
    for name, times in (("page down", steps), ("jump", jumps)):
        times_ms = sorted(x * 1000 for x in times)
        print(f"{name}: {len(times)} steps, median {statistics.median(times_ms):.1f} ms, "
              f"p95 {times_ms[int(len(times_ms) * 0.95)]:.1f} ms, max {times_ms[-1]:.1f} ms")
    print(f"viewport paints during the {len(steps) + len(jumps)} steps: {paints[0]}")
    t = time.perf_counter()
    window.go_to_position(args.beads // 2)
    window.controller.merge_beads()
    app.processEvents()
    print(f"merge at the middle (edit + row update): {(time.perf_counter() - t) * 1000:.0f} ms")
    t = time.perf_counter()
    window.session.undo()
    app.processEvents()
    print(f"undo: {(time.perf_counter() - t) * 1000:.0f} ms")
    t = time.perf_counter()
    window.session.redo()
    app.processEvents()
    print(f"redo merge: {(time.perf_counter() - t) * 1000:.0f} ms")
    window.session.undo()
    app.processEvents()
    from ui.alignment.model import SRC

    segment = window.model.side_segments(args.beads // 3, SRC)[0]
    t = time.perf_counter()
    window.controller.split_segment(segment.id, len(segment.text) // 2, segment.text)
    app.processEvents()
    print(f"sentence split at a third (edit + row update): "
          f"{(time.perf_counter() - t) * 1000:.0f} ms")
    t = time.perf_counter()
    window.session.undo()
    app.processEvents()
    print(f"undo sentence split: {(time.perf_counter() - t) * 1000:.0f} ms")
    t = time.perf_counter()
    window.session.redo()
    app.processEvents()
    print(f"redo sentence split: {(time.perf_counter() - t) * 1000:.0f} ms")
    window.session.undo()
    app.processEvents()
    from aligner.review import Query

    query = Query("counterpart today cairo")  # matches nothing: the whole table is scanned
    t = time.perf_counter()
    window.find(query, False)  # the first find prepares its index in a worker
    while window.model.find_index is None and time.perf_counter() - t < 120:
        app.processEvents()
        time.sleep(0.02)  # an idle GUI, as in exec(): do not steal the GIL from the worker
    app.processEvents()
    print(f"first find (index built in a worker, GUI responsive): {(time.perf_counter() - t):.2f} s")
    t = time.perf_counter()
    window.find(query, False)
    print(f"next find (no match, whole table): {(time.perf_counter() - t):.2f} s")
    window.go_to_position(args.beads // 4)
    t = time.perf_counter()
    window.controller.merge_beads()
    app.processEvents()
    print(f"merge after the index was built: {(time.perf_counter() - t) * 1000:.0f} ms")
    kept = window.model.find_index is not None
    t = time.perf_counter()
    window.find(query, False)
    while window.model.find_index is None and time.perf_counter() - t < 120:
        app.processEvents()
        time.sleep(0.02)
    app.processEvents()
    print(f"find after that edit (index {'kept' if kept else 'rebuilt'}): "
          f"{(time.perf_counter() - t):.2f} s")
    memory("after the edits and finds")
    window.close()
    import sqlite3

    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    t = time.perf_counter()
    hits = db.execute("SELECT count(*) FROM segments WHERE instr(text, ?) > 0",
                      (query.pattern,)).fetchone()[0]
    print(f"peer: SQLite instr() over every raw sentence text ({hits} hits, no folding): "
          f"{time.perf_counter() - t:.2f} s")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.exit(main())
