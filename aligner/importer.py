"""Turning files into documents, segments and bitexts of a corpus, all or nothing.

Everything that can fail on bad input (reading, decoding, language detection, the
bilingual split) runs in `prepare_files` before the corpus is touched; `import_files`
then stores the result in one transaction. So a bad file among several adds nothing, and
a crash leaves the corpus as it was. Alignment is not done here (see aligner.align).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import langcodes

from aligner.text.boilerplate import flag_boilerplate
from aligner.errors import InputError
from aligner.messages import Problem
from aligner.formats.langtag import check_tag
from aligner.model import Document, Segment
from aligner.text.segment import split_sentences
from aligner.tasks import TaskControl, report
from aligner.text.textio import detect_language, read_text, script_counts, split_bilingual


@dataclass
class PreparedDoc:
    """A document ready to store, with its segments (boilerplate already flagged)."""

    document: Document
    segments: list[Segment]
    warnings: list[str] = field(default_factory=list)  # for the user, before storing

    @property
    def excluded(self) -> int:
        return sum(1 for s in self.segments if s.excluded)


@dataclass
class PreparedImport:
    """What one import will add: documents, and bitexts as (src index, tgt index) pairs."""

    docs: list[PreparedDoc] = field(default_factory=list)
    pairs: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class ImportResult:
    doc_ids: list[int]
    bitext_ids: list[int]
    docs: list[PreparedDoc] = field(default_factory=list)  # stored, ids filled in
    reused: list[bool] = field(default_factory=list)  # per doc: an identical one was there
    # bitexts already there but without beads (an import stopped before aligning, or
    # --no-align): the caller aligns them with the new ones, so a re-run finishes the job
    unaligned: list[int] = field(default_factory=list)

    @property
    def to_align(self) -> list[int]:
        """The new bitexts and the unaligned ones found again, in order."""
        return self.bitext_ids + self.unaligned


def prepare_document(text: str, lang: str, *, title: str = "", source_name: str = "",
                     encoding: str = "utf-8", checksum: str = "") -> tuple[Document, list[Segment]]:
    """Segment a text and flag its boilerplate; nothing is stored."""
    spans = split_sentences(text, lang)
    spans, reasons = flag_boilerplate(text, spans, lang)
    doc = Document(id=None, lang=lang, title=title, text=text, source_name=source_name,
                   encoding=encoding, checksum=checksum)
    segments = [Segment(id=None, doc_id=0, position=i, paragraph=sp.paragraph, start=sp.start,
                        end=sp.end, text=text[sp.start:sp.end], excluded=bool(reason),
                        exclude_reason=reason)
                for i, (sp, reason) in enumerate(zip(spans, reasons))]
    return doc, segments


def _check_lang(code: str, path: Path | None) -> str:
    """A language code given by the user (CLI --lang, GUI import): see formats.langtag."""
    return check_tag(code, path)


#: Languages whose rules we apply (segmentation, tokenization, alignment): a text given
#: one of these codes but written (almost) only in the other script is a swapped file or
#: option, refused. Any other code whose usual script (from the registry, via langcodes)
#: the text contradicts gets a warning: `--lang de` on Arabic text is most likely a slip,
#: but the user may know better (fa and ur are written in Arabic script, and believed).
_OUR_LANGUAGES = ("ar", "en", "fr")
#: Below this share of its letters in the language's script, a text contradicts the code
#: (a page holding both an article and its translation has about half of each).
MIN_SCRIPT_SHARE = 0.2
_SCRIPT_NAMES = {"Arab": "Arabic", "Latn": "Latin"}


@lru_cache(maxsize=256)
def _usual_script(lang: str) -> str:
    """'Arab', 'Latn', another ISO 15924 code, or '' when the tag says nothing."""
    try:
        return langcodes.Language.get(lang).maximize().script or ""
    except (ValueError, LookupError):
        return ""


def check_language(text: str, lang: str, path: Path | None) -> str | None:
    """Compare the text's script with the language's: refuse a contradiction for ar, en
    and fr (see _OUR_LANGUAGES), return a warning for other codes, None when they agree."""
    script = _usual_script(lang)
    ar, la = script_counts(text)
    if ar + la == 0 or not script:
        return None
    if script not in _SCRIPT_NAMES:  # Cyrillic, Han...: neither of the scripts we count
        found = Problem("script.arabic" if ar >= la else "script.latin")
        return Problem("import.script_doubt", lang=repr(lang), script=script, found=found)
    share = (ar if script == "Arab" else la) / (ar + la)
    if share >= MIN_SCRIPT_SHARE:
        return None
    found = Problem("script.latin" if script == "Arab" else "script.arabic")
    if lang.split("-")[0].lower() in _OUR_LANGUAGES:
        raise InputError(path, Problem("import.script_swapped", lang=repr(lang), found=found))
    return Problem("import.script_doubt", lang=repr(lang), script=_SCRIPT_NAMES[script],
                   found=found)


def _detect(text: str, path: Path) -> str:
    lang = detect_language(text)
    if not lang:
        raise InputError(path, Problem("import.no_language"))
    return lang


def prepare_files(paths: Sequence[str | Path], *, langs: Sequence[str] | None = None,
                  bilingual: bool = False, encoding: str | None = None,
                  titles: Sequence[str] | None = None,
                  control: TaskControl | None = None) -> PreparedImport:
    """Read, detect, split, segment and flag every file; raise InputError on the first bad one.

    - bilingual=False: two files make a bitext (the first is the source); one file, or more
      than two, make independent documents. `langs` gives one code per file.
    - bilingual=True: each file holds a text and its translation (one block after the
      other) and makes two documents and a bitext, the Arabic side as source when there is
      one. `langs` gives the two codes; they are matched to the blocks by script.
    """
    paths = [Path(p) for p in paths]
    if not paths:
        raise InputError(None, Problem("import.nothing"))
    langs = [_check_lang(c, None) for c in langs] if langs else None
    if titles is not None and len(titles) != len(paths):
        raise InputError(None, Problem("import.titles_count", titles=len(titles), files=len(paths)))
    plan = PreparedImport()
    for n, path in enumerate(paths):
        report(control, n, len(paths), Problem("progress.reading_file", name=path.name))
        decoded = read_text(path, encoding)
        title = titles[n] if titles else path.stem
        if bilingual:
            _prepare_bilingual(plan, path, decoded, langs, title)
            continue
        if langs and len(langs) != len(paths):
            raise InputError(path, Problem("import.langs_count", langs=len(langs),
                                           files=len(paths)))
        warnings = list(decoded.warnings)
        if langs:
            lang = langs[n]
            mismatch = check_language(decoded.text, lang, path)
            if mismatch:
                warnings.append(mismatch)
        else:
            lang = _detect(decoded.text, path)
        doc, segs = prepare_document(decoded.text, lang, title=title, source_name=str(path),
                                     encoding=decoded.encoding, checksum=decoded.checksum)
        if not segs:
            raise InputError(path, Problem("import.no_sentence"))
        plan.docs.append(PreparedDoc(doc, segs, warnings))
    if not bilingual and len(paths) == 2:
        _check_distinct(paths, plan)
        src, tgt = plan.docs[0].document.lang, plan.docs[1].document.lang
        if src.lower() == tgt.lower():
            plan.docs[1].warnings.append(Problem("import.same_language", lang=repr(src)))
        plan.pairs.append((0, 1))
    report(control, len(paths), len(paths), Problem("progress.prepared"))
    return plan


def _check_distinct(paths: list[Path], plan: PreparedImport) -> None:
    """A bitext pairs a text with its translation: the same file twice is a slip."""
    try:
        same_file = os.path.samefile(paths[0], paths[1])
    except OSError:
        same_file = False
    if same_file:
        raise InputError(paths[1], Problem("import.same_file", source=paths[0]))
    if plan.docs[0].document.checksum == plan.docs[1].document.checksum:
        raise InputError(paths[1], Problem("import.same_content", source=paths[0]))


def _prepare_bilingual(plan: PreparedImport, path: Path, decoded, langs, title: str) -> None:
    text = decoded.text
    blocks = split_bilingual(text)
    by_lang: dict[str, list[str]] = {}
    for b in blocks:
        by_lang.setdefault(b.lang, []).append(text[b.start:b.end])
    if len(by_lang) != 2:
        raise InputError(path, Problem("import.bilingual_found", found=", ".join(by_lang))
                         if by_lang else Problem("import.bilingual_none"))
    detected = list(by_lang)
    if "ar" in detected:  # Arabic is the source when one side is Arabic
        detected.sort(key=lambda c: c != "ar")
    names = detected
    if langs:
        if len(langs) != 2 or langs[0] == langs[1]:
            raise InputError(path, Problem("import.bilingual_codes"))
        # match the given codes to the blocks by script: 'ar' to the Arabic block
        if ("ar" in langs) != ("ar" in detected):
            raise InputError(path, Problem("import.bilingual_mismatch", given=", ".join(langs),
                                           found=", ".join(detected)))
        if "ar" in detected:
            other = [c for c in langs if c != "ar"][0]
            names = ["ar", other]
        else:
            names = detected if set(langs) == set(detected) else list(langs)
    start = len(plan.docs)
    for code, name in zip(detected, names):
        body = "\n\n".join(by_lang[code])
        doc, segs = prepare_document(body, name, title=f"{title} [{name}]",
                                     source_name=str(path), encoding=decoded.encoding,
                                     checksum=decoded.checksum)
        plan.docs.append(PreparedDoc(doc, segs, list(decoded.warnings) if code == detected[0]
                                     else []))
    plan.pairs.append((start, start + 1))


def import_files(corpus, paths: Sequence[str | Path], *, langs: Sequence[str] | None = None,
                 bilingual: bool = False, encoding: str | None = None,
                 titles: Sequence[str] | None = None,
                 control: TaskControl | None = None) -> ImportResult:
    """Import files into a corpus in one transaction; see `prepare_files` for the rules."""
    plan = prepare_files(paths, langs=langs, bilingual=bilingual, encoding=encoding,
                         titles=titles, control=control)
    return store_prepared(corpus, plan, control=control)


def store_prepared(corpus, plan: PreparedImport, *,
                   control: TaskControl | None = None) -> ImportResult:
    """Store prepared documents and their bitexts in one transaction.

    A document identical to one already in the corpus (same bytes, language and text) is
    not stored twice: the existing one is used, so importing an Arabic text with its
    English and then with its French translation gives one Arabic document in two bitexts.
    A pair already linked by a bitext is not linked again; its bitext is in the result
    in `unaligned` when it has no beads yet (so the caller aligns it).
    """
    doc_ids: list[int] = []
    reused: list[bool] = []
    bitext_ids: list[int] = []
    unaligned: list[int] = []
    with corpus.transaction():
        for n, prepared in enumerate(plan.docs):
            report(control, n, len(plan.docs), Problem("progress.storing_document",
                                                            title=prepared.document.title))
            d = prepared.document
            same = corpus.find_document(d.checksum, d.lang, d.text) if d.checksum else None
            reused.append(same is not None)
            doc_ids.append(same if same is not None
                           else corpus.add_document(prepared.document, prepared.segments))
        for s, t in plan.pairs:
            known = corpus.find_bitext(doc_ids[s], doc_ids[t])
            if known is not None:
                if corpus.bead_count(known.id) == 0:
                    unaligned.append(known.id)
                continue
            src, tgt = plan.docs[s].document, plan.docs[t].document
            bitext_ids.append(corpus.add_bitext(doc_ids[s], doc_ids[t],
                                                name=f"{src.title} / {tgt.title}"))
    return ImportResult(doc_ids, bitext_ids, plan.docs, reused, unaligned)
