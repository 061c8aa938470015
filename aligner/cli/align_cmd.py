"""`dragoman align SRC TGT`: align a text and its translation sentence by sentence.

Why a command of its own: aligning two files and getting beads out (for a script, for the
evaluation, or to look at) must not require a corpus. Raw files are read, segmented and
cleaned of boilerplate exactly as the importer does; `--presplit` files are taken one
sentence a line (ids = line numbers). `--corpus` stores the result as a bitext instead.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import IO, Sequence

from aligner.cli.common import UserError
from aligner.errors import InputError
from aligner.text.fold import has_arabic
from aligner.text.textio import regular_file_size

FORMATS = ("text", "beads", "tsv", "jsonl")


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "align", help="align a text and its translation sentence by sentence",
        description="Align SRC with TGT (or the two language blocks of one --bilingual file) "
                    "and print the beads. Uses the installed FreeDict dictionary for the "
                    "language pair when there is one, plus --lexicon.")
    p.add_argument("files", type=Path, nargs="*", metavar="FILE", help="SRC TGT")
    p.add_argument("--bilingual", type=Path, metavar="FILE",
                   help="one file holding a text followed by its translation")
    p.add_argument("--src-lang", help="source language code (e.g. ar); detected if omitted")
    p.add_argument("--tgt-lang", help="target language code (e.g. en); detected if omitted")
    p.add_argument("--presplit", action="store_true",
                   help="the files hold one sentence a line: do not re-split them")
    p.add_argument("--format", choices=FORMATS, default="text",
                   help="text (readable, default), beads ([0]:[0, 1]:0.873), tsv, jsonl")
    p.add_argument("--lexicon", type=Path, action="append", default=[], metavar="PATH",
                   help="extra lexicon: TSV (source<TAB>target) or a dictd base path "
                        "(PATH.index + PATH.dict[.dz]) or one of those files; may be repeated")
    p.add_argument("--no-dictionary", action="store_true",
                   help="do not use the installed FreeDict dictionary")
    p.add_argument("--encoding", help="decode the files with this encoding")
    p.add_argument("--visual", action="store_true",
                   help="text format: reshape and reorder Arabic for terminals without bidi "
                        "support (as `dragoman segment --visual`)")
    p.add_argument("--comparable", action="store_true",
                   help="comparable mode: only sentence pairs that are translations become "
                        "beads, the rest stay unaligned (automatic when the texts do not "
                        "look like translations of each other)")
    p.add_argument("-o", "--output", type=Path, help="write here instead of standard output")
    p.add_argument("--corpus", type=Path,
                   help="import the documents into this corpus (created if missing) and "
                        "store the alignment there as a bitext")
    p.set_defaults(func=run)


def _load_lexicons(paths: Sequence[Path], src_lang: str, tgt_lang: str) -> list:
    from aligner.align import lexicon as lx

    out = []
    for path in paths:
        if Path(str(path) + ".index").is_file() or (
                path.name.endswith((".index", ".dict", ".dict.dz")) and path.is_file()):
            out.append(lx.load_dictd(path, src_lang, tgt_lang))  # base path or one file
        elif path.is_file():
            out.append(lx.load_tsv(path, src_lang, tgt_lang))
        elif path.exists():  # a folder, pipe or device: say which
            regular_file_size(path)
        else:
            raise InputError(path, "lexicon not found (give a TSV file or a dictd base path "
                                   "with .index and .dict or .dict.dz next to it)")
    return out


def _lexicons(args, src_lang: str, tgt_lang: str) -> list:
    out = _load_lexicons(args.lexicon, src_lang, tgt_lang)
    if not args.no_dictionary:
        from aligner.align.lexicon import Lexicon

        installed = Lexicon.installed(src_lang, tgt_lang)
        if installed is not None:
            out.append(installed)
    return out


def _presplit(path: Path, encoding: str | None, lang: str) -> list[str]:
    from aligner.importer import _check_lang, check_language
    from aligner.text.textio import read_text

    text = read_text(path, encoding).text
    check_language(text, _check_lang(lang, path), path)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [" ".join(line.split()) for line in lines]


def run(args: argparse.Namespace) -> int:
    if args.bilingual and args.files:
        raise UserError("give either SRC TGT or --bilingual FILE, not both")
    if not args.bilingual and len(args.files) != 2:
        raise UserError("give two files, SRC and TGT (or --bilingual FILE)")
    if args.presplit and args.bilingual:
        raise UserError("--presplit does not apply to a --bilingual file")
    if args.output:
        _check_output(args)
    if args.corpus:
        return _to_corpus(args)
    from aligner.align.aligner import AlignStats, align_sentences
    from aligner.align.service import map_spans

    stats = AlignStats()
    comparable = True if args.comparable else None

    if args.presplit:
        if not (args.src_lang and args.tgt_lang):
            raise UserError("--presplit needs --src-lang and --tgt-lang")
        src_lang, tgt_lang = args.src_lang, args.tgt_lang
        src = _presplit(args.files[0], args.encoding, src_lang)
        tgt = _presplit(args.files[1], args.encoding, tgt_lang)
        if not any(src):
            raise InputError(args.files[0], "holds no sentence")
        if not any(tgt):
            raise InputError(args.files[1], "holds no sentence")
        spans = align_sentences(src, tgt, src_lang, tgt_lang,
                                lexicon=_lexicons(args, src_lang, tgt_lang), stats=stats,
                                comparable=comparable)
    else:
        from aligner.importer import prepare_files

        plan = _plan(args, prepare_files)
        s_doc, t_doc = plan.docs[plan.pairs[0][0]], plan.docs[plan.pairs[0][1]]
        if args.src_lang and s_doc.document.lang != args.src_lang and \
                t_doc.document.lang == args.src_lang:
            s_doc, t_doc = t_doc, s_doc  # the bilingual split put the other side first
        elif args.tgt_lang and t_doc.document.lang != args.tgt_lang and \
                s_doc.document.lang == args.tgt_lang:
            s_doc, t_doc = t_doc, s_doc  # only the target given: the same, from its side
        for option, code in (("--src-lang", args.src_lang), ("--tgt-lang", args.tgt_lang)):
            found = (s_doc.document.lang, t_doc.document.lang)
            if code and code not in found:  # one code given, and it is neither side's
                raise UserError(f"{option} {code!r} is the language of neither text (found "
                                f"{', '.join(found)}); give both --src-lang and --tgt-lang "
                                "to set the languages")
        src_lang, tgt_lang = s_doc.document.lang, t_doc.document.lang
        s_keep = [s for s in s_doc.segments if not s.excluded]
        t_keep = [s for s in t_doc.segments if not s.excluded]
        spans = align_sentences([s.text for s in s_keep], [s.text for s in t_keep],
                                src_lang, tgt_lang,
                                src_paragraphs=[s.paragraph for s in s_keep],
                                tgt_paragraphs=[s.paragraph for s in t_keep],
                                lexicon=_lexicons(args, src_lang, tgt_lang), stats=stats,
                                comparable=comparable)
        spans = map_spans(spans, [s.position for s in s_keep], [s.position for s in t_keep])
        src = [s.text for s in s_doc.segments]
        tgt = [s.text for s in t_doc.segments]
    _warn(" and ".join(str(f) for f in (args.files or [args.bilingual])), stats)
    from aligner.formats.common import text_output

    try:  # a file is written beside and renamed into place: a failure leaves none half-made
        with text_output(args.output or sys.stdout) as out:
            # only when asked: terminals with bidi support (and every file) need logical order
            write(out, args.format, spans, src, tgt, src_lang, tgt_lang, terminal=args.visual)
    except OSError as exc:
        raise InputError(args.output, f"cannot write ({exc.strerror or exc})") from None
    return 0


def _check_output(args: argparse.Namespace) -> None:
    """Refuse an output that is one of the inputs or the corpus, before any work: the
    beads written over SRC would lose the text they were aligned from."""
    from aligner.export_plan import refuse_corpus_output, same_file

    inputs = [*args.files, *([args.bilingual] if args.bilingual else []), *args.lexicon]
    for path in inputs:
        if same_file(args.output, path):
            raise InputError(args.output, f"is also an input ({path}); writing the beads "
                                          "there would destroy it. Give another output file")
    if args.corpus:
        refuse_corpus_output(args.output, args.corpus)


def _plan(args, prepare_files):
    langs = [args.src_lang, args.tgt_lang] if args.src_lang and args.tgt_lang else None
    if args.bilingual:
        return prepare_files([args.bilingual], langs=langs, bilingual=True,
                             encoding=args.encoding)
    return prepare_files(args.files, langs=langs, encoding=args.encoding)


def write(out: IO[str], fmt: str, spans, src: Sequence[str], tgt: Sequence[str],
          src_lang: str, tgt_lang: str, *, terminal: bool = False) -> None:
    """Write beads in one of FORMATS; ids are sentence numbers (0-based)."""
    from aligner.align.evaluate import format_bead

    show = _terminal_text if terminal else (lambda s: s)
    for sp in spans:
        s_ids, t_ids = list(sp.src), list(sp.tgt)
        s_text = " ".join(src[i] for i in s_ids)
        t_text = " ".join(tgt[j] for j in t_ids)
        if fmt == "beads":
            out.write(format_bead(s_ids, t_ids, sp.score) + "\n")
        elif fmt == "tsv":
            out.write(f"{_flat(s_text)}\t{_flat(t_text)}\t{sp.score:.4f}\n")
        elif fmt == "jsonl":
            tr = {src_lang: s_text, tgt_lang: t_text} if src_lang != tgt_lang else \
                {"src": s_text, "tgt": t_text}
            out.write(json.dumps({"translation": tr, "src_ids": s_ids, "tgt_ids": t_ids,
                                  "score": sp.score}, ensure_ascii=False) + "\n")
        else:
            out.write(f"{format_bead(s_ids, t_ids)}  score {sp.score:.2f}  "
                      f"{len(s_ids)}-{len(t_ids)}\n")
            out.write(f"  {src_lang}: {show(s_text) if s_text else '(none)'}\n")
            out.write(f"  {tgt_lang}: {show(t_text) if t_text else '(none)'}\n\n")


def _flat(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def _terminal_text(text: str) -> str:
    """Shape and reorder Arabic for a terminal that does neither (never for files)."""
    if not has_arabic(text):
        return text
    import arabic_reshaper
    from bidi.algorithm import get_display

    return get_display(arabic_reshaper.reshape(text))


def _warn(name: str, stats) -> None:
    from aligner.align.service import not_parallel_warning, unsure_path_warning

    for warning in (not_parallel_warning(name, stats), unsure_path_warning(name, stats)):
        if warning:
            print(warning, file=sys.stderr)


def _to_corpus(args) -> int:
    from aligner.align.aligner import AlignStats
    from aligner.align.service import align_bitext
    from aligner.corpus import Corpus
    from aligner.importer import prepare_files, store_prepared

    if args.presplit:
        raise UserError("--presplit cannot be used with --corpus (the importer segments)")
    plan = _plan(args, prepare_files)  # every file checked before the corpus is touched
    with Corpus.open(args.corpus, create=True) as corpus:
        result = store_prepared(corpus, plan)
        for bitext_id in result.bitext_ids:
            bt = corpus.bitext(bitext_id)
            lex = _load_lexicons(args.lexicon, bt.src_lang, bt.tgt_lang)
            stats = AlignStats()
            count = align_bitext(corpus, bitext_id, lexicon=lex or None,
                                 dictionary=not args.no_dictionary, stats=stats,
                                 comparable=True if args.comparable else None)
            print(f"bitext {bitext_id}: {bt.src_lang}-{bt.tgt_lang}, {count} beads stored "
                  f"in {args.corpus}")
            _warn(f"bitext {bitext_id}", stats)
    return 0
