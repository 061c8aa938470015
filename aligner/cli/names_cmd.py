"""`dragoman names list|check|propose|export|import CORPUS ...`: the names register.

`check` prints one inconsistency a line (bitext, bead counted from 1, the spelling found,
the chosen spelling; where a French elision changes with it, the word before both and
what the fix writes: d’Al Qaim / de Qaem; tab-separated, nothing about the file) and exits 1 when there are
any, 0 when none, 2 on bad input, so a script can run it before an export.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers) -> None:
    p = subparsers.add_parser("names", help="the names register: list, check, propose, "
                              "export, import")
    sub = p.add_subparsers(dest="names_command", metavar="ACTION")
    sub.required = True

    q = sub.add_parser("list", help="print the register, one entry a line")
    q.add_argument("corpus", type=Path)
    q.add_argument("--counts", action="store_true",
                   help="add how often each spelling occurs in the corpus")
    q.set_defaults(func=run_list)

    q = sub.add_parser("check", help="print every place a translation spells a registered "
                       "name otherwise than chosen; exit 1 if there is any")
    q.add_argument("corpus", type=Path)
    q.add_argument("--bitext", type=int, action="append", metavar="ID",
                   help="only this bitext (repeatable)")
    q.add_argument("--fix", action="store_true", help="write the chosen spellings there")
    q.set_defaults(func=run_check)

    q = sub.add_parser("propose", help="print entries proposed from entities and name pairs")
    q.add_argument("corpus", type=Path)
    q.add_argument("--from", dest="sources", default="entities,matcher",
                   help="comma-separated: entities, matcher (default both)")
    q.add_argument("--accept", action="store_true", help="add every proposal to the register")
    q.set_defaults(func=run_propose)

    formats = ("register", "tbx", "omegat", "csv")
    q = sub.add_parser("export", help="write the register as a TSV table, TBX (.tbx), a "
                       "memoQ/Trados CSV (.csv) or an OmegaT glossary (--format omegat)")
    q.add_argument("corpus", type=Path)
    q.add_argument("output", type=Path)
    q.add_argument("--format", choices=formats, help="default: by the file's suffix")
    q.add_argument("--lang", default="en", help="OmegaT: the target language (default en)")
    q.add_argument("--romanizations", action="store_true",
                   help="TBX: add each name's romanization in ALA-LC, DIN, IJMES and BGN/PCGN "
                   "(termType transliteratedForm)")
    q.set_defaults(func=run_export)

    q = sub.add_parser("import", help="read a TSV table, TBX, CSV or OmegaT glossary into the "
                       "register (entries with the same Arabic name are completed; an "
                       "imported chosen spelling wins)")
    q.add_argument("corpus", type=Path)
    q.add_argument("input", type=Path)
    q.add_argument("--format", choices=formats, help="default: by the file's suffix")
    q.add_argument("--lang", default="en", help="OmegaT: the target language (default en)")
    q.set_defaults(func=run_import)


def _bitexts(corpus, ids: list[int] | None) -> list[int] | None:
    from aligner.cli.common import UserError

    if ids is None:
        return None
    known = {b.id for b in corpus.bitexts()}
    for i in ids:
        if i not in known:
            raise UserError(f"{corpus.path}: there is no bitext {i}")
    return ids


def run_list(args: argparse.Namespace) -> int:
    from collections import Counter

    from aligner.corpus import Corpus
    from aligner.names.consistency import occurrences

    with Corpus.open(args.corpus, read_only=True) as corpus, corpus.snapshot():
        entries = corpus.register_entries()
        counts: Counter = Counter()
        if args.counts:
            for occ in occurrences(corpus, entries):
                counts[(occ.name_id, occ.lang, occ.text)] += 1
        for e in entries:
            cells = [str(e.id), e.kind.value, e.label or "-", " / ".join(e.arabic_forms())]
            for lang in e.languages():
                spellings = []
                for f in e.spellings(lang):
                    mark = {"preferred": "", "admitted": "+", "deprecated": "~"}[f.status.value]
                    n = sum(v for (i, lg, t), v in counts.items() if i == e.id and lg == lang
                            and t == f.text) if args.counts else None
                    spellings.append(mark + f.text + (f" ({n})" if n is not None else ""))
                cells.append(f"{lang}: " + ", ".join(spellings))
            print("\t".join(cells))
    return 0


def run_check(args: argparse.Namespace) -> int:
    from aligner.corpus import Corpus
    from aligner.history import History
    from aligner.names.consistency import check
    from aligner.names.edits import FixSpellings

    with Corpus.open(args.corpus, read_only=not args.fix) as corpus:
        with corpus.snapshot():
            ids = _bitexts(corpus, args.bitext)
            names = {b.id: b.name or f"bitext {b.id}" for b in corpus.bitexts()}
            found = check(corpus, corpus.register_entries(), ids)
        for i in found:
            occ = i.occurrence
            print(f"{names[occ.bitext_id]}\t{occ.bead + 1}\t{i.found_in_context}\t"
                  f"{i.written if i.before else i.chosen}")
        if args.fix and found:
            History(corpus).do(FixSpellings(found))
            print(f"fixed {len(found)} spelling{'s' if len(found) != 1 else ''}",
                  file=sys.stderr)
            return 0
    return 1 if found else 0


def run_propose(args: argparse.Namespace) -> int:
    from aligner.cli.common import UserError
    from aligner.corpus import Corpus
    from aligner.history import EditGroup, History
    from aligner.names.evidence import entity_observations, matcher_observations
    from aligner.names.register import propose

    sources = [s.strip() for s in args.sources.split(",") if s.strip()]
    unknown = [s for s in sources if s not in ("entities", "matcher")]
    if unknown or not sources:
        raise UserError(f"--from: unknown source {unknown[0] if unknown else '(none)'}; "
                        "use entities, matcher")
    with Corpus.open(args.corpus, read_only=not args.accept) as corpus:
        with corpus.snapshot():
            obs = []
            if "entities" in sources:
                obs += entity_observations(corpus)
            if "matcher" in sources:
                obs += matcher_observations(corpus)
            proposals = propose(obs, corpus.register_entries())
        for p in proposals:
            print(p.describe())
        if args.accept and proposals:
            History(corpus).do(EditGroup(f"Accept {len(proposals)} register proposals",
                                         [p.edit() for p in proposals]))
            print(f"accepted {len(proposals)} proposals", file=sys.stderr)
    return 0


def run_export(args: argparse.Namespace) -> int:
    from aligner.cli.common import UserError
    from aligner.corpus import Corpus
    from aligner.export_plan import refuse_corpus_output
    from aligner.formats.glossary import format_for, write_register

    fmt = format_for(args.output, getattr(args, "format", None))
    refuse_corpus_output(args.output, args.corpus)
    with Corpus.open(args.corpus, read_only=True) as corpus, corpus.snapshot():
        try:
            n = write_register(corpus.register_entries(), args.output, fmt,
                               getattr(args, "lang", "en"), getattr(args, "romanizations", False))
        except OSError as exc:  # a missing folder, no space left, permission denied
            raise UserError(f"{args.output}: cannot write ({exc.strerror or exc})") from None
    print(f"wrote {n} entries to {args.output}", file=sys.stderr)
    return 0


def run_import(args: argparse.Namespace) -> int:
    from aligner.corpus import Corpus
    from aligner.history import EditGroup, History
    from aligner.formats.glossary import read_register
    from aligner.names.register import import_edits

    # all checked before the corpus is touched
    entries = read_register(args.input, getattr(args, "format", None),
                            getattr(args, "lang", "en"))
    with Corpus.open(args.corpus) as corpus:
        edits, added, updated = import_edits(entries, corpus.register_entries())
        if edits:
            History(corpus).do(EditGroup(f"Import {args.input.name} into the names register",
                                         edits))
    print(f"{added} entries added, {updated} completed from {args.input}", file=sys.stderr)
    return 0
