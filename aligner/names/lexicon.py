"""The vowelled lexicon: Arabic word forms with the labels that read them (segments.py).

It is derived from the CAMeL Lab's ALA-LC romanization data (BSD-3-Clause, see
data/LICENSE-alalc.txt) by scripts/build_romanization_lexicon.py. It holds both parts of
our tuning / held-out split; a form's part follows from the form itself (is_held_out), so
the benchmark and the gold test build their model from `tuning_part(lexicon)` alone and
their held-out figures are honest, while the shipped model uses everything.

The split groups word forms by their stem (proclitics and article removed) and hashes
the stem: والكتاب and الكتاب fall on the same side, so a held-out form is not just a
seen form with another prefix.
"""
from __future__ import annotations

import gzip
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
LEXICON_FILE = DATA / "alalc_lexicon.tsv.gz"

_PREFIX = re.compile("^(?:[وف]?(?:[بك]?ال|لل|ل(?=ا))|[وف](?=...))")
HELD_OUT_BUCKETS = 5  # one in five stems is held out


@dataclass(frozen=True)
class LexEntry:
    labels: tuple[str, ...]
    cap: bool      # the catalogue writes it with a capital (a proper name, mostly)
    freq: int


def group_key(form: str) -> str:
    """The stem a form is grouped by in the tuning / held-out split."""
    stem = _PREFIX.sub("", form)
    return stem if len(stem) >= 2 else form


def is_held_out(form: str) -> bool:
    digest = hashlib.md5(group_key(form).encode("utf-8")).hexdigest()
    return int(digest[:8], 16) % HELD_OUT_BUCKETS == 0


def tuning_part(lexicon: dict[str, "LexEntry"]) -> dict[str, "LexEntry"]:
    """The lexicon without its held-out forms (what measurements may learn from)."""
    return {form: e for form, e in lexicon.items() if not is_held_out(form)}


def known_stems(lexicon: dict[str, LexEntry]) -> dict[str, LexEntry]:
    """Each stem the lexicon has behind proclitics or the article (الخفاجي, والخفاجي ->
    خفاجي), with its labels from its most frequent form (ties: the form first in
    order), so that the stem is read the same with other clitics or none."""
    out: dict[str, LexEntry] = {}
    for form, entry in sorted(lexicon.items()):
        start = next((i + 1 for i in range(len(entry.labels) - 1, -1, -1)
                      if entry.labels[i].endswith("-")), 0)
        if start == 0 or len(form) - start < 2:
            continue
        stem = form[start:]
        old = out.get(stem)
        if old is None or old.freq < entry.freq:
            out[stem] = LexEntry(entry.labels[start:], entry.cap, entry.freq)
    return out


@dataclass(frozen=True)
class GoldRow:
    arabic: str
    latin: str
    freq: int


_LATIN_OK = re.compile(r"^[a-zA-ZāīūáĀĪŪÁḥḤṣṢḍḌṭṬẓẒʻʼʹ-]+$")
_ARABIC_OK = re.compile("^[\u0621-\u064A\u0671\u0673\u067E\u0686\u06A4\u06AF\u06A9\u06CC"
                        "\u06BE\u064B-\u0652\u0670\u0640]+$")


def read_gold(path: Path) -> list[GoldRow]:
    """The clean word rows of alalc-dev.tsv (kind=word, skeleton_ok=1, Arabic letters
    only on one side, ALA-LC letters only on the other), in file order."""
    rows: list[GoldRow] = []
    with path.open(encoding="utf-8") as fh:
        next(fh, None)
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 5 or parts[3] != "word" or parts[4] != "1":
                continue
            arabic = unicodedata.normalize("NFC", parts[0])
            latin = unicodedata.normalize("NFC", parts[1])
            if not _ARABIC_OK.match(arabic) or not _LATIN_OK.match(latin):
                continue
            try:
                freq = int(parts[2])
            except ValueError:
                freq = 1
            rows.append(GoldRow(arabic, latin, freq))
    return rows


def is_capitalised(latin: str) -> bool:
    return any(ch.isupper() for ch in latin)


def write_lexicon(entries: dict[str, LexEntry], path: Path) -> None:
    lines = [f"{form}\t{' '.join(e.labels)}\t{int(e.cap)}\t{e.freq}\n"
             for form, e in sorted(entries.items())]
    # mtime=0 so the same data gives the same bytes
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:
        fh.write("".join(lines).encode("utf-8"))


def read_lexicon(path: Path) -> dict[str, LexEntry]:
    out: dict[str, LexEntry] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            form, labels, cap, freq = line.rstrip("\n").split("\t")
            out[form] = LexEntry(tuple(labels.split(" ")), cap == "1", int(freq))
    return out


@lru_cache(maxsize=1)
def shipped_lexicon() -> dict[str, LexEntry]:
    """The lexicon that ships with Dragoman ({} if the data file is missing)."""
    if not LEXICON_FILE.exists():
        return {}
    return read_lexicon(LEXICON_FILE)
