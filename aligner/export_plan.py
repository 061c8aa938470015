"""What an export will write, decided and checked before anything is written.

Two checks live here, so every entry point (CLI, GUI) gets them:

* The language pairs of the chosen bitexts. Formats that hold one pair per file (TSV's
  two columns, Moses' and CoNLL's and spans' line-aligned per-language files) get one
  output per pair when the corpus has several ("out.ar-en.tsv", "out.ar-fr.tsv"), never
  en and fr mixed in one column. A bitext with the same language on both sides cannot be
  written by a format keyed by language; it is named and the user told how to leave it out.
* The paths. A per-language export writes several files (Moses: STEM.ar and STEM.en), so
  each path is checked against the corpus, its -wal/-shm/-journal/.lock companions and the
  other outputs: `export c.ar --format moses -o c` would otherwise rename the Moses file
  over the corpus and lose it.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from aligner.errors import Refusal
from aligner.messages import Problem
from aligner.formats.common import lang_path
from aligner.model import Bitext

#: formats that write one language pair per output, and the suffix that marks their file
#: (a per-pair name goes before it: out.tsv -> out.ar-en.tsv; "" appends: mt -> mt.ar-en)
ONE_PAIR_FORMATS = {"tsv": ".tsv", "moses": "", "conll": ".conll", "spans": ".jsonl"}
#: per-language formats and the suffix lang_path gives their files
PER_LANGUAGE_SUFFIX = {"moses": "", "conll": ".conll", "spans": ".jsonl"}
#: formats that can hold a bitext whose two sides have one language (two columns)
SAME_LANGUAGE_OK = ("tsv",)
CORPUS_COMPANIONS = ("-wal", "-shm", "-journal", ".lock")


@dataclass
class ExportJob:
    """One output (a file, or a stem for per-language formats) and the bitexts it holds."""

    out: object  # a path, or a stream given by the caller
    bitext_ids: list[int]
    pair: tuple[str, str]


def pair_key(src: str, tgt: str) -> tuple[str, str]:
    """Language tags compare without case (en-US is en-us), as BCP 47 says."""
    return src.lower(), tgt.lower()


def plan_export(fmt: str, out, bitexts: Sequence[Bitext], corpus_path: Path) -> list[ExportJob]:
    """The outputs of an export, each checked; raises DragomanError before anything is written."""
    if fmt not in SAME_LANGUAGE_OK:
        same = [b for b in bitexts if b.src_lang.lower() == b.tgt_lang.lower()]
        if same:
            names = ", ".join(f"{b.id} ({b.name}, {b.src_lang}-{b.tgt_lang})" for b in same)
            others = [str(b.id) for b in bitexts if b not in same]
            # the CLI option stays as typed (an argument) so the GUI keeps it left to right
            hint = (Problem("export.others_hint", option=f"--bitext {' '.join(others)}")
                    if others else Problem("export.nothing_else"))
            raise Refusal(Problem("export.same_lang", fmt=fmt, names=names, hint=hint))
    pairs: dict[tuple[str, str], list[Bitext]] = {}
    for b in bitexts:
        pairs.setdefault(pair_key(b.src_lang, b.tgt_lang), []).append(b)
    if fmt in ONE_PAIR_FORMATS and len(pairs) > 1:
        if not isinstance(out, (str, os.PathLike)):
            listed = ", ".join(f"{s}-{t}" for s, t in pairs)
            raise Refusal(Problem("export.several_pairs", fmt=fmt, pairs=listed,
                                  option="--bitext"))
        jobs = [ExportJob(_pair_path(Path(out), f"{first[0].src_lang}-{first[0].tgt_lang}",
                                     ONE_PAIR_FORMATS[fmt]), [b.id for b in first], key)
                for key, first in pairs.items()]
    else:
        first_pair = next(iter(pairs), ("", ""))
        jobs = [ExportJob(out, [b.id for b in bitexts], first_pair)]
    check_paths(fmt, jobs, bitexts, corpus_path)
    return jobs


def _pair_path(out: Path, pair: str, suffix: str) -> Path:
    if suffix and out.suffix.lower() == suffix:
        return out.with_name(f"{out.stem}.{pair}{out.suffix}")
    return out.with_name(f"{out.name}.{pair}")


def output_files(fmt: str, jobs: Sequence[ExportJob], bitexts: Sequence[Bitext]) -> list[Path]:
    """Every file the export will write (per-language formats: one per language of a job)."""
    by_id = {b.id: b for b in bitexts}
    files: list[Path] = []
    for job in jobs:
        if not isinstance(job.out, (str, os.PathLike)):
            continue
        if fmt in PER_LANGUAGE_SUFFIX:
            langs: list[str] = []
            for i in job.bitext_ids:
                for lang in (by_id[i].src_lang, by_id[i].tgt_lang):
                    if lang not in langs:
                        langs.append(lang)
            files += [lang_path(job.out, lang, PER_LANGUAGE_SUFFIX[fmt]) for lang in langs]
        else:
            files.append(Path(job.out))
    return files


def same_file(a: Path, b: Path) -> bool:
    """True when two paths name one file (a link, ./x and x), or would once written."""
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))


def check_paths(fmt: str, jobs: Sequence[ExportJob], bitexts: Sequence[Bitext],
                corpus_path: Path) -> None:
    """Refuse an output that is the corpus, one of its companion files, or another output."""
    files = output_files(fmt, jobs, bitexts)
    for k, path in enumerate(files):
        refuse_corpus_output(path, corpus_path)
        for other in files[:k]:
            if same_file(path, other):
                raise Refusal(Problem("export.shared", path=path))


def refuse_corpus_output(path: Path, corpus_path: Path) -> None:
    """Refuse writing `path` when it is the corpus or one of its companion files: any
    output (an export, an alignment, a screenshot) would destroy the corpus."""
    corpus_path = Path(corpus_path)
    for suffix in ("",) + CORPUS_COMPANIONS:
        guarded = corpus_path.with_name(corpus_path.name + suffix)
        if same_file(Path(path), guarded):
            what = Problem("export.companion", suffix=suffix) if suffix else \
                Problem("export.the_corpus")
            raise Refusal(Problem("export.is_corpus", path=path, what=what))
