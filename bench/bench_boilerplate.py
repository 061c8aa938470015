"""Boilerplate rules: false positives on clean text and recall on pages with furniture.

Two figures, each on a tuning part (the rules were adjusted while looking at it) and a
reporting part (looked at only to report), so the reporting figures say how the rules do
on text they were not written from:

* false positives: sentences flagged in clean text (no boilerplate at all), per sentence.
  Texts: the samples/ but the bilingual one, which holds a slug (tuning), the en-fr gold
  books as raw text from ../shared/golddata/en-fr/*/{en,fr}.txt (four books tuning, four
  reporting), and news articles written for this bench in ar/en/fr
  (bench/data/boilerplate/clean_*_1 tuning, clean_*_2 reporting).
* recall: boilerplate items flagged, on pages written for this bench with web furniture
  marked ("@@ " starts a boilerplate line, ⟦...⟧ marks boilerplate inside a line;
  page_*_1 tuning, page_*_2 reporting), and on the seed articles of ../shared/seeds with
  the items counted by reading them (SEED_TRUTH; seeds 001 and 002 tuning, 000, 003 and
  004 reporting). An item counts when every sentence inside it is flagged. Flagged
  sentences outside the items are counted too (false positives on those pages).

Usage: .venv/bin/python bench/bench_boilerplate.py [--show]   (--show lists every flag)
"""
from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from aligner.text.boilerplate import flag_boilerplate  # noqa: E402
from aligner.text.segment import split_sentences  # noqa: E402
from aligner.text.textio import detect_language, read_text, split_bilingual  # noqa: E402

SHARED = Path(os.environ.get("DRAGOMAN_SHARED", REPO.parent / "shared"))
DATA = REPO / "bench" / "data" / "boilerplate"
TUNING_BOOKS = ("AlicesAdventuresInWonderland", "DuCoteDeChezSwann", "Emma", "JaneEyre")
REPORTING_BOOKS = ("LaFauteDeLAbbeMouret", "LesTravailleursDeLaMer",
                   "VingtMilleLieuesSousLesMers", "VoyageAuCentreDeLaTerre")
TUNING_SEEDS = ("001", "002")
REPORTING_SEEDS = ("000", "003", "004")

# Boilerplate in the seeds, counted by reading them: (line, part of the line or None for
# the whole line). Dates and datelines with a counterpart in the other language are not
# boilerplate; source lines ("X – agencies") are.
SEED_TRUTH = {
    "000": [(1, "القوات-الأمريكية-تنسحب-من-قاعدة-القائم-الاستراتيجية"), (8, None), (24, None)],
    "001": [(3, None), (5, None), (40, None), (41, None)],
    "002": [(3, None), (4, None), (6, "للتحالف الدولي"), (22, "للتحالف الدولي"), (26, None)]
    + [(n, None) for n in range(28, 47, 2)] + [(48, None)] + [(n, None) for n in range(50, 60)],
    "003": [(1, None), (2, None), (7, None)],
    "004": [(11, None)],
}


@dataclass
class Tally:
    sentences: int = 0
    flagged: int = 0
    items: int = 0
    found: int = 0
    outside: int = 0  # flagged sentences outside any item (on pages with furniture)
    shown: list[str] = field(default_factory=list)

    def add(self, other: "Tally") -> None:
        for name in ("sentences", "flagged", "items", "found", "outside"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.shown += other.shown


def flags(text: str, bilingual: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, reason) of every sentence, the way import does it: a bilingual text
    (`dragoman import --bilingual`: seed 000) is flagged block by block."""
    blocks = split_bilingual(text) if bilingual else []
    parts = [(b.start, b.end, b.lang) for b in blocks] if blocks else \
        [(0, len(text), detect_language(text) or "en")]
    out = []
    for start, end, lang in parts:
        chunk = text[start:end]
        spans, reasons = flag_boilerplate(chunk, split_sentences(chunk, lang), lang)
        out += [(start + s.start, start + s.end, r) for s, r in zip(spans, reasons)]
    return out


def clean_tally(text: str, name: str) -> Tally:
    tally = Tally()
    for s, e, reason in flags(text):
        tally.sentences += 1
        if reason:
            tally.flagged += 1
            tally.shown.append(f"  FP {name}: [{reason}] {text[s:e][:90]!r}")
    return tally


def marked_page(raw: str) -> tuple[str, list[tuple[int, int]]]:
    """Strip the markers of a page written for the bench; return text and item spans."""
    text, items = [], []
    pos = 0
    for line in raw.split("\n"):
        whole = line.startswith("@@ ")
        line = line[3:] if whole else line
        out = ""
        while "⟦" in line:
            head, rest = line.split("⟦", 1)
            inner, line = rest.split("⟧", 1)
            out += head
            items.append((pos + len(out), pos + len(out) + len(inner)))
            out += inner
        out += line
        if whole:
            items.append((pos, pos + len(out)))
        text.append(out)
        pos += len(out) + 1
    return "\n".join(text), items


def seed_items(text: str, truth: list[tuple[int, str | None]]) -> list[tuple[int, int]]:
    starts = [0]
    for line in text.split("\n"):
        starts.append(starts[-1] + len(line) + 1)
    items = []
    for number, part in truth:
        s, e = starts[number - 1], starts[number] - 1
        if part is not None:
            s = text.index(part, s, e)
            e = s + len(part)
        items.append((s, e))
    return items


def recall_tally(text: str, items: list[tuple[int, int]], name: str,
                 bilingual: bool = False) -> Tally:
    tally = Tally(items=len(items))
    sentences = flags(text, bilingual)
    for s, e in items:
        inside = [r for a, b, r in sentences if a < e and b > s and text[a:b].strip()]
        if inside and all(inside):
            tally.found += 1
        else:
            tally.shown.append(f"  MISSED {name}: {text[s:e][:90]!r}")
    for a, b, r in sentences:
        tally.sentences += 1
        if r and not any(a < e and b > s for s, e in items):
            tally.outside += 1
            tally.shown.append(f"  FP {name}: [{r}] {text[a:b][:90]!r}")
    return tally


def run(show: bool) -> None:
    clean = {"tuning": Tally(), "reporting": Tally()}
    for path in sorted((REPO / "samples").glob("*.txt")):
        if path.name == "briefing_bilingual.txt":
            continue  # it holds a URL slug on purpose (see samples/README.md)
        clean["tuning"].add(clean_tally(read_text(path).text, path.name))
    for part, books in (("tuning", TUNING_BOOKS), ("reporting", REPORTING_BOOKS)):
        for book in books:
            for lang in ("en", "fr"):
                path = SHARED / "golddata" / "en-fr" / book / f"{lang}.txt"
                if path.exists():
                    clean[part].add(clean_tally(read_text(path).text, f"{book}/{lang}"))
    for path in sorted(DATA.glob("clean_*.txt")):
        part = "tuning" if path.stem.endswith("_1") else "reporting"
        clean[part].add(clean_tally(read_text(path).text, path.name))

    pages = {"tuning": Tally(), "reporting": Tally()}
    seeds = {"tuning": Tally(), "reporting": Tally()}
    for path in sorted(DATA.glob("page_*.txt")):
        part = "tuning" if path.stem.endswith("_1") else "reporting"
        text, items = marked_page(read_text(path).text)
        pages[part].add(recall_tally(text, items, path.name))
    for seed, truth in SEED_TRUTH.items():
        found = sorted((SHARED / "seeds").glob(f"{seed}_*.txt"))
        if not found:
            continue
        text = read_text(found[0]).text
        part = "tuning" if seed in TUNING_SEEDS else "reporting"
        seeds[part].add(recall_tally(text, seed_items(text, truth), found[0].name,
                                     bilingual=seed == "000"))

    print("Boilerplate rules (aligner/text/boilerplate.py)")
    print("False positives on clean text (flagged sentences / sentences):")
    for part, t in clean.items():
        print(f"  {part:9}: {t.flagged} / {t.sentences} = {t.flagged / max(1, t.sentences):.2%}")
    print("Recall on pages with furniture (items flagged / items; stray flags):")
    for name, group in (("written pages", pages), ("seeds", seeds)):
        for part, t in group.items():
            if t.items:
                print(f"  {name:13} {part:9}: {t.found} / {t.items} = "
                      f"{t.found / t.items:.0%}; {t.outside} of {t.sentences} other "
                      "sentences flagged")
    if show:
        for group in (clean, pages, seeds):
            for part, t in group.items():
                for line in t.shown:
                    print(f"{part}: {line}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list every flag and miss")
    run(parser.parse_args().show)
