"""The names pane on a large corpus: how long the GUI thread is busy when the pane is
given a corpus whose register is not empty, against the old way (the same reading on
the GUI thread, the peer figure printed in the same run), when the pane is filled, and
how soon Cancel stops the reading. Run by bench/bench_register.py --pane, or alone:

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_names_pane.py [--beads N]
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from aligner.corpus import Corpus  # noqa: E402
from aligner.history import History  # noqa: E402
from aligner.model import (BeadSpan, Document, FormStatus, NameForm, NameKind,  # noqa: E402
                           RegisterEntry, Segment)
from aligner.names.edits import AddEntry  # noqa: E402
from aligner.names.overview import RegisterOverview  # noqa: E402

# Sentences written for this benchmark; one in five names the town, in several spellings.
AR = ["وصل الوفد إلى القائم صباح اليوم.", "عقد الوزير اجتماعا مع نظيره.",
      "قال المتحدث إن الطريق مفتوح.", "سافر الفريق إلى المدينة مساء.",
      "بحث الجانبان التعاون في مجال النقل."]
EN = ["The delegation reached {q} this morning.", "The minister met his counterpart.",
      "The spokesman said the road is open.", "The team travelled to the city in the evening.",
      "The two sides discussed cooperation on transport."]
SPELLINGS = ["al-Qaim", "Al Qaim", "al-Qa'im"]


def build(path: Path, n: int) -> None:
    ar = [AR[i % 5] for i in range(n)]
    en = [EN[i % 5].format(q=SPELLINGS[(i // 5) % 3]) for i in range(n)]
    with Corpus.create(path) as corpus:
        ids = []
        for lang, texts in (("ar", ar), ("en", en)):
            segs, at = [], 0
            for i, t in enumerate(texts):
                segs.append(Segment(None, 0, 0, i // 5, at, at + len(t), t))
                at += len(t) + 1
            ids.append(corpus.add_document(Document(None, lang, f"bench-{lang}", "\n".join(texts)),
                                           segs))
        bitext = corpus.add_bitext(ids[0], ids[1], "bench")
        corpus.replace_beads(bitext, (BeadSpan(i, i + 1, i, i + 1, 0.9) for i in range(n)))
        History(corpus).do(AddEntry(RegisterEntry(None, "القائم", NameKind.NAME, "LOC", [
            NameForm("en", "al-Qaim", FormStatus.PREFERRED)])))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--beads", type=int, default=1_000_000)
    args = ap.parse_args()
    from PySide6.QtWidgets import QApplication

    from ui.names.pane import NamesPane

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "names.dragoman"
        t0 = time.perf_counter()
        build(path, args.beads)
        print(f"{args.beads} beads, one in five naming the register's entry: built in "
              f"{time.perf_counter() - t0:.1f} s")
        with Corpus.open(path) as corpus:
            t0 = time.perf_counter()
            with corpus.snapshot():
                overview = RegisterOverview(corpus, [1])
            peer = time.perf_counter() - t0
            print(f"peer (the pane before: the whole reading on the GUI thread): "
                  f"{peer:.2f} s, {len(overview.inconsistencies)} inconsistencies")
            pane = NamesPane(lambda edit: False, lambda b, p: None)
            filling = []
            show = pane._show_reading

            def timed_show(reading) -> None:
                t = time.perf_counter()
                show(reading)
                filling.append(time.perf_counter() - t)

            pane._show_reading = timed_show  # type: ignore[method-assign]
            t0 = time.perf_counter()
            pane.set_corpus(corpus, 1)
            busy = time.perf_counter() - t0
            while pane.scanning:
                app.processEvents()
                time.sleep(0.01)
            filled = time.perf_counter() - t0
            print(f"pane: GUI thread busy {1000 * busy:.0f} ms at open; read in the background, "
                  f"filled after {filled:.2f} s; filling the lists took the GUI thread "
                  f"{1000 * filling[0]:.0f} ms ({pane.problems.topLevelItemCount()} "
                  f"inconsistencies listed)")
            pane.refresh()
            time.sleep(min(1.0, filled / 3))
            t0 = time.perf_counter()
            pane.cancel_scan()
            while pane.scanning:
                app.processEvents()
                time.sleep(0.005)
            print(f"Cancel: reading stopped {1000 * (time.perf_counter() - t0):.0f} ms after "
                  f"the click")
            pane.set_corpus(None, None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
