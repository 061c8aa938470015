"""Web boilerplate in scraped articles: find it so it can be excluded, never deleted.

Scraped news pages bring share-button lists, newsletter prompts, menu and category
labels, alt-text debris ("Shadow Shadow"), bylines and source lines, a title printed
twice, sometimes the whole body twice, and URL slugs glued to titles. None of that has a
counterpart in the translation, so left in it derails the aligner. Each rule below looks
at the shape of a paragraph (length, position, punctuation, script, repetition) plus
small lists of generic cue words, not at strings of any particular site. Flagged
sentences get a reason and stay visible; the user can restore them.
"""
from __future__ import annotations

import difflib
import re

from aligner.text.fold import TATWEEL, text_key
from aligner.text.segment import SentenceSpan
from aligner.text.textio import find_slugs, script_counts

R_SLUG = "url slug"
R_SHARE = "share buttons"
R_NEWSLETTER = "newsletter prompt"
R_REPEATED = "repeated"
R_FRAGMENT = "fragment"
R_HEADER = "page furniture"
R_CATEGORY = "category label"
R_BYLINE = "byline/source"
R_NO_WORDS = "no words"

_NETWORKS = set("""facebook twitter x linkedin tumblr whatsapp email e-mail mail pinterest
pocket digg reddit telegram messenger vk viber print instagram youtube flipboard
فيسبوك فيس تويتر واتساب واتس تلغرام تليجرام لينكدإن انستغرام يوتيوب""".split())
_SHARE_VERBS = re.compile(r"^(share|sharing|partager|partagez|tweet|tweeter|pin|send|"
                          r"envoyer|imprimer|شارك|شاركوا|مشاركة|انشر|أرسل)\b", re.I)
_NEWSLETTER = re.compile(
    r"newsletter|subscribe|sign up|mailing list|inbox|infolettre|abonnez|inscrivez|"
    r"lettre d['’]information|النشرة\s*البريدية|نشرتنا|صندوق\s*بريدك|بريدك\s*الإلكتروني|"
    r"اشترك|هل\s*أعجبك", re.I)
_SOURCE = re.compile(r"^(source|sources|by|par|photo|crédit|credit|المصدر|بقلم|رصد|كتب|"
                     r"تحرير|إعداد|تصوير)\b\s*[:\-–—ـ]?", re.I)
_DASH_SPLIT = re.compile(r"\s*[-–—ـ]\s+|\s+[-–—ـ]\s*")
# Section and menu names seen at the top of news pages (after normalisation)
_NAV_LABELS = {text_key(s) for s in (
    "كل الأخبار", "الأخبار", "أخبار", "آخر الأخبار", "الرئيسية", "عاجل", "محليات",
    "سياسة", "اقتصاد", "رياضة", "ثقافة", "عربي ودولي", "تقارير", "مقالات",
    "home", "news", "all news", "latest news", "world", "politics", "business",
    "accueil", "actualités", "toutes les actualités", "monde", "politique")}
_TERMINAL = tuple(".!?\u061f\u2026\u201d\u00bb\"')")
HEAD_ZONE = 3  # first paragraphs where page furniture lives
TAIL_ZONE = 4  # last paragraphs where sign-up prompts live


_WORD_RE = re.compile(r"\S*[^\W_]\S*")


def _words(s: str) -> list[str]:
    """White-space separated tokens that hold at least one letter or digit."""
    return _WORD_RE.findall(s)


def split_slugs(text: str, spans: list[SentenceSpan]) -> tuple[list[SentenceSpan], set[int]]:
    """Cut URL slugs out of the sentences holding them, as their own spans.

    Returns the new span list and the indices of the slug spans.
    """
    slugs = find_slugs(text)
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


def flag_boilerplate(text: str, spans: list[SentenceSpan], lang: str
                     ) -> tuple[list[SentenceSpan], list[str]]:
    """Refined spans (slugs cut out) and, for each, an exclusion reason or ''."""
    spans, slug_idx = split_slugs(text, spans)
    reasons = ["" for _ in spans]
    for i in slug_idx:
        reasons[i] = R_SLUG

    paras: dict[int, list[int]] = {}
    for i, sp in enumerate(spans):
        paras.setdefault(sp.paragraph, []).append(i)
    order = sorted(paras)
    n = len(order)

    def ptext(p: int) -> str:
        idx = [i for i in paras[p] if reasons[i] != R_SLUG] or paras[p]
        return text[spans[idx[0]].start:spans[idx[-1]].end]

    def mark(p: int, reason: str) -> None:
        for i in paras[p]:
            if not reasons[i]:
                reasons[i] = reason

    doc_ar, doc_la = script_counts(text)
    doc_script = "ar" if doc_ar >= doc_la else "latin"
    body_started = False
    seen: dict[str, int] = {}
    recent: list[tuple[int, str]] = []
    for rank, p in enumerate(order):
        pt = ptext(p)
        words = _words(pt)
        key = text_key(pt)
        short = len(words) <= 5
        terminated = pt.rstrip().endswith(_TERMINAL)
        if not any(c.isalpha() for c in pt):
            mark(p, R_NO_WORDS)
            continue
        # share buttons: "Share on facebook", or a run of lines naming networks
        low_words = [w.lower().strip(":،,") for w in words] if len(words) <= 5 else []
        if short and set(low_words) & _NETWORKS:
            neighbours = [q for q in (order[rank - 1] if rank else None,
                                      order[rank + 1] if rank + 1 < n else None) if q is not None]
            in_run = any(set(w.lower() for w in _words(ptext(q))) & _NETWORKS
                         and len(_words(ptext(q))) <= 5 for q in neighbours)
            if _SHARE_VERBS.match(pt.strip()) or in_run:
                mark(p, R_SHARE)
                continue
        # repeated paragraph (a title printed twice, a body pasted twice)
        # (short lines only near the top, where a title is printed twice: elsewhere a
        # short line like "Why?" may well be said twice)
        if key in seen and (len(words) >= 5 or (rank < HEAD_ZONE + 3 and len(words) >= 2
                                                and not terminated)):
            mark(p, R_REPEATED)
            continue
        # near repeats (a title printed twice with a typo) only near the top: a sequence
        # match on every paragraph of a book would cost minutes and find only style
        if rank < HEAD_ZONE + 5 and 15 <= len(key) <= 300 and any(
                abs(len(k) - len(key)) <= 0.1 * len(key)
                and difflib.SequenceMatcher(None, k, key).ratio() >= 0.9 for _, k in recent):
            mark(p, R_REPEATED)
            continue
        seen.setdefault(key, p)
        recent = (recent + [(p, key)])[-12:]
        # page furniture at the top: alt-text debris, foreign-script labels, menu labels
        if not body_started and rank < HEAD_ZONE + 2 and len(words) <= 3 and not terminated:
            ar, la = script_counts(pt)
            script = "ar" if ar >= la else "latin"
            if len(words) >= 2 and len(set(low_words)) == 1:
                mark(p, R_HEADER)
                continue
            if script != doc_script:
                mark(p, R_HEADER)
                continue
            if key in _NAV_LABELS or re.search(rf"\w{TATWEEL}+\w", pt):
                mark(p, R_CATEGORY)
                continue
        # bylines and source lines: "Source: X", "City – Agency"
        if len(words) <= 6 and not pt.rstrip().endswith((".", "!", "?", "\u061f")):
            if _SOURCE.match(pt.strip()):
                mark(p, R_BYLINE)
                continue
            parts = _DASH_SPLIT.split(pt.strip())
            if (len(parts) == 2 and all(1 <= len(_words(x)) <= 3 for x in parts)
                    and not any(c.isdigit() for c in pt)):
                mark(p, R_BYLINE)
                continue
        # newsletter prompts near the end of the page
        if rank >= n - TAIL_ZONE:
            for i in paras[p]:
                if not reasons[i] and _NEWSLETTER.search(text[spans[i].start:spans[i].end]):
                    reasons[i] = R_NEWSLETTER
        # a dangling link text after the last full stop of a paragraph
        live = [i for i in paras[p] if not reasons[i]]
        if len(live) >= 2:
            last = live[-1]
            prev = text[spans[live[-2]].start:spans[live[-2]].end]
            tail = text[spans[last].start:spans[last].end]
            if (len(_words(tail)) <= 3 and not tail.rstrip().endswith(_TERMINAL)
                    and prev.rstrip().endswith(_TERMINAL)):
                reasons[last] = R_FRAGMENT
        if len(words) >= 8 and terminated:
            body_started = True
    return spans, reasons
