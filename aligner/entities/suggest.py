"""Suggestions: names both sides of a bead agree on, and names the corpus already knows.

A pair of spans is suggested when a capitalised Latin span and an Arabic span of the same
bead spell or translate each other word for word (only the shipped name tables count as
translations here: a general dictionary would pair titles such as President ~ الرئيس).
Known names (gazetteer and register entries, entities tagged elsewhere in the corpus) are
found again on their side with the clitic-aware matcher and paired with their best
counterpart when there is one. Suggestions never overlap existing entities or each other.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
import dataclasses
import re
from dataclasses import dataclass

from aligner.entities import cues, evidence, resources, translated
from aligner.entities.alone import bracketed_acronym, persons_alone, places_alone
from aligner.entities.complete import complete_latin_person, in_title
from aligner.entities.occurrences import NameKey, find_occurrences, name_key
from aligner.entities.orgnames import org_agreement, org_headed
from aligner.entities.project import (THRESHOLD, WHOLE_SPELLING, Candidate, Mention,
                                      candidates, content_words, pair_score, places_match)
from aligner.entities.similarity import group_forms, word_similarity
from aligner.entities.words import text_words
from aligner.names import translit
from aligner.names.common_words import is_month
from aligner.text.fold import match_key

# A bead-agreement pair needs this mean score, and every word of both spans must match
# something (tuned on the tuning part, bench_entities.py).
SUGGEST_THRESHOLD = 0.5
# Suggestions less sure than this (span agreement times label evidence, see
# aligner.entities.evidence) are left out by default (tuned on the tuning part).
MIN_CONFIDENCE = 0.5
# What may stand between two names of one list (a comma, and, or; French et, ou).
_LIST_GAP = re.compile(r"\s*(,\s*(and\s+|or\s+)?|\s(and|or|et|ou)\s+)", re.IGNORECASE)
# The span confidence of a part of a person named in full in the same text.
_PART_CONFIDENCE = 0.85
# A country or people of the place table found on one side only: sure of its kind, less
# of being a name in this sentence (an adjective inside a longer name not found).
PLACE_ALONE_CONFIDENCE = 0.8
# A known name's label is the user's (gazetteer, register) or the corpus's majority.
_ORIGIN_CONFIDENCE = {"gazetteer": 1.0, "register": 1.0, "corpus": 0.9}

@dataclass(frozen=True)
class KnownName:
    """A name to look for: its text in one language, label, and where it comes from
    ('gazetteer', 'register', 'corpus')."""

    text: str
    lang: str
    label: str
    origin: str
    name_id: int | None = None  # the register entry it comes from


@dataclass(frozen=True)
class Suggestion:
    """A suggested entity on the source side, the target side, or both (then linked)."""

    src: Mention | None
    tgt: Mention | None
    label: str
    score: float
    origin: str  # 'bead', 'gazetteer', 'register', 'corpus', 'places' (one side alone)
    name_id: int | None = None  # register entry, for suggestions from the register
    # How sure the suggestion is, span and label together, in [0, 1]: what the GUI shows
    # and accepts by (suggest_bead leaves out those under its `min_confidence`).
    confidence: float = 1.0


def person_parts(names: Sequence[tuple[str, str]]) -> frozenset[str]:
    """Word keys of the first and last words of multi-word person names (Latin text,
    label): later in the same text a person is often named by one of them (Bashar
    al-Assad, then Assad), so a one-word name that is such a part is a person too."""
    out: set[str] = set()
    for text, label in names:
        words = [w for w in text.replace("-", " ").split() if match_key(w) not in ("al", "el")]
        if label == "PER" and len(words) >= 2:
            out.update({match_key(words[0]), match_key(words[-1])})
    return frozenset(out)


def text_labels(names: Sequence[tuple[str, str, float]]) -> dict[tuple[str, ...], tuple[str, float]]:
    """The label each name has where it is surest in a text, from (Latin name, label,
    confidence) triples (entities tagged in it, a first pass of suggestions): a name
    suggested without evidence where it recurs (between al-Qaim, Anah and Rawa) takes the
    label it has elsewhere in the text (the Iraqi town of al-Qaim). Keys: the name's
    words without the article (occurrences.name_key)."""
    out: dict[tuple[str, ...], tuple[str, float]] = {}
    for text, label, conf in names:
        key = name_key(text, "en")
        if key is None or conf < MIN_CONFIDENCE:
            continue
        old = out.get(key.words)
        if old is None or (conf, label) > (old[1], old[0]):
            out[key.words] = (label, conf)
    return out


def _overlaps(a: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def _found(text: str, lang: str, known: Sequence[tuple[NameKey, KnownName]],
           blocked: list[tuple[int, int]]) -> dict[tuple[int, int], KnownName]:
    """Occurrences of known names on one side, longest first, none overlapping."""
    hits: list[tuple[int, int, KnownName]] = []
    for key, name in known:
        if (key.lang == "ar") != (lang == "ar"):
            continue
        hits += [(s, e, name) for s, e in find_occurrences(text, lang, key)]
    hits.sort(key=lambda h: (h[0] - h[1], h[0]))
    out: dict[tuple[int, int], KnownName] = {}
    for s, e, name in hits:
        if not _overlaps((s, e), blocked + list(out)):
            out[(s, e)] = name
    return out


def prepare_known(names: Sequence[KnownName]) -> list[tuple[NameKey, KnownName]]:
    """Key each known name once (many beads are searched for the same names)."""
    out = []
    for n in names:
        key = name_key(n.text, n.lang)
        if key is not None:
            out.append((key, n))
    return out


def _words_match(c: Candidate, c_lang: str, other: Sequence[str], o_lang: str) -> bool:
    """Does every word of a candidate match some word over there (no title, no filler)?"""
    return all(any(word_similarity(w, c_lang, o, o_lang, False) > 0 for o in other)
               for w in c.words if not (c_lang == "ar" and len(w) <= 2))


def _agreement(a: Candidate, a_lang: str, b: Candidate, b_lang: str) -> tuple[float, float]:
    """(mean score, matched mass) of a bead-agreement pair; (0, 0) when a word of either
    span matches nothing in the other, or when only table words match and no word says
    what kind of name it is (الخارجية ~ Foreign is not a name; الاتحاد الأوروبي ~
    European Union is).

    A translation may cover several words (UN ~ الأمم المتحدة), a spelling only one: two
    Arabic words that both spell like one Latin word (حكم كيم ~ Kim) count once."""
    ar, ar_lang, lat, lat_lang = (a.words, a_lang, b.words, b_lang) if a_lang == "ar" else \
        (b.words, b_lang, a.words, a_lang)
    whole = _whole_spelling(ar, lat)
    if whole:  # نيويورك ~ New York, بيونغ يانج ~ Pyongyang: one name, split differently
        return whole, whole * (len(ar) + len(lat))
    # An acronym is read letter by letter: only a table or a close spelling matches it
    # (UN ~ الأمم المتحدة, NATO ~ الناتو; not UN ~ ودعا by a chance likeness).
    m = [[0.0 if _acronym(y) and 0 < v < 1.0 and not _spelled(x, y) else v
          for y in lat for v in [word_similarity(x, ar_lang, y, lat_lang, False)]]
         for x in ar]
    spelled = [[0 < v and _spelled(x, y) for y, v in zip(lat, row)] for x, row in zip(ar, m)]
    for i, row in enumerate(m):
        if any(v >= 1.0 and not spelled[i][j] for j, v in enumerate(row)):
            # a word that a table translates by one Latin word does not also spell
            # another (وزارة is Ministry, not also a weak spelling of Water)
            m[i] = [v if v >= 1.0 else 0.0 for v in row]
            spelled[i] = [s and m[i][j] > 0 for j, s in enumerate(spelled[i])]
    ar_best: list[float] = []
    owner: dict[int, int] = {}
    for i, row in enumerate(m):
        j = max(range(len(lat)), key=lambda k: (row[k], -k))
        ar_best.append(row[j])
        if row[j] > 0 and spelled[i][j]:
            if any(m[k][j] > 0 and not spelled[k][j] for k in range(len(ar)) if k != i):
                ar_best[i] = 0.0  # a translation already covers this Latin word
            elif j in owner and m[owner[j]][j] >= row[j]:
                ar_best[i] = 0.0  # this Latin word is already spelled by another one
            else:
                if j in owner:
                    ar_best[owner[j]] = 0.0
                owner[j] = i
    # Short Arabic words may write a Latin connector (دي ~ de): they need not match.
    needed = [v for x, v in zip(ar, ar_best) if len(x) > 2]
    lat_best = [max(m[i][j] for i in range(len(ar))) for j in range(len(lat))]
    if not needed or any(v == 0 for v in needed) or any(v == 0 for v in lat_best):
        return 0.0, 0.0
    p = resources.places()
    if len(lat) > 1 and all(p.kind(w, "en") or p.kind(w, "fr") for w in lat):
        return 0.0, 0.0  # Syrian Arabs, Russian-Turkish: two names side by side
    if len(lat) > 1 and _place_then_name(ar, lat):
        return 0.0, 0.0
    if not any(any(row) for row in spelled):
        keys = {match_key(w) for w in lat}
        acronym = any(w.isupper() and len(w) >= 2 for w in lat)
        if not acronym and (len(lat) < 2 or not keys & (cues.ORG_HEADS | cues.LOC_HEADS)):
            return 0.0, 0.0  # وزارة ~ Ministry alone is a word, not yet the name
    mass = sum(needed) + sum(lat_best)
    return mass / (len(needed) + len(lat)), mass


def _place_then_name(ar: Sequence[str], lat: Sequence[str]) -> bool:
    """Does a Latin run start with a place (a country of the table, a city known by its
    English name) that no head noun after it makes part of a longer name? Then it is a
    place and another name side by side (the ambassador in Damascus Alexander Yefimov ~
    السفير في دمشق ألكسندر يفيموف), not one name; Damascus University stays one."""
    kind = resources.places().kind(lat[0], "en")
    if not (kind and kind[0] == "LOC") and not any(
            translit.is_known_exonym(x, lat[0]) for x in ar):
        return False
    heads = cues.ORG_HEADS | cues.LOC_HEADS | cues.EVENT_HEADS
    return not any(match_key(w) in heads for w in lat[1:])


def _month(src: str, src_lang: str, tgt: str) -> bool:
    return is_month(src, tgt) if src_lang == "ar" else is_month(tgt, src)


def _acronym(word: str) -> bool:
    return len(word) >= 2 and word.replace(".", "").isupper()


def _part_of_person(a: Candidate, b: Candidate, a_lang: str, persons: frozenset[str]) -> bool:
    """Is this a one-word pair whose Latin word is part of a person named in full in
    the same text (person_parts)?"""
    lat = b if a_lang == "ar" else a
    return (len(a.words) == 1 and len(b.words) == 1
            and match_key(lat.words[0]) in persons)


def _titled(c: Candidate, lang: str) -> bool:
    """Does a span of several words start with a title (Sheikh Zayed, الشيخ زايد)? Titles
    are not part of the name in the guidelines; the title is evidence of its kind instead."""
    if len(c.words) < 2:
        return False
    key = match_key(c.words[0])
    if lang == "ar":
        return cues.arabic_bare(key) in cues.ARABIC_TITLES
    return key.rstrip(".") in cues.LATIN_TITLES


def _translatable(spans: Mapping[tuple[int, int], Candidate], text: str, lang: str,
                  other_words: Sequence[str], other_lang: str) -> set[tuple[int, int]]:
    """The spans shaped like one side of a name translated word for word (translated.py);
    Arabic ones only when each word translates some word over there (prunes most)."""
    if lang != "ar":
        # the whole capitalised run only: North Atlantic inside North Atlantic Treaty
        # Organisation is no name of its own
        runs = [(c.start, c.end) for c in candidates(text, lang)]
        return {k for k, c in spans.items()
                if translated.latin_shape(c.words, _sentence_first(text, k[0]))
                and not any(s <= k[0] and k[1] <= e and (s, e) != k for s, e in runs)}
    lat = [w for w in other_words if w[:1].isupper()]
    return {k for k, c in spans.items() if translated.arabic_shape(c.words)
            and all(any(word_similarity(w, lang, o, other_lang, True) >= 1.0 for o in lat)
                    for w in c.words)}


def _sentence_first(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?:;\"“«"


def _no_title_domains(spans: dict[tuple[int, int], Candidate], text: str, lang: str,
                      fixed: Mapping[tuple[int, int], KnownName],
                      ) -> dict[tuple[int, int], Candidate]:
    """Without the Latin spans that start in the domain of an office (Minister of
    Foreign Affairs Sergei Lavrov: Foreign Affairs names the office, complete.in_title)."""
    if lang == "ar":
        return spans
    words = text_words(text, lang)
    first = {w.start: k for k, w in enumerate(words)}
    return {k: c for k, c in spans.items()
            if k in fixed or k[0] not in first or not in_title(text, words, first[k[0]])}


def _split_name(c: Candidate, lang: str) -> bool:
    """Could this span be one side of a name written in one word on one side and two on
    the other (نيويورك ~ New York)? Such spans are kept for _whole_spelling to judge."""
    return len(c.words) <= 2 and (lang == "ar" or all(w[:1].isupper() for w in c.words))


def _whole_spelling(ar: Sequence[str], lat: Sequence[str]) -> float:
    """The spelling match of a name written in a different number of words on the two
    sides, when it is as good as project.pair_score asks of such names; else 0."""
    if len(ar) == len(lat) or not all(w[:1].isupper() for w in lat):
        return 0.0
    n_ar, n_lat = len("".join(ar)), len("".join(lat))
    if not 0.6 <= n_lat / max(n_ar, 1) <= 2.5:
        return 0.0
    from aligner.names import translit

    whole = translit.name_similarity("".join(ar), "".join(lat))
    return whole if whole >= WHOLE_SPELLING else 0.0


def _spelled(ar: str, lat: str) -> bool:
    """Is the match of these two words a spelling one (not only a table translation)?"""
    from aligner.names import translit

    if not lat[:1].isupper():
        return False
    if translit.name_similarity(ar, lat) >= 0.5:
        return True
    group = group_forms(ar, lat)  # الحوثيون ~ Houthis
    if group is None:
        return False
    forms, singular = group
    return max(translit.name_similarity(f, singular) for f in forms) >= 0.5



def suggest_bead(src_text: str, src_lang: str, tgt_text: str, tgt_lang: str, *,
                 known: Sequence[tuple[NameKey, KnownName]] = (),
                 existing_src: Sequence[Mention] = (), existing_tgt: Sequence[Mention] = (),
                 threshold: float = SUGGEST_THRESHOLD,
                 persons: frozenset[str] = frozenset(),
                 min_confidence: float = MIN_CONFIDENCE,
                 labels: Mapping[tuple[str, ...], tuple[str, float]] | None = None,
                 ) -> list[Suggestion]:
    """Suggested entities for one bead (offsets into src_text / tgt_text), those at
    `min_confidence` or above (0 for all of them, each with its confidence)."""
    blocked_src = [(m.start, m.end) for m in existing_src]
    blocked_tgt = [(m.start, m.end) for m in existing_tgt]
    fixed_src = _found(src_text, src_lang, known, blocked_src)
    fixed_tgt = _found(tgt_text, tgt_lang, known, blocked_tgt)
    cs = {(c.start, c.end): c for c in candidates(src_text, src_lang)}
    ct = {(c.start, c.end): c for c in candidates(tgt_text, tgt_lang)}
    for spans, fixed, text, lang in ((cs, fixed_src, src_text, src_lang),
                                     (ct, fixed_tgt, tgt_text, tgt_lang)):
        for k in _inside_places(list(fixed), spans, text, lang):
            del fixed[k]  # a known الولايات المتحدة inside الولايات المتحدة الأمريكية
        for (s, e) in fixed:
            spans[(s, e)] = Candidate(s, e, content_words(text, lang, s, e))
    cs = {k: c for k, c in cs.items() if not _overlaps(k, blocked_src) and c.words
          and (k in fixed_src or not _titled(c, src_lang))}
    ct = {k: c for k, c in ct.items() if not _overlaps(k, blocked_tgt) and c.words
          and (k in fixed_tgt or not _titled(c, tgt_lang))}
    cs = _no_title_domains(cs, src_text, src_lang, fixed_src)
    ct = _no_title_domains(ct, tgt_text, tgt_lang, fixed_tgt)
    cs, ct = _longest_places(cs, src_text, src_lang), _longest_places(ct, tgt_text, tgt_lang)
    # Only spans whose ends match something on the other side can pair (prunes most).
    all_t = sorted({w for c in ct.values() for w in c.words})
    all_s = sorted({w for c in cs.values() for w in c.words})
    shaped_s = _translatable(cs, src_text, src_lang, all_t, tgt_lang)
    shaped_t = _translatable(ct, tgt_text, tgt_lang, all_s, src_lang)
    p = resources.places()
    cs = {k: c for k, c in cs.items() if k in fixed_src or p.kind(src_text[k[0]:k[1]], src_lang)
          or _words_match(c, src_lang, all_t, tgt_lang) or _split_name(c, src_lang)
          or org_headed(c, src_lang) or k in shaped_s}
    ct = {k: c for k, c in ct.items() if k in fixed_tgt or p.kind(tgt_text[k[0]:k[1]], tgt_lang)
          or _words_match(c, tgt_lang, all_s, src_lang) or _split_name(c, tgt_lang)
          or org_headed(c, tgt_lang) or k in shaped_t}
    scored = []
    parts: set[tuple[tuple[int, int], tuple[int, int]]] = set()
    word_for_word: set[tuple[tuple[int, int], tuple[int, int]]] = set()  # translated names
    expanded: set[tuple[tuple[int, int], tuple[int, int]]] = set()  # acronym ~ Arabic name
    for ks, a in cs.items():
        if all(w.isdigit() for w in a.words):
            continue  # numbers and dates are not names
        for kt, b in ct.items():
            known_here = ks in fixed_src or kt in fixed_tgt
            if not known_here and _month(src_text[ks[0]:ks[1]], src_lang,
                                         tgt_text[kt[0]:kt[1]]):
                continue  # مارس ~ March is a date (the names proposals' rule, common_words)
            kind = places_match(src_text[ks[0]:ks[1]], src_lang, tgt_text[kt[0]:kt[1]], tgt_lang)
            if kind:
                score, mass = 1.0, float(len(a.words) + len(b.words))
            elif known_here:
                score = pair_score(a.words, src_lang, b.words, tgt_lang, False)
                mass = score * (len(a.words) + len(b.words))
                if score < THRESHOLD:
                    continue
            else:
                score, mass = _agreement(a, src_lang, b, tgt_lang)
                org = org_agreement(a, src_lang, b, tgt_lang)
                if org[1] > mass:  # the whole organisation name (orgnames)
                    score, mass = org
                if score < threshold and _part_of_person(a, b, src_lang, persons):
                    # Moualem after Walid al-Moualem: the text has named this person in
                    # full, so a weaker spelling of one part is enough (as for known names)
                    score = pair_score(a.words, src_lang, b.words, tgt_lang, False)
                    mass = score * (len(a.words) + len(b.words))
                    if score >= THRESHOLD:
                        parts.add((ks, kt))
                if score < threshold and ks in shaped_s and kt in shaped_t:
                    score, mass = (translated.translated_agreement(a, b, tgt_lang)
                                   if src_lang == "ar" else
                                   translated.translated_agreement(b, a, src_lang))
                    if score >= threshold:
                        word_for_word.add((ks, kt))
                if score < threshold:
                    score, mass = (translated.acronym_agreement(a, b, tgt_lang)
                                   if src_lang == "ar" else
                                   translated.acronym_agreement(b, a, src_lang))
                    if score >= threshold:
                        expanded.add((ks, kt))
                if score < threshold and (ks, kt) not in parts:
                    continue
            # Best first: known names, then the pair that matches the most words
            # (Walid al-Moualem ~ وليد المعلم before Walid ~ وليد).
            rank = mass + (10.0 if known_here else 0.0) + 0.001 * score
            # equal otherwise: the shorter Arabic span (وعانة ~ Anah: the proclitic out)
            ar_len = (ks[1] - ks[0]) if src_lang == "ar" else (kt[1] - kt[0])
            scored.append((rank - 0.00001 * ar_len, score, ks, kt))
    scored.sort(key=lambda x: (-x[0], x[2], x[3]))
    taken_s: list[tuple[int, int]] = []
    taken_t: list[tuple[int, int]] = []
    out: list[Suggestion] = []
    for _, score, ks, kt in scored:
        if _overlaps(ks, taken_s) or _overlaps(kt, taken_t):
            continue
        taken_s.append(ks)
        taken_t.append(kt)
        name = fixed_src.get(ks) or fixed_tgt.get(kt)
        s_text, t_text = src_text[ks[0]:ks[1]], tgt_text[kt[0]:kt[1]]
        lat, ar = (t_text, s_text) if src_lang == "ar" else (s_text, t_text)
        if name:
            label, sure = name.label, _ORIGIN_CONFIDENCE.get(name.origin, 0.9)
        elif (ks, kt) in expanded:
            label, sure = "ORG", 0.8  # an organisation's head noun begins the Arabic name
        elif (ks, kt) in word_for_word:
            lat_c = ct[kt] if src_lang == "ar" else cs[ks]
            label, sure = translated.label_of(lat_c.words)
        else:
            ls, as_ = evidence.sides((src_text, tgt_text), (ks, kt), (src_lang, tgt_lang))
            label, sure = evidence.label_name(ls, as_, persons)
            key = name_key(ls.name, "en")
            seen = (labels or {}).get(key.words) if key else None
            if seen and sure < MIN_CONFIDENCE:  # unsure here, sure elsewhere in the text
                label, sure = seen[0], 0.9 * seen[1]
            if (ks, kt) in parts and label == "PER":
                score = max(score, _PART_CONFIDENCE)
        src_label = fixed_src[ks].label if ks in fixed_src else label
        tgt_label = fixed_tgt[kt].label if kt in fixed_tgt else label
        if not name or ks not in fixed_src or kt not in fixed_tgt:
            # a country on one side, its adjective on the other: each side its own label
            p = resources.places()
            ks_kind, kt_kind = p.kind(s_text, src_lang), p.kind(t_text, tgt_lang)
            if ks_kind and ks not in fixed_src:
                src_label = ks_kind[0]
            if kt_kind and kt not in fixed_tgt:
                tgt_label = kt_kind[0]
        out.append(Suggestion(Mention(ks[0], ks[1], src_label), Mention(kt[0], kt[1], tgt_label),
                              label, round(score, 4), name.origin if name else "bead",
                              name.name_id if name else None,
                              round(sure if name else sure * min(1.0, score), 4)))
    for fixed, side in ((fixed_src, "src"), (fixed_tgt, "tgt")):
        taken = taken_s if side == "src" else taken_t
        for (s, e), name in fixed.items():
            if (s, e) in taken or _overlaps((s, e), taken):
                continue
            taken.append((s, e))
            m = Mention(s, e, name.label)
            out.append(Suggestion(m if side == "src" else None, m if side == "tgt" else None,
                                  name.label, 1.0, name.origin, name.name_id,
                                  _ORIGIN_CONFIDENCE.get(name.origin, 0.9)))
    for spans, text, lang, taken, blocked, side, other in (
            (cs, src_text, src_lang, taken_s, blocked_src, "src", (tgt_text, tgt_lang)),
            (ct, tgt_text, tgt_lang, taken_t, blocked_tgt, "tgt", (src_text, src_lang))):
        for (s, e), kind in places_alone(spans, text, lang, taken + blocked, other):
            m = Mention(s, e, kind)
            out.append(Suggestion(m if side == "src" else None, m if side == "tgt" else None,
                                  kind, 1.0, "places", None, PLACE_ALONE_CONFIDENCE))
        if lang != "ar":
            for s, e in persons_alone(spans, text, taken + blocked, persons):
                m = Mention(s, e, "PER")
                out.append(Suggestion(m if side == "src" else None, m if side == "tgt" else None,
                                      "PER", 1.0, "bead", None, _PART_CONFIDENCE))
    out += _acronyms(out, src_text if src_lang != "ar" else tgt_text,
                     "src" if src_lang != "ar" else "tgt",
                     (taken_s if src_lang != "ar" else taken_t)
                     + (blocked_src if src_lang != "ar" else blocked_tgt))
    out = _whole_persons(out, src_text if src_lang != "ar" else tgt_text,
                         "src" if src_lang != "ar" else "tgt",
                         blocked_src if src_lang != "ar" else blocked_tgt)
    out = _coordinated(out, src_text if src_lang != "ar" else tgt_text,
                       "src" if src_lang != "ar" else "tgt")
    out.sort(key=lambda x: (x.src.start if x.src else -1, x.tgt.start if x.tgt else -1))
    return [x for x in out if x.confidence >= min_confidence]


def _inside_places(spans: Sequence[tuple[int, int]], cands: Mapping[tuple[int, int], Candidate],
                   text: str, lang: str) -> set[tuple[int, int]]:
    """The spans that lie inside a longer place name of the table among `cands`."""
    p = resources.places()
    named = [k for k in cands if p.kind(text[k[0]:k[1]], lang)]
    return {k for k in spans for o in named if o != k and o[0] <= k[0] and k[1] <= o[1]}


def _longest_places(spans: dict[tuple[int, int], Candidate], text: str, lang: str,
                    ) -> dict[tuple[int, int], Candidate]:
    """Without the place names that lie inside a longer one (كوريا in كوريا الشمالية,
    Korea in North Korea): the guidelines tag the longest name, and the shorter one would
    pair with a mention of the undivided country elsewhere in the bead."""
    p = resources.places()
    inside = _inside_places([k for k in spans if p.kind(text[k[0]:k[1]], lang)], spans,
                            text, lang)
    return {k: c for k, c in spans.items() if k not in inside}


def _acronyms(found: list[Suggestion], latin: str, side: str,
              taken: list[tuple[int, int]]) -> list[Suggestion]:
    """The bracketed acronyms after suggested Latin names (alone.bracketed_acronym), on
    the Latin side alone, with the name's label and confidence."""
    out = []
    for sg in found:
        m = sg.src if side == "src" else sg.tgt
        k = bracketed_acronym(latin, (m.start, m.end), taken) if m is not None else None
        if m is not None and k is not None:
            a = Mention(k[0], k[1], m.label)
            out.append(Suggestion(a if side == "src" else None, a if side == "tgt" else None,
                                  m.label, sg.score, sg.origin, sg.name_id, sg.confidence))
    return out


def _coordinated(found: list[Suggestion], latin: str, side: str) -> list[Suggestion]:
    """Names listed together are of one kind (al-Qaim, Anah and Rawa): a bead-agreement
    suggestion without enough evidence takes the label of a sure neighbour in the list,
    at a confidence a little under it. Repeated so that the label runs along the list."""
    def span(sg: Suggestion) -> Mention | None:
        return sg.src if side == "src" else sg.tgt

    order = sorted((n for n, sg in enumerate(found) if span(sg) is not None),
                   key=lambda n: span(found[n]).start)  # type: ignore[union-attr]
    changed = True
    while changed:
        changed = False
        for a, b in zip(order, order[1:]):
            ma, mb = span(found[a]), span(found[b])
            assert ma is not None and mb is not None
            if not _LIST_GAP.fullmatch(latin[ma.end:mb.start]):
                continue
            for sure, unsure in ((a, b), (b, a)):
                x, y = found[sure], found[unsure]
                if (x.confidence >= MIN_CONFIDENCE and y.confidence < MIN_CONFIDENCE
                        and y.origin == "bead" and x.label in ("PER", "LOC", "ORG")):
                    conf = round(min(0.9 * x.confidence, y.score), 4)
                    if conf >= MIN_CONFIDENCE:
                        found[unsure] = _relabelled(y, x.label, conf)
                        changed = True
    return found


def _relabelled(sg: Suggestion, label: str, confidence: float) -> Suggestion:
    def relabel(m: Mention | None) -> Mention | None:
        return None if m is None else dataclasses.replace(m, label=label)

    return dataclasses.replace(sg, src=relabel(sg.src), tgt=relabel(sg.tgt), label=label,
                               confidence=confidence)


def _whole_persons(found: list[Suggestion], latin: str, side: str,
                   blocked: list[tuple[int, int]]) -> list[Suggestion]:
    """A person agreed on by one part grows to the whole Latin name (ترامب ~ Donald
    Trump, Ri Yong-ho), as projection does; never over another suggestion or entity."""
    def latin_of(sg: Suggestion) -> Mention | None:
        return sg.src if side == "src" else sg.tgt

    out = []
    for n, sg in enumerate(found):
        m = latin_of(sg)
        if m is not None and sg.label == "PER" and sg.origin == "bead":
            others = blocked + [(o.start, o.end) for k, x in enumerate(found) if k != n
                                for o in [latin_of(x)] if o is not None]
            start, end = complete_latin_person(latin, m.start, m.end, others)
            grown = Mention(start, end, m.label)
            sg = (dataclasses.replace(sg, src=grown) if side == "src"
                  else dataclasses.replace(sg, tgt=grown))
            found[n] = sg
        out.append(sg)
    return out
