"""Projection: find an entity's counterpart on the other side of the same bead.

Every plausible span of the other side is a candidate (Latin: runs of capitalised words
with their connectors, "al-" included; Arabic: runs of words with the proclitics cut off
the first, the article kept, ل + ال starting at the remaining lam). A candidate scores by
how well its content words and the entity's cover each other (word_similarity: spelling,
dictionary and tables, numbers); a place table recognises a country named by its adjective
on the other side (العقوبات الأمريكية ~ US sanctions) and relabels it. All entities of a
bead are projected together, best pairs first, one-to-one, never onto a span that overlaps
another entity; between equally good spans, the one at the nearer relative position wins.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from aligner.entities import cues, resources
from aligner.entities.complete import complete_arabic_spelling, complete_latin_person
from aligner.entities.similarity import is_content, word_similarity
from aligner.names import translit
from aligner.entities.words import Word, adjacent, latin_article_at, text_words

# A candidate needs at least this score (mean of both sides' word coverage). Chosen on the
# tuning part of the dev pairs (bench/bench_entities.py); see the note there.
THRESHOLD = 0.4
MAX_WORDS = 7
# A name whose words match nothing one by one still matches when written together it
# spells the other side's name this well (well above translit.THRESHOLD: no word vouches).
WHOLE_SPELLING = 0.65
# Lower-case words allowed inside a Latin name (Bank of England, Abd al-Aziz, Ibn Sina).
# "and" is left out: "France and Turkey" is two names far more often than one.
_CONNECTORS = frozenset("of the for de du des la le al el bin ibn bint abu von van der y "
                        "d l da di".split())
# Connectors that are words of a name when capitalised (Ibn Sina, Abu Jaafar, Bin Laden).
_NAME_PARTS = frozenset("bin ibn bint abu".split())
_PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")


@dataclass(frozen=True)
class Mention:
    """An entity in a side's text: [start, end) code points, label, already linked?"""

    start: int
    end: int
    label: str
    linked: bool = False


@dataclass(frozen=True)
class Projection:
    """A counterpart found for sources[source]: a span of the other side and its label;
    `existing` is the index of the target mention it is (None for a new span)."""

    source: int
    start: int
    end: int
    label: str
    score: float
    existing: int | None = None


@dataclass(frozen=True)
class Candidate:
    """A span that could be a name: [start, end) and its content words."""

    start: int
    end: int
    words: tuple[str, ...]  # content words, as written (Arabic: article restored after لل)
    clitic: bool = False  # Arabic: starts with a letter that could be a proclitic, kept


def _latin_candidates(text: str, words: list[Word]) -> list[Candidate]:
    def cap(k: int) -> bool:
        c = text[words[k].start]
        return c.isupper() or c.isdigit()

    def content(k: int) -> bool:
        w = words[k]
        if text[w.start:w.end].isupper() and w.end - w.start >= 2:
            return True  # US, UN, EU: acronyms, even when they spell a function word
        if w.key in _NAME_PARTS and cap(k):
            return True  # Ibn Sina, Abu Jaafar: written capitalised, a word of the name
        return is_content(w.key, "en") and w.key not in _CONNECTORS

    out: list[Candidate] = []
    for i, w in enumerate(words):
        article = latin_article_at(words, i) and cap(i + 1)
        if not (cap(i) or article) or not (content(i) or article):
            continue  # "When Harun...": a capitalised function word starts no name
        if w.joined and not (cap(i) and resources.places().kind(text[w.start:w.end], "en")):
            continue  # inside a hyphenated name; Russian-Turkish: two names
        for j in range(i, min(len(words), i + MAX_WORDS)):
            if j > i and not adjacent(text, words[j - 1], words[j]):
                break
            # Kim Jong-un, Byeong-seug: a hyphenated part continues its word
            inside = cap(j) or words[j].joined
            if j > i and not inside and words[j].key in cues.GEO_TAILS and cap(j - 1):
                # the Korean peninsula: a lower-case geographic noun may end a place name
                # (kept only when the other side translates it: see pair_score)
                out.append(Candidate(w.start, words[j].end,
                                     tuple(text[words[k].start:words[k].end]
                                           for k in range(i, j + 1) if content(k))))
                break
            if j > i and not inside and words[j].key not in _CONNECTORS:
                break
            if not inside:
                continue
            # a hyphenated lower-case part is part of the name (Jong-un): spell it so
            words_here = tuple(_name_case(text[words[k].start:words[k].end], words[k].joined)
                               for k in range(i, j + 1) if content(k))
            if words_here:
                out.append(Candidate(w.start, words[j].end, words_here))
    return out


def _name_case(word: str, joined: bool) -> str:
    return word[:1].upper() + word[1:] if joined else word


def _arabic_cuts(w: Word) -> list[tuple[int, str]]:
    """(key index where the name starts, prefix to restore) for a first word."""
    cuts = [(0, "")]
    for p in _PROCLITICS:
        if w.key.startswith(p) and len(w.key) - len(p) >= 2:
            cuts.append((len(p), ""))
    for p in ("ل", "ول", "فل"):
        if w.key.startswith(p + "ل") and len(w.key) - len(p) >= 4:
            cuts.append((len(p), "ا"))  # للجيش -> لجيش, read as الجيش
    return cuts


def _arabic_candidates(text: str, words: list[Word]) -> list[Candidate]:
    out: list[Candidate] = []
    for i, w in enumerate(words):
        cuts = _arabic_cuts(w)
        if any(w.key[c:].startswith("ال") and len(w.key) - c >= 4 for c, _ in cuts[1:]):
            cuts = cuts[1:]  # والفرنسية, بالعراق: a proclitic before the article is certain
        # Keeping a possible proclitic is the worse reading when the rest is a known word
        # (وتركيا = و + تركيا), not when it is an unknown name (بيونج, وليد).
        clitic = cuts[0][0] == 0 and any(
            resources.known_arabic(restore + w.key[c:]) for c, restore in cuts[1:])
        for cut, restore in cuts:
            clitic = clitic and cut == 0
            first = restore + text[w.offset_of(cut):w.end]
            if not is_content(w.key[cut:] if not restore else "ا" + w.key[cut:], "ar"):
                continue
            for j in range(i, min(len(words), i + MAX_WORDS)):
                if j > i and not adjacent(text, words[j - 1], words[j]):
                    break
                if j > i and words[j].key.startswith("وال"):
                    break  # الفرنسية والتركية: a conjunction joins two names
                if not is_content(words[j].key, "ar"):
                    break  # a function word (إلى، في) is never inside a name
                rest = tuple(text[x.start:x.end] for x in words[i + 1:j + 1]
                             if is_content(x.key, "ar"))
                out.append(Candidate(w.offset_of(cut), words[j].end, (first,) + rest, clitic))
    return out


def candidates(text: str, lang: str) -> list[Candidate]:
    """Every span of `text` that could be a name (see the module docstring)."""
    words = text_words(text, lang)
    return _arabic_candidates(text, words) if lang == "ar" else _latin_candidates(text, words)


def content_words(text: str, lang: str, start: int, end: int) -> tuple[str, ...]:
    ws = text_words(text[start:end], lang)
    return tuple(_name_case(text[start + w.start:start + w.end], w.joined) for w in ws
                 if is_content(w.key, lang) and (lang == "ar" or w.key not in _CONNECTORS
                                                 or (w.key in _NAME_PARTS
                                                     and text[start + w.start].isupper())))


def pair_score(src: Sequence[str], src_lang: str, tgt: Sequence[str], tgt_lang: str,
               dictionary: bool = True, leftovers: bool = False) -> float:
    """Mean coverage of two word lists by each other, in [0, 1]; for Arabic and Latin
    also the spelling match of the whole names (نيويورك ~ New York, بيونج يانج ~ Pyongyang).

    With `leftovers` (both lists are words of names: a tagged entity, a capitalised Latin
    run), words that match nothing on both sides are taken to translate each other for
    half a point each, beside at least one real match: المنطقة المنزوعة السلاح ~
    Demilitarised Zone, where no table knows "Demilitarised", is then likelier than Zone."""
    if not src or not tgt:
        return 0.0
    m = [[word_similarity(a, src_lang, b, tgt_lang, dictionary) for b in tgt] for a in src]
    covered_src = sum(max(row) for row in m)
    covered_tgt = sum(max(m[i][j] for i in range(len(src))) for j in range(len(tgt)))
    if leftovers and covered_src > 0:  # beside a real match; not numbers, not titles
        def free(word: str, lang: str) -> bool:
            return not any(ch.isdigit() for ch in word) and (
                lang == "ar" or not cues.is_latin_title(word))

        bare_src = sum(1 for a, row in zip(src, m) if max(row) == 0 and free(a, src_lang))
        bare_tgt = sum(1 for j, b in enumerate(tgt)
                       if max(row[j] for row in m) == 0 and free(b, tgt_lang))
        covered_src += 0.5 * min(bare_src, bare_tgt)
        covered_tgt += 0.5 * min(bare_src, bare_tgt)
    score = (covered_src + covered_tgt) / (len(src) + len(tgt))
    if (src_lang == "ar") != (tgt_lang == "ar") and len(src) != len(tgt):
        # One name written as one word on a side and two on the other: the letter counts
        # must be comparable, and every word of the longer side carry part of it or the
        # whole spell well (إسلام آباد ~ Islamabad, where neither word alone does).
        longer = m if len(src) > len(tgt) else list(zip(*m))
        ar, lat = (src, tgt) if src_lang == "ar" else (tgt, src)
        n_ar, n_lat = len("".join(ar).replace(" ", "")), len("".join(lat))
        if 0.6 <= n_lat / max(n_ar, 1) <= 2.5:
            whole = translit.name_similarity("".join(ar), "".join(lat))
            if all(max(row) > 0 for row in longer) or whole >= WHOLE_SPELLING:
                score = max(score, whole)
    return score


def places_match(src_text: str, src_lang: str, tgt_text: str, tgt_lang: str) -> str | None:
    """The target's kind (LOC/MISC) when both name the same country or people."""
    p = resources.places()
    a, b = p.kind(src_text, src_lang), p.kind(tgt_text, tgt_lang)
    if a and b and a[1] == b[1]:
        return b[0]
    return None


def project_bead(src_text: str, src_lang: str, tgt_text: str, tgt_lang: str,
                 sources: Sequence[Mention], targets: Sequence[Mention] = (), *,
                 threshold: float = THRESHOLD) -> list[Projection]:
    """Counterparts in `tgt_text` for the unlinked `sources` of `src_text`.

    `targets` are the entities already on the target side: a linked one is never taken,
    an unlinked one is linked when it is the best counterpart (its label kept), and no new
    span overlaps any of them. Deterministic: ties break on position, then offsets.
    """
    cands = candidates(tgt_text, tgt_lang)
    keyed = {(c.start, c.end): c for c in cands}
    for t in targets:
        if not t.linked:
            keyed[(t.start, t.end)] = Candidate(t.start, t.end,
                                            content_words(tgt_text, tgt_lang, t.start, t.end))
    existing = {(t.start, t.end): n for n, t in enumerate(targets)}
    blocked = [(t.start, t.end) for t in targets]
    scored: list[tuple[float, int, int, int, str, int | None]] = []
    for si, s in enumerate(sources):
        if s.linked or s.end <= s.start:
            continue
        s_text = src_text[s.start:s.end]
        s_words = content_words(src_text, src_lang, s.start, s.end)
        s_pos = (s.start + s.end) / 2 / max(len(src_text), 1)
        for (start, end), c in keyed.items():
            ex = existing.get((start, end))
            if ex is not None and targets[ex].linked:
                continue
            if ex is None and any(start < e and b < end for b, e in blocked):
                continue
            t_text = tgt_text[start:end]
            kind = places_match(s_text, src_lang, t_text, tgt_lang)
            score = 1.0 if kind else pair_score(s_words, src_lang, c.words, tgt_lang,
                                                leftovers=tgt_lang != "ar")
            if score < threshold:
                continue
            t_pos = (start + end) / 2 / max(len(tgt_text), 1)
            # Ties: the nearer relative position, an existing entity, the longer name, and
            # a proclitic cut off rather than kept (والفرنسية -> الفرنسية).
            rank = (score - 0.05 * abs(s_pos - t_pos) + (0.01 if ex is not None else 0.0)
                    + 0.01 * min(len(c.words), 4) - (0.02 if c.clitic else 0.0)
                    - (0.00001 * (end - start) if tgt_lang == "ar" else 0.0))
            if ex is not None:
                label = targets[ex].label
            elif kind and s.label in ("LOC", "MISC"):
                label = kind
            else:
                label = s.label
            scored.append((rank, si, start, end, label, ex))
    scored.sort(key=lambda x: (-x[0], x[1], x[2], x[3]))
    done: set[int] = set()
    taken: list[tuple[int, int]] = []
    out: list[Projection] = []
    for rank, si, start, end, label, ex in scored:
        if si in done or any(start < e and b < end for b, e in taken):
            continue
        done.add(si)
        taken.append((start, end))
        out.append(Projection(si, start, end, label, round(rank, 4), ex))
    return _completed(out, src_text, tgt_text, tgt_lang, sources, blocked)


def _qualified(text: str, span: tuple[int, int], latin: str,
               blocked: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """An Arabic organisation's span grown over the adjective after it when that is the
    Latin name's qualifier moved to the end (UN Security Council ~ مجلس الأمن الدولي):
    the span starts with a head noun, the Latin name's first word matches nothing in
    it, and the next word is a definite relative adjective that matches nothing in the
    Latin name."""
    words = text_words(text, "ar")
    idx = [k for k, w in enumerate(words) if span[0] <= w.start and w.end <= span[1]]
    lat = [w for w in text_words(latin, "en") if is_content(w.key, "en")]
    if not idx or len(lat) < 2 or idx[-1] + 1 >= len(words):
        return span
    inside = [text[words[k].start:words[k].end] for k in idx]
    nxt = words[idx[-1] + 1]
    first = latin[lat[0].start:lat[0].end]
    if not (cues.arabic_bare(words[idx[0]].key) in cues.ARABIC_ORG_HEADS
            and adjacent(text, words[idx[-1]], nxt) and not nxt.key.startswith("وال")
            and cues.nisba_adjective(text[nxt.start:nxt.end])
            and not any(span[0] < e and b < nxt.end for b, e in blocked)
            and all(word_similarity(x, "ar", first, "en") == 0 for x in inside)
            and all(word_similarity(text[nxt.start:nxt.end], "ar", latin[w.start:w.end], "en")
                    == 0 for w in lat)):
        return span
    return span[0], nxt.end


def _completed(found: list[Projection], src_text: str, tgt_text: str, tgt_lang: str,
               sources: Sequence[Mention], blocked: list[tuple[int, int]]) -> list[Projection]:
    """New spans grown to the whole name (aligner.entities.complete), never over another."""
    out: list[Projection] = []
    for n, p in enumerate(found):
        span = (p.start, p.end)
        if p.existing is None:
            others = blocked + [(q.start, q.end) for k, q in enumerate(found) if k != n]
            s = sources[p.source]
            if tgt_lang == "ar":
                span = complete_arabic_spelling(tgt_text, p.start, p.end,
                                                src_text[s.start:s.end], others)
                span = _qualified(tgt_text, span, src_text[s.start:s.end], others)
            elif s.label == "PER":
                span = complete_latin_person(tgt_text, p.start, p.end, others)
            found[n] = p = dataclasses.replace(p, start=span[0], end=span[1])
        out.append(p)
    out.sort(key=lambda p: p.source)
    return out
