"""Which reader imports a file: texts go to aligner.importer (languages detected, sentences
split, boilerplate flagged), files of aligned units (TMX, JSONL, TSV) to aligner.exchange.

One dispatch for the CLI and the GUI's import dialog, so neither reads a .tmx as a French
text (the raw XML became a document before this lived here).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from aligner.corpus import Corpus
from aligner.errors import InputError
from aligner.messages import Problem
from aligner.exchange import IMPORT_SUFFIXES, import_file
from aligner.importer import PreparedImport, prepare_files, store_prepared
from aligner.tasks import TaskControl


def is_exchange_file(path: str | Path) -> bool:
    """A file of aligned units (by its suffix), not a text to segment and align."""
    return Path(path).suffix.lower() in IMPORT_SUFFIXES


def exchange_files(paths: Sequence[str | Path]) -> bool:
    """True when every path is a file of aligned units, False when none is; a mix is an
    InputError naming the first unit file (the two kinds take different options)."""
    kinds = [is_exchange_file(p) for p in paths]
    if any(kinds) and not all(kinds):
        first = next(p for p, k in zip(paths, kinds) if k)
        raise InputError(first, Problem("import.mixed_kinds"))
    return bool(kinds) and all(kinds)


@dataclass
class ImportOutcome:
    bitext_ids: list[int] = field(default_factory=list)
    doc_ids: list[int] = field(default_factory=list)
    aligned: bool = False  # exchange files bring their alignment; texts still need one
    notes: list[str] = field(default_factory=list)  # one line per file, for the user


def plan_warnings(plan: PreparedImport) -> list[str]:
    """The readers' warnings (bytes replaced and where, a language the script contradicts,
    two sides of one language), one line each naming the file: what the user should see
    before anything is stored."""
    return [Problem("import.file_note", file=d.document.source_name, note=w)
            for d in plan.docs for w in d.warnings]


def import_prepared(corpus: Corpus, plan: PreparedImport, *,
                    control: TaskControl | None = None) -> ImportOutcome:
    """Store texts read by `prepare_files` (one transaction). The outcome lists the new
    bitexts and the unaligned ones found again (so a re-run finishes the job)."""
    result = store_prepared(corpus, plan, control=control)
    return ImportOutcome(list(result.to_align), list(result.doc_ids),
                         notes=plan_warnings(plan))


def import_any(corpus: Corpus, paths: Sequence[str | Path], *,
               langs: Sequence[str] | None = None, bilingual: bool = False,
               encoding: str | None = None,
               control: TaskControl | None = None) -> ImportOutcome:
    """Import texts or aligned-unit files, whichever they are (see module docstring).

    For unit files `langs` gives the source and target language (a TSV needs both);
    `bilingual` and `encoding` apply to texts only."""
    paths = [Path(p) for p in paths]
    if not paths:
        raise InputError(None, Problem("import.nothing"))
    if not exchange_files(paths):
        plan = prepare_files(paths, langs=langs, bilingual=bilingual, encoding=encoding,
                             control=control)
        return import_prepared(corpus, plan, control=control)
    if bilingual:
        raise InputError(paths[0], Problem("import.units_not_bilingual"))
    src_lang = langs[0] if langs else None
    tgt_lang = langs[1] if langs and len(langs) > 1 else None
    outcome = ImportOutcome(aligned=True)
    for path in paths:
        summary = import_file(corpus, path, src_lang=src_lang, tgt_lang=tgt_lang,
                              control=control)
        outcome.bitext_ids.extend(summary.bitext_ids)
        outcome.notes.append(Problem("import.imported", file=str(path), summary=summary.problem()))
    return outcome
