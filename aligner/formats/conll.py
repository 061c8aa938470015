"""CoNLL-2003-style BIO files for NER training, one file per language.

`OUT.conll` gives `OUT.ar.conll` and `OUT.en.conll` (never two languages in one file):
one token a line, `token<TAB>tag`, a blank line after each sentence (one aligned unit's
side), and, once per document, the CoNLL-2003 line `-DOCSTART- -X- -X- O` and a blank line
(spaCy's converter reads that as a document break; any other form becomes a token).
Arabic is tokenized with `aligner.text.tokenize.clitic_tokens` (و ف ب ل ك split off, ال
kept on its word as Arabic NER corpora do), so an entity inside والقائم survives as
و/O القائم/B-LOC. Where ل + ال is written لل, the word is written with its article:
للتحالف -> ل + التحالف (the bare slice لتحالف is not a word: its ل is the article's), as
Arabic treebank tokenizers restore it; ل before a word that starts with ل (للبنان) is
left as ل + لبنان. Other languages use `word_tokens`.

Tagging: a token overlapping an entity gets its label; B- on the entity's first token,
I- after. Where entities overlap (nested names), the earlier-starting one wins, since BIO
cannot nest. An entity that only covers part of a token tags the whole token.
A unit side with no tokens (an empty side of a 0-1 bead) is left out of that language's
file, so the two files are line-aligned only when no side is empty.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import zip_longest
from pathlib import Path
from typing import Iterable, Iterator

from aligner.errors import InputError
from aligner.model import AlignedUnit
from aligner.text.tokenize import Token, clitic_tokens, word_tokens
from aligner.formats.common import LanguageFiles, PathLike, lang_path, select_units
from aligner.messages import Problem

SUFFIX = ".conll"
DOCSTART = "-DOCSTART- -X- -X- O"  # CoNLL-2003's document line, as spaCy's converter expects


def tokens(text: str, lang: str) -> list[Token]:
    """The tokens a CoNLL file uses for this language (clitic-aware for Arabic)."""
    if lang.lower().split("-")[0] == "ar":
        return _with_article(clitic_tokens(text))
    return word_tokens(text, lang)


def _with_article(toks: list[Token]) -> list[Token]:
    """ل + لتحالف -> ل + التحالف: give the word back the alef that ل + ال drops."""
    from aligner.entities.resources import places
    from aligner.text.fold import match_key
    from aligner.text.tokenize import _KEEP, _known

    def known(word: str) -> bool:  # a word or place that itself starts with ل (لبنان)
        return _known(word, _KEEP) or places().kind(word, "ar") is not None

    out = list(toks)
    for i in range(1, len(out)):
        prev, tok = out[i - 1], out[i]
        if (prev.kind == "clitic" and match_key(prev.text).endswith("ل") and prev.end == tok.start
                and tok.kind == "word" and match_key(tok.text).startswith("ل")
                and not match_key(tok.text).startswith("ال") and len(match_key(tok.text)) >= 3
                and not known(match_key(tok.text))):
            out[i] = Token(tok.start, tok.end, "ا" + tok.text, tok.kind)
    return out


def bio_tags(toks: list[Token], entities: Iterable[dict]) -> list[str]:
    """BIO tags for tokens from entity spans (code points in the same text)."""
    tags = ["O"] * len(toks)
    for ent in sorted(entities, key=lambda e: (e["start"], -e["end"])):
        inside = [i for i, t in enumerate(toks)
                  if t.start < ent["end"] and t.end > ent["start"] and tags[i] == "O"]
        for n, i in enumerate(inside):
            tags[i] = ("B-" if n == 0 else "I-") + ent["label"]
    return tags


def write(units: Iterable[AlignedUnit], out: PathLike, *, include_empty: bool = False,
          confirmed_only: bool = False, min_score: float | None = None, control=None) -> int:
    """Write OUT.<lang>.conll per language; returns the number of units exported."""
    count = 0
    seen_docs: dict[str, set[str]] = {}
    with LanguageFiles(out, SUFFIX) as files:
        for unit in select_units(units, confirmed_only=confirmed_only, min_score=min_score,
                                 include_empty=include_empty):
            for side, lang, text, doc in (("src", unit.src_lang, unit.src_text, unit.src_doc),
                                          ("tgt", unit.tgt_lang, unit.tgt_text, unit.tgt_doc)):
                toks = tokens(text, lang)
                if not toks:
                    continue
                stream = files.stream(lang)
                seen = seen_docs.setdefault(lang, set())
                if doc not in seen:
                    stream.write(DOCSTART + "\n\n")
                    seen.add(doc)
                tags = bio_tags(toks, (e for e in unit.entities if e["side"] == side))
                stream.write("".join(f"{t.text}\t{tag}\n" for t, tag in zip(toks, tags)))
                stream.write("\n")
            count += 1
            if control is not None and count % 1000 == 0:
                control.report(count, 0, Problem("progress.writing", format="CoNLL"))
    return count


@dataclass
class Sentence:
    tokens: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    line: int = 0  # line of the first token

    def text_and_entities(self) -> tuple[str, list[dict]]:
        """Tokens joined by spaces, and the entities of the BIO tags over that text."""
        entities: list[dict] = []
        pos = 0
        for tok, tag in zip(self.tokens, self.tags):
            start, end = pos, pos + len(tok)
            pos = end + 1
            if tag == "O":
                continue
            kind, label = tag[0], tag[2:]
            last = entities[-1] if entities else None
            if kind == "I" and last and last["label"] == label and last["end"] == start - 1:
                last["end"] = end
            else:  # B-, or an I- that starts a span (IOB1 files from other tools)
                entities.append({"start": start, "end": end, "label": label})
        return " ".join(self.tokens), entities


def read_sentences(path: PathLike) -> Iterator[Sentence]:
    """Sentences of one CoNLL file (2 or more columns; the tag is the last one)."""
    path = Path(path)
    current = Sentence()
    try:
        with open(path, encoding="utf-8-sig", newline="") as stream:
            for number, line in enumerate(stream, 1):
                line = line.rstrip("\r\n")
                if not line.strip():
                    if current.tokens:
                        yield current
                    current = Sentence()
                    continue
                cols = line.split("\t") if "\t" in line else line.split(" ")
                if cols[0] == "-DOCSTART-":
                    continue
                if len(cols) < 2:
                    raise InputError(path, Problem("conll.bad_line"), line=number)
                tag = cols[-1]
                if tag != "O" and not (tag[:2] in ("B-", "I-") and len(tag) > 2):
                    raise InputError(path, Problem("conll.bad_tag", tag=repr(tag)), line=number)
                if not current.tokens:
                    current.line = number
                current.tokens.append(cols[0])
                current.tags.append(tag)
    except FileNotFoundError:
        raise InputError(path, Problem("import.no_file")) from None
    except UnicodeDecodeError as exc:
        raise InputError(path, Problem("import.not_utf8_at", reason=exc.reason,
                                           start=exc.start)) from None
    if current.tokens:
        yield current


def read(out: PathLike, src_lang: str, tgt_lang: str) -> Iterator[AlignedUnit]:
    """Pair OUT.<src>.conll and OUT.<tgt>.conll sentence by sentence into units.

    Texts come back as tokens joined by spaces (the original spacing is not in the file).
    """
    src_path, tgt_path = lang_path(out, src_lang, SUFFIX), lang_path(out, tgt_lang, SUFFIX)
    for src, tgt in zip_longest(read_sentences(src_path), read_sentences(tgt_path)):
        if src is None or tgt is None:
            short = src_path if src is None else tgt_path
            raise InputError(short, Problem("pair.fewer_sentences"))
        src_text, src_ents = src.text_and_entities()
        tgt_text, tgt_ents = tgt.text_and_entities()
        entities = ([dict(e, side="src") for e in src_ents]
                    + [dict(e, side="tgt") for e in tgt_ents])
        yield AlignedUnit(src_lang=src_lang, tgt_lang=tgt_lang, src_text=src_text,
                          tgt_text=tgt_text, entities=entities)
