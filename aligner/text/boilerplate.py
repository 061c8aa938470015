"""Web boilerplate in scraped articles: find it so it can be excluded, never deleted.

Scraped news pages bring link and share-button lists, menu labels, alt-text debris
("Menu Menu"), a title printed twice, sometimes the whole body twice, source lines at the
end, and URL slugs glued to titles. None of that has a counterpart in the translation,
so left in it derails the aligner. The rules use only general evidence about a page, no
word lists (lists copied from a few pages misfire on the next text: "اشترك المزارعون في
حملة" is not a newsletter prompt, "Part One – Arrival" is not a byline):

* repetition within the page: a paragraph said again (a title printed twice, a body
  pasted twice), a line made of one word repeated;
* runs of short lines without sentence punctuation at the page's edges, where link and
  share-button lists and menus sit (lines sharing their first word, or four and more);
* position: short unpunctuated lines above the title (when the title is printed twice,
  the page furniture above the first copy), in the other script at the top, or trailing
  after the article's last sentence; a short unpunctuated link text after the last full
  stop of a paragraph;
* a URL slug's shape: words joined by hyphens without spaces, ending a title line, in
  the other script than the title (aligner.text.textio.find_slugs).

A rule never looks inside a normal sentence: every rule but the slug needs the whole
paragraph (or its tail) to be short and unpunctuated, or repeated. Flagged sentences get
a reason and stay visible; the user can restore them. bench/bench_boilerplate.py measures
false positives on clean text and recall on pages with furniture.
"""
from __future__ import annotations

import difflib
import re
import unicodedata

from aligner.text.fold import text_key
from aligner.text.segment import SentenceSpan
from aligner.text.textio import find_slugs, script_counts

R_SLUG = "url slug"
R_SHARE = "link list"
R_REPEATED = "repeated"
R_FRAGMENT = "fragment"
R_HEADER = "page furniture"
R_TAIL = "page end"
R_NO_WORDS = "no words"  # no longer given ("* * *", a date have counterparts); old corpora

_TERMINAL = tuple(".!?\u061f\u2026\u201d\u00bb\"')")
HEAD_ZONE = 3   # first paragraphs, where page furniture and a repeated title live
TAIL_ZONE = 4   # last paragraphs, where link lists and source lines live
SHORT = 4       # words in a line of a link list or menu
LIST_RUN = 4    # short unpunctuated lines in a row that make a menu without a shared word
TITLE_LINES = 8  # a slug is cut only from the head of a page (a title line's end)

_WORD_RE = re.compile(r"\S*[^\W_]\S*")


def _plain_words(s: str) -> bool:
    """Link text: words of letters (and their marks: Arabic diacritics) only, with inner
    apostrophes or hyphens; no digits, brackets, sentence or markup signs."""
    return bool(s) and all(
        unicodedata.category(c)[0] in "LM" or c.isspace()
        or (c in "'’-" and 0 < i < len(s) - 1 and s[i - 1].isalpha() and s[i + 1].isalpha())
        for i, c in enumerate(s))


def _words(s: str) -> list[str]:
    """White-space separated tokens that hold at least one letter or digit."""
    return _WORD_RE.findall(s)


def split_slugs(text: str, spans: list[SentenceSpan]) -> tuple[list[SentenceSpan], set[int]]:
    """Cut URL slugs ending the first lines (the title) out of their sentences, as their
    own spans. Returns the new span list and the indices of the slug spans."""
    limit, lines = 0, 0
    for line in text.split("\n"):
        limit += len(line) + 1
        if line.strip():
            lines += 1
            if lines >= TITLE_LINES:
                break
    slugs = [(s, e) for s, e in find_slugs(text[:limit])]
    if not slugs:
        return list(spans), set()
    out: list[SentenceSpan] = []
    slug_idx: set[int] = set()
    for sp in spans:
        cuts = [(s, e) for s, e in slugs if sp.start <= s and e <= sp.end]
        pos = sp.start
        for s, e in cuts:
            head_end = s
            while head_end > pos and text[head_end - 1].isspace():
                head_end -= 1
            if head_end > pos:
                out.append(SentenceSpan(pos, head_end, sp.paragraph))
            slug_idx.add(len(out))
            out.append(SentenceSpan(s, e, sp.paragraph))
            pos = e
        while pos < sp.end and text[pos].isspace():
            pos += 1
        if pos < sp.end:
            out.append(SentenceSpan(pos, sp.end, sp.paragraph))
    return out, slug_idx


class _Page:
    """The paragraphs of a text with what the rules look at."""

    def __init__(self, text: str, spans: list[SentenceSpan], reasons: list[str]) -> None:
        self.text, self.spans, self.reasons = text, spans, reasons
        paras: dict[int, list[int]] = {}
        for i, sp in enumerate(spans):
            paras.setdefault(sp.paragraph, []).append(i)
        self.paras = paras
        self.order = sorted(paras)
        self.texts = [self._ptext(p) for p in self.order]
        self.words = [_words(t) for t in self.texts]
        self.keys = [text_key(t) for t in self.texts]
        self.terminated = [t.rstrip().endswith(_TERMINAL) for t in self.texts]

    def _ptext(self, p: int) -> str:
        idx = [i for i in self.paras[p] if self.reasons[i] != R_SLUG] or self.paras[p]
        return self.text[self.spans[idx[0]].start:self.spans[idx[-1]].end]

    def __len__(self) -> int:
        return len(self.order)

    def short_line(self, r: int, most: int = SHORT) -> bool:
        """A short paragraph without sentence punctuation (a label, a link)."""
        return 1 <= len(self.words[r]) <= most and not self.terminated[r]

    def mark(self, r: int, reason: str) -> None:
        for i in self.paras[self.order[r]]:
            if not self.reasons[i]:
                self.reasons[i] = reason

    def flagged(self, r: int) -> bool:
        return all(self.reasons[i] for i in self.paras[self.order[r]])


def _link_lists(page: _Page) -> None:
    """Runs of short unpunctuated lines at the page's edges: lines sharing their first
    word ("Share on ..." x 9, "Partager sur ..."), or LIST_RUN of them in a row (a menu)."""
    n = len(page)
    r = 0
    while r < n:
        if not page.short_line(r):
            r += 1
            continue
        end = r
        while end + 1 < n and page.short_line(end + 1):
            end += 1
        firsts = [page.words[k][0].casefold() for k in range(r, end + 1)]
        at_edge = r < HEAD_ZONE or end >= n - TAIL_ZONE
        shared = len(firsts) >= 2 and len(set(firsts)) == 1 and len(firsts[0]) > 1
        if at_edge and (shared or end - r + 1 >= LIST_RUN):
            for k in range(r, end + 1):
                page.mark(k, R_SHARE)
        r = end + 1


def _repeats(page: _Page) -> int | None:
    """Mark paragraphs said again; return the rank of a title printed twice (or None).

    Short lines count as repeated only near the top, where a title is printed twice:
    elsewhere a short line like "Why?" may well be said twice."""
    seen: dict[str, int] = {}
    recent: list[tuple[int, str]] = []
    title = None
    for r in range(len(page)):
        key, words = page.keys[r], page.words[r]
        if not words or page.flagged(r):
            continue
        near_top = r < HEAD_ZONE + 3
        first = seen.get(key)
        if first is not None and (len(words) >= 8 or (near_top and len(words) >= 2
                                                       and not page.terminated[r])):
            page.mark(r, R_REPEATED)
            title = first if title is None and near_top else title
            continue
        # near repeats (a title printed twice with a typo) only near the top: a sequence
        # match on every paragraph of a book would cost minutes and find only style
        if (r < HEAD_ZONE + 5 and 15 <= len(key) <= 300
                and (len(words) >= 8 or not page.terminated[r])):
            close = [k for k, other in recent if abs(len(other) - len(key)) <= 0.1 * len(key)
                     and difflib.SequenceMatcher(None, other, key).ratio() >= 0.9]
            if close:
                page.mark(r, R_REPEATED)
                title = close[0] if title is None else title
                continue
        seen.setdefault(key, r)
        recent = (recent + [(r, key)])[-12:]
    return title


def _top_furniture(page: _Page, title: int | None, doc_script: str) -> None:
    """Labels at the top, before the article starts: above a title printed twice, a line
    of one word repeated (alt-text debris), a short line in the other script."""
    for r in range(min(len(page), HEAD_ZONE + 2)):
        if page.flagged(r):
            continue
        words = page.words[r]
        if len(words) >= 8 and page.terminated[r]:
            return  # the body has started
        if not page.short_line(r, 3):
            continue
        low = {w.casefold() for w in words}
        ar, la = script_counts(page.texts[r])
        script = "ar" if ar >= la else "latin"
        if ((title is not None and r < title) or (len(words) >= 2 and len(low) == 1)
                or script != doc_script):
            page.mark(r, R_HEADER)


# "Source: X", "Photo: Y". (Not "X – Y": that is also a heading, "Part One – Arrival".)
_ATTRIBUTION = re.compile(r"[^\W\d_]\s*:\s*\w")


def _tail(page: _Page) -> None:
    """Short unpunctuated lines after the article's last sentence shaped as an attribution
    ("label: name": a source line) when a real sentence comes before them.
    (A bare short line at the end is more often a heading: "CHAPTER III".)"""
    n = len(page)
    r = n - 1
    while r >= 0 and page.flagged(r):
        r -= 1
    trailing: list[int] = []
    while (r >= 0 and page.short_line(r, 6) and _ATTRIBUTION.search(page.texts[r])
           and len(trailing) < 2):
        trailing.append(r)
        r -= 1
    if trailing and r >= 0 and page.terminated[r] and len(page.words[r]) >= 8:
        for k in trailing:
            page.mark(k, R_TAIL)


def _fragments(page: _Page) -> None:
    """A dangling link text after the last full stop of a paragraph ("... opened. Related
    news"): a short unpunctuated last sentence after a punctuated one."""
    text, spans, reasons = page.text, page.spans, page.reasons
    for p in page.order:
        live = [i for i in page.paras[p] if not reasons[i]]
        if len(live) < 2:
            continue
        last = live[-1]
        prev = text[spans[live[-2]].start:spans[live[-2]].end]
        tail = text[spans[last].start:spans[last].end]
        if (len(_words(tail)) <= 3 and _plain_words(tail.strip())
                and prev.rstrip().endswith(_TERMINAL)):
            reasons[last] = R_FRAGMENT


def flag_boilerplate(text: str, spans: list[SentenceSpan], lang: str
                     ) -> tuple[list[SentenceSpan], list[str]]:
    """Refined spans (slugs cut out) and, for each, an exclusion reason or ''."""
    spans, slug_idx = split_slugs(text, spans)
    reasons = ["" for _ in spans]
    for i in slug_idx:
        reasons[i] = R_SLUG
    page = _Page(text, spans, reasons)
    doc_ar, doc_la = script_counts(text)
    _link_lists(page)
    title = _repeats(page)
    _top_furniture(page, title, "ar" if doc_ar >= doc_la else "latin")
    _tail(page)
    _fragments(page)
    return spans, reasons
