"""Sentence splitting for Arabic, English and French, as spans over the original text.

Why our own rules: pySBD splits Arabic at the Arabic comma (cutting sentences into
clauses) and sentencex misses Arabic sentences that end with a period after a closing
quote (`الخطة". وقال`), which is how Arabic news ends many sentences. Both also lose the
offsets we need to show and tag the original text.

Decisions:
- One line is one paragraph (the files we import are one paragraph a line; a blank line
  is just spacing). A line end always ends a sentence, with or without a period, because
  Arabic news paragraphs often end with none.
- Inside a line, a sentence ends after . ! ? ؟ … (plus any closing quotes or brackets)
  when white space follows, unless the period belongs to an abbreviation, an initial, a
  list number, or (en/fr) the next word starts in lower case.
- Arabic: never at ، or ؛; "..", "…" are pauses (headline style), not ends; a single
  letter before a period is an abbreviation (د. for doctor) except the era letters م/هـ
  after a year. Dates and times (2020.03.20, 12:28, ٠٢:١٩) have no space after the dot, so
  they never split.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from aligner.text.fold import is_arabic_letter


@dataclass(frozen=True)
class SentenceSpan:
    """[start, end) in code points over the text given; `paragraph` counts non-empty lines."""

    start: int
    end: int
    paragraph: int


_TERMINATOR_RE = re.compile(r"[.!?\u061f\u2026\u06d4\u203c\u2047\u2048\u2049]+")
_CLOSERS = "\"'\u201d\u2019\u00bb)]}\u203a"
_SPACED_CLOSER_RE = re.compile(r"[ \u00a0\u202f]+[\u00bb\u203a\u201d]")  # French « ... ? »
_OPENERS = "\"'\u201c\u2018\u00ab([{\u2039\u201e"

# Titles are followed by a name: a period after them never ends a sentence.
_TITLES = {
    "en": set("mr mrs ms dr prof gen col lt capt sgt maj adm gov sen rep rev st mt hon pres "
              "messrs jr sr cpl pvt brig cmdr lieut supt insp".split()),
    "fr": set("m mm mme mmes mlle mlles me mgr pr dr st ste gén gal col cdt cne lt sgt "
              "adj capt".split()),
}
# Abbreviations that often close a sentence (company suffixes, months, etc.): a period
# after them ends one when a capitalised word follows.
_FINAL_ABBREVIATIONS = {
    "en": set("etc inc ltd co corp bros jan feb mar apr jun jul aug sep sept oct nov dec".split()),
    "fr": set("etc cie janv févr avr juil sept oct nov déc".split()),
}
# Other abbreviations end a sentence only when a typical sentence opener follows.
_ABBREVIATIONS = {
    "en": set("dept inc ltd co corp vs etc approx no nos vol vols fig figs p pp cf ca al est "
              "jan feb mar apr jun jul aug sep sept oct nov dec univ assn bros ave blvd rd "
              "govt intl natl".split()),
    "fr": set("etc env av bd boul ch cf p pp vol fig éd réf tél dép art chap janv févr avr "
              "juil sept oct nov déc hab min max".split()),
}
_STARTERS = set("""the a an he she it they we i in on at but and this that these those there
his her its their our after before when while however meanwhile yet so if as for since
le la les il elle ils elles un une des ce cette ces mais et en au aux selon dans pour on
nous vous je lors après avant puis alors ainsi""".split())

_INITIALISM_RE = re.compile(r"^(?:[^\W\d_]\.-?)+[^\W\d_]$")  # U.S, e.g, a.m, J.-P
_YEAR_ERA = {"م", "هـ", "ه"}


def split_sentences(text: str, lang: str) -> list[SentenceSpan]:
    """Sentences of `text` as spans trimmed of surrounding white space (see module doc)."""
    spans: list[SentenceSpan] = []
    paragraph = 0
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            for s, e in split_paragraph(line, lang):
                spans.append(SentenceSpan(pos + s, pos + e, paragraph))
            paragraph += 1
        pos += len(line) + 1
    return spans


def split_paragraph(line: str, lang: str) -> list[tuple[int, int]]:
    """Sentence spans inside one paragraph (a line without newlines)."""
    lang = (lang or "").split("-")[0].lower()
    cuts = [0]
    for m in _TERMINATOR_RE.finditer(line):
        j = m.end()
        while True:
            if j < len(line) and line[j] in _CLOSERS:
                j += 1
                continue
            spaced = _SPACED_CLOSER_RE.match(line, j)
            if spaced:
                j = spaced.end()
                continue
            break
        if j < len(line) and _glued_arabic_end(line, m, j, lang):
            cuts.append(j)
            continue
        if j >= len(line) or not line[j].isspace():
            continue
        k = j
        while k < len(line) and line[k].isspace():
            k += 1
        if k >= len(line):
            continue
        if _is_boundary(line, m.start(), m.group(), j > m.end(), k, lang):
            cuts.append(j)
    cuts.append(len(line))
    pieces: list[tuple[int, int]] = []
    for a, b in zip(cuts, cuts[1:]):
        s, e = _trim(line, a, b)
        if s >= e:
            continue
        if pieces and not any(ch.isalnum() for ch in line[s:e]):
            pieces[-1] = (pieces[-1][0], e)  # a stray quote or dot joins the sentence before
            continue
        pieces.append((s, e))
    if len(pieces) > 1 and not any(ch.isalnum() for ch in line[pieces[0][0]:pieces[0][1]]):
        pieces[1] = (pieces[0][0], pieces[1][1])
        pieces.pop(0)
    return pieces


def _glued_arabic_end(line: str, m: re.Match, j: int, lang: str) -> bool:
    """Arabic web text often drops the space after a full stop ("القاعدة.وقال"): a single
    period between two Arabic words (not after a one-letter abbreviation) ends a sentence."""
    if lang != "ar" or m.group() not in (".", "؟", "!") or j != m.end():
        return False
    if not is_arabic_letter(line[j]):
        return False
    k = m.start()
    while k > 0 and is_arabic_letter(line[k - 1]):
        k -= 1
    return m.start() - k >= 2


def _trim(line: str, a: int, b: int) -> tuple[int, int]:
    while a < b and line[a].isspace():
        a += 1
    while b > a and line[b - 1].isspace():
        b -= 1
    return a, b


_NEXT_WORD_RE = re.compile(r"[" + re.escape(_OPENERS) + r"]*([^\W_]+)")
_NON_SPACE_RE = re.compile(r"\S")
_LAST_TOKEN_RE = re.compile(r"(\S+)\s*$")
# How far back from a period the word before it is looked for. Every check needs only that
# word (an abbreviation, an initial, a number): slicing the line up to each period instead
# made a book written on one line quadratic.
_LOOK_BACK = 100


def _next_word(line: str, k: int) -> str:
    m = _NEXT_WORD_RE.match(line, k)
    return m.group(1) if m else ""


def _is_boundary(line: str, start: int, punct: str, quoted: bool, k: int, lang: str) -> bool:
    """Does the terminator `punct` at `start`, followed by white space and then the text at
    `k`, end a sentence?"""
    nxt = _next_word(line, k)
    cased = lang != "ar"
    next_lower = bool(nxt) and nxt[0].islower()
    if set(punct) & set("!?\u061f\u203c\u2047\u2048\u2049"):
        return not (cased and next_lower)  # « Vraiment ? » demanda-t-il
    if "\u2026" in punct or len(punct) >= 2:  # ellipsis
        if lang == "ar":
            return False  # Arabic "..": a pause, as in headlines
        return bool(nxt) and nxt[0].isupper()
    # a single period
    if cased and next_lower:
        return False
    if quoted:
        return True  # he said." The
    head = line[max(0, start - _LOOK_BACK):start]
    parts = head.rsplit(None, 1)
    token = parts[-1].lstrip(_OPENERS) if parts and not head[-1:].isspace() else ""
    if not token:
        return True
    low = token.lower()
    if lang == "ar":
        if is_arabic_letter(token) or token == "هـ":
            before = start - len(token)
            prev = _LAST_TOKEN_RE.search(line[max(0, before - _LOOK_BACK):before])
            return token in _YEAR_ERA and prev is not None and prev.group(1).isdigit()
        return True
    if token.isdigit() and not _NON_SPACE_RE.search(line, 0, start - len(token)):
        return False  # "1. Introduction": a list number
    if low in _TITLES.get(lang, set()) or (lang not in _TITLES and low in _TITLES["en"]):
        return False
    if len(token) == 1 and token.isalpha():
        return False  # an initial: J. R. R. Tolkien, M. Dupont
    if _INITIALISM_RE.match(token):
        return nxt.lower() in _STARTERS  # U.S. troops / in the U.S. The
    if low in _FINAL_ABBREVIATIONS.get(lang, _FINAL_ABBREVIATIONS["en"]):
        return bool(nxt) and nxt[0].isupper()
    if low in _ABBREVIATIONS.get(lang, _ABBREVIATIONS["en"]):
        return nxt.lower() in _STARTERS
    return True
