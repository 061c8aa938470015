"""Gazetteers: lists of names to suggest, TSV `text<TAB>LABEL` (INCEpTION's string matcher
format). Blank lines and lines starting with # are skipped; anything else must have the
two fields and a label of the corpus, or the whole file is refused with the line named."""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from aligner.errors import InputError


@dataclass(frozen=True)
class GazetteerEntry:
    text: str
    label: str
    line: int


def read_gazetteer(path: str | Path, labels: Collection[str]) -> list[GazetteerEntry]:
    """The entries of a TSV gazetteer; InputError (file and line) on the first bad line."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError(p, f"cannot read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(p, "not UTF-8 text", line) from None
    out: list[GazetteerEntry] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 2 or not fields[0].strip() or not fields[1].strip():
            raise InputError(p, "expected 'name<TAB>LABEL'", n)
        label = fields[1].strip()
        if label not in labels:
            raise InputError(p, f"unknown label {label!r} (this corpus has "
                                f"{', '.join(sorted(labels))})", n)
        out.append(GazetteerEntry(fields[0].strip(), label, n))
    if not out:
        raise InputError(p, "no names in the gazetteer")
    return out
