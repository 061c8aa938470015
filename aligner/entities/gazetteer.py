"""Gazetteers: lists of names to suggest, TSV `text<TAB>LABEL` (INCEpTION's string matcher
format) or TBX (the glossary format CAT tools exchange; read by aligner.formats.tbx).

TSV: blank lines and lines starting with # are skipped; anything else must have the two
fields and a label of the corpus, or the whole file is refused with the line named.
TBX: every term of a concept (Arabic forms, spellings in any language; romanizations
left out, as the register's suggestions leave them out) is a name with the concept's
label (<descrip type="subjectField">); a concept with a label the corpus lacks refuses
the file with its line named; a concept with no label or no term is skipped and counted,
as a CAT tool's glossary of plain terms is not an error."""
from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from aligner.errors import InputError
from aligner.messages import Problem
from aligner.text.textio import read_whole


@dataclass(frozen=True)
class GazetteerEntry:
    text: str
    label: str
    line: int
    concept: str = ""  # TBX: the termEntry it is a term of (its terms pair: concepts.py)


@dataclass
class Gazetteer:
    """The names of one or more gazetteer files, and the TBX concepts left out."""

    entries: list[GazetteerEntry]
    skipped: int = 0  # TBX concepts with no label or no term


def is_tbx(path: str | Path) -> bool:
    return Path(path).suffix.lower() == ".tbx"


def read_gazetteers(paths: Sequence[str | Path], labels: Collection[str]) -> Gazetteer:
    """All entries of these files (TSV or TBX by suffix), checked whole before any is used."""
    out = Gazetteer([])
    for path in paths:
        if is_tbx(path):
            part = read_tbx_gazetteer(path, labels)
            out.entries += part.entries
            out.skipped += part.skipped
        else:
            out.entries += read_gazetteer(path, labels)
    return out


def read_tbx_gazetteer(path: str | Path, labels: Collection[str]) -> Gazetteer:
    """The names of a TBX file; InputError (file and line) on hostile or malformed XML,
    an invalid language, or a label the corpus does not have."""
    from aligner.formats.tbx import read_concepts
    from aligner.model import ROMANIZED_LANG

    p = Path(path)
    out = Gazetteer([])
    for n, concept in enumerate(read_concepts(p)):
        forms = [f for f in concept.forms if f.lang != ROMANIZED_LANG and f.text.strip()]
        if not concept.label or not forms:
            out.skipped += 1
            continue
        if concept.label not in labels:
            raise InputError(p, Problem("import.unknown_label", label=repr(concept.label),
                                        labels=", ".join(sorted(labels))), concept.line)
        seen: set[str] = set()
        for f in forms:
            if f.text not in seen:
                seen.add(f.text)
                out.entries.append(GazetteerEntry(f.text, concept.label, concept.line or 0,
                                                  f"{p}:{concept.line}:{n}"))
    if not out.entries:
        raise InputError(p, Problem("import.no_names_skipped", skipped=out.skipped)
                         if out.skipped else Problem("import.no_names"))
    return out


def read_gazetteer(path: str | Path, labels: Collection[str]) -> list[GazetteerEntry]:
    """The entries of a TSV gazetteer; InputError (file and line) on the first bad line."""
    p = Path(path)
    raw = read_whole(p)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(p, Problem("import.not_utf8"), line) from None
    out: list[GazetteerEntry] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 2 or not fields[0].strip() or not fields[1].strip():
            raise InputError(p, Problem("gazetteer.bad_line"), n)
        label = fields[1].strip()
        if label not in labels:
            raise InputError(p, Problem("import.unknown_label", label=repr(label),
                                        labels=", ".join(sorted(labels))), n)
        out.append(GazetteerEntry(fields[0].strip(), label, n))
    if not out:
        raise InputError(p, Problem("gazetteer.no_names"))
    return out
