"""Observations of names in a corpus, for the register's proposals.

Two sources: entities the annotator tagged (an Arabic entity and its linked counterpart
are one name and its spelling; an Arabic entity with none is a name with no spelling
yet), and name pairs the cross-script matcher finds between the two sides of each bead
(باركر ~ Parker), runs of neighbouring pairs read as one name (أبو بكر ~ Abu Bakr), months
and nationality adjectives left out (common_words.py).
"""
from __future__ import annotations

from typing import Iterable, Iterator

from aligner.model import Bitext
from aligner.names.common_words import CommonWords
from aligner.names.translit import best_matches
from aligner.names.register import Observation
from aligner.names.variants import bare_arabic
from aligner.tasks import TaskControl
from aligner.text.tokenize import Token, is_function_word, word_tokens

ARABIC = "ar"
# Matcher pairs below this similarity are too often chance (a capitalised word that
# happens to share two consonants with an Arabic word).
MATCHER_MIN = 0.7


def _sides(bitext: Bitext) -> tuple[int, int, str] | None:
    if bitext.src_lang == ARABIC and bitext.tgt_lang != ARABIC:
        return bitext.src_doc_id, bitext.tgt_doc_id, bitext.tgt_lang
    if bitext.tgt_lang == ARABIC and bitext.src_lang != ARABIC:
        return bitext.tgt_doc_id, bitext.src_doc_id, bitext.src_lang
    return None


def _bitexts(corpus, bitext_ids: Iterable[int] | None) -> Iterator[tuple[Bitext, int, int, str]]:
    wanted = None if bitext_ids is None else set(bitext_ids)
    for b in corpus.bitexts():
        sides = _sides(b)
        if sides and (wanted is None or b.id in wanted):
            yield (b, *sides)


def entity_observations(corpus, bitext_ids: Iterable[int] | None = None) -> list[Observation]:
    """One observation per Arabic entity and counterpart: with the counterpart's text as
    the spelling (in that side's language), or alone when it has none."""
    out: list[Observation] = []
    seen: set[object] = set()
    for _, ar_doc, tgt_doc, lang in _bitexts(corpus, bitext_ids):
        texts = {s.id: s.text for d in (ar_doc, tgt_doc) for s in corpus.segments(d)}
        found = corpus.entities_of_documents([ar_doc, tgt_doc])
        by_id = {e.id: (doc, e) for doc, _, e in found}
        for doc, _, ent in found:
            if doc != ar_doc:
                continue
            # the counterpart in this bitext's language (an Arabic document shared by ar-en
            # and ar-fr has one in each: one observation per spelling); unlinked ones once
            other = next((by_id[i] for i in ent.links if i in by_id and by_id[i][0] == tgt_doc),
                         None)
            if (ent.id if other is None else (ent.id, tgt_doc)) in seen or (
                    other is None and ent.links):
                continue
            seen.add(ent.id if other is None else (ent.id, tgt_doc))
            arabic = texts[ent.segment_id][ent.start:ent.end]
            if other is not None:
                o = other[1]
                latin = texts[o.segment_id][o.start:o.end]
                out.append(Observation(arabic, latin, lang, ent.label, "entities",
                                       (ent.id, o.id), ent.name_id or o.name_id))
            else:
                out.append(Observation(arabic, "", "", ent.label, "entities", (ent.id,),
                                       ent.name_id))
    return out


# Lower-case name particles a Latin name may hold between two matched words (Abu Bakr
# bin Salim, Nour al Din).
_PARTICLES = {"bin", "ibn", "bint", "ben", "al", "el", "ad", "ed", "ould"}


def _next_to(text: str, a: Token, b: Token) -> bool:
    """Only spaces between the two tokens (no comma, no full stop)."""
    return not text[a.end:b.start].strip()


def _runs(pairs: list[tuple[int, int, float]], ar: list[Token], lat: list[Token],
          ar_text: str, lat_text: str) -> list[tuple[int, int, int, int]]:
    """Neighbouring pairs as one name: (first ar, last ar, first lat, last lat) token
    indexes. Arabic i, i+1 (the second without a proclitic: و starts a new name) with
    Latin j, j+1, or j, j+2 across a name particle (bin, al)."""
    pairs = sorted(pairs)
    runs: list[list[int]] = []
    for i, j, _ in pairs:
        last_i, last_j = (runs[-1][1], runs[-1][3]) if runs else (-2, -2)
        joins = (i == last_i + 1 and _next_to(ar_text, ar[last_i], ar[i])
                 and bare_arabic(ar[i].text) == ar[i].text)
        if joins and j == last_j + 1:
            joins = _next_to(lat_text, lat[last_j], lat[j])
        elif joins and j == last_j + 2:
            joins = (lat[j - 1].text in _PARTICLES and _next_to(lat_text, lat[last_j], lat[j - 1])
                     and _next_to(lat_text, lat[j - 1], lat[j]))
        else:
            joins = False
        if joins:
            runs[-1][1], runs[-1][3] = i, j
        else:
            runs.append([i, i, j, j])
    return [(a, b, c, d) for a, b, c, d in runs]


_ARTICLES = {"al", "el"}


def _common_word(text: str, tok: Token, lowered: set[str]) -> bool:
    """A capitalised word at a sentence start that the document also writes in lower
    case ("La", "The") is an ordinary word, not a name."""
    from aligner.names.consistency import at_sentence_start

    return at_sentence_start(text, tok.start) and tok.text.lower() in lowered


def matcher_observations(corpus, bitext_ids: Iterable[int] | None = None,
                         min_score: float = MATCHER_MIN,
                         control: TaskControl | None = None) -> list[Observation]:
    """Name pairs the cross-script matcher finds in each bead, as observations.
    `control` hears the beads read (of all the bitexts') and may cancel."""
    out: list[Observation] = []
    todo = list(_bitexts(corpus, bitext_ids))
    ordinary = CommonWords(corpus.register_entries()).ordinary  # مايو ~ May, عراقية ~ Iraqi
    total = sum(corpus.bead_count(b.id) for b, *_ in todo) if control is not None else 0
    done = 0
    for bitext, ar_doc, tgt_doc, lang in todo:
        ar_first = bitext.src_doc_id == ar_doc
        lowered = {t.text for s in corpus.segments(tgt_doc) for t in word_tokens(s.text, lang)
                   if t.kind == "word" and t.text.islower()}
        for _bead, src, tgt in corpus.iter_bead_texts(bitext.id):
            done += 1
            if control is not None and done % 250 == 0:  # a few ms of matching
                control.report(done, total)
            ar_text, lat_text = (src, tgt) if ar_first else (tgt, src)
            ar = [t for t in word_tokens(ar_text, ARABIC)
                  if t.kind == "word" and not is_function_word(t.text)]
            lat = [t for t in word_tokens(lat_text, lang) if t.kind == "word"]
            pairs = [p for p in best_matches(ar, lat) if p[2] >= min_score
                     and not _common_word(lat_text, lat[p[1]], lowered)]
            for a0, a1, l0, l1 in _runs(pairs, ar, lat, ar_text, lat_text):
                if l0 > 0 and lat[l0 - 1].text.lower() in _ARTICLES \
                        and lat[l0 - 1].end + 1 == lat[l0].start:
                    l0 -= 1  # Al Qaim: the article written as a word of its own
                arabic = bare_arabic(ar_text[ar[a0].start:ar[a1].end])
                latin = lat_text[lat[l0].start:lat[l1].end]
                if arabic and not ordinary(arabic, latin, lang):
                    out.append(Observation(arabic, latin, lang, "", "matcher"))
    return out


def register_offer(corpus, entity_id: int):
    """What tagging this entity offers for the register: a Proposal to join the entry its
    Arabic name already has (adding the linked spelling if new, and tying the entities),
    or to add a new entry; None when the entity is already tied and nothing is new.
    The entity may be on either side: the Arabic one of the pair gives the name."""
    from aligner.names.register import propose

    ent = corpus.entity(entity_id)
    pair = [ent]
    if ent.counterpart_id is not None:
        pair.append(corpus.entity(ent.counterpart_id))
    located = []
    for e in pair:
        seg = corpus.segment(e.segment_id)
        located.append((corpus.document(seg.doc_id).lang, seg.text[e.start:e.end], e))
    arabic = next(((t, e) for lang, t, e in located if lang == ARABIC), None)
    if arabic is None:
        return None
    latin = next(((lang, t, e) for lang, t, e in located if lang != ARABIC), None)
    ids = tuple(e.id for _, _, e in located if e.id is not None)
    name_id = next((e.name_id for _, _, e in located if e.name_id is not None), None)
    obs = Observation(arabic[0], latin[1] if latin else "", latin[0] if latin else "",
                      ent.label, "entities", ids, name_id)
    found = propose([obs], corpus.register_entries())
    return found[0] if found else None
