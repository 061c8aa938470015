"""Organisation names agreed on as a whole: a head noun and the chain that completes it.

Arabic names an organisation by a head noun followed by a definite genitive and adjective
chain (وزارة الموارد المائية, هيئة الطاقة الذرية, مجلس الأمن الدولي); English by a
capitalised run around the same head (Ministry of Water Resources, Atomic Energy
Authority). The name tables know the heads but seldom the words of the chain, so a pair
whose heads translate each other is taken as one name when its chains agree: each chain
word matches something across (a dictionary counts here: inside an organisation's name a
common word is part of it), or is left over, and both sides leave the same number over
(a chain translated word for word). Without this the pair stops at what the tables know,
or a chain word pairs by a chance spelling (Water ~ وزارة).
"""
from __future__ import annotations

from aligner.entities import cues
from aligner.entities.project import Candidate
from aligner.entities.similarity import in_tables, word_similarity
from aligner.text.fold import match_key

# Chain words left over (matching nothing across) allowed per side: a longer unmatched
# chain is more likely two things side by side than one name.
MAX_LEFTOVER = 3
# What a left-over word pair counts for (a real match counts 1), as pair_score's leftovers.
LEFTOVER_WEIGHT = 0.5


def _arabic_head(word: str) -> bool:
    return cues.arabic_bare(match_key(word)) in cues.ARABIC_ORG_HEADS


def org_headed(c: Candidate, lang: str) -> bool:
    """Could this span be an organisation named by head and chain (see the docstring)?
    Arabic: the head first and every later word definite (the chain; a bare word that is
    a name is checked against the other side later). Latin: two words or more, a head
    among them."""
    if len(c.words) < 2:
        return False
    if lang == "ar":
        return _arabic_head(c.words[0])
    return any(match_key(w) in cues.ORG_HEADS for w in c.words)


def org_agreement(a: Candidate, a_lang: str, b: Candidate, b_lang: str) -> tuple[float, float]:
    """(mean score, matched mass) of an organisation pair whose heads translate each other
    and whose chains agree (module docstring); (0, 0) otherwise."""
    ar, lat, lat_lang = (a, b, b_lang) if a_lang == "ar" else (b, a, a_lang)
    if not (org_headed(ar, "ar") and org_headed(lat, lat_lang)):
        return 0.0, 0.0
    heads = [j for j, w in enumerate(lat.words) if match_key(w) in cues.ORG_HEADS
             and word_similarity(ar.words[0], "ar", w, lat_lang, False) > 0]
    if not heads:
        return 0.0, 0.0
    head = heads[0]
    chain = ar.words[1:]
    rest = [w for j, w in enumerate(lat.words) if j != head]
    # an acronym is read letter by letter: a weak spelling likeness does not match it
    m = [[0.0 if y.replace(".", "").isupper() and v < 1.0 else v
          for y in rest for v in [word_similarity(x, "ar", y, lat_lang, True)]] for x in chain]
    ar_best = [max(row, default=0.0) for row in m]
    lat_best = [max((m[i][j] for i in range(len(chain))), default=0.0) for j in range(len(rest))]
    # an unmatched Arabic chain word must be definite, as the chain's words are (a bare
    # one after the head is a new sentence part: وزارة الصحة يوم الاثنين)
    if any(v == 0 and not match_key(x).startswith("ال") for x, v in zip(chain, ar_best)):
        return 0.0, 0.0
    left_ar = [x for x, v in zip(chain, ar_best) if v == 0]
    left_lat = [y for y, v in zip(rest, lat_best) if v == 0]
    # English puts a qualifier before the name and Arabic an adjective after it (UN
    # Security Council ~ مجلس الأمن الدولي): a left-over first Latin word and last Arabic
    # adjective are that qualifier, a left-over pair even when the tables know them
    mirrored = (head != 0 and left_lat[:1] == [lat.words[0]] and left_ar[-1:] == [chain[-1]]
                and cues.nisba_adjective(chain[-1]))
    checked_ar, checked_lat = (left_ar[:-1], left_lat[1:]) if mirrored else (left_ar, left_lat)
    if any(in_tables(x, "ar") for x in checked_ar) or \
            any(in_tables(y, lat_lang) for y in checked_lat):
        return 0.0, 0.0
    if len(left_ar) != len(left_lat) or len(left_ar) > MAX_LEFTOVER:
        return 0.0, 0.0
    mass = 2.0 + sum(ar_best) + sum(lat_best) + 2 * LEFTOVER_WEIGHT * len(left_ar)
    n = len(ar.words) + len(lat.words)
    return mass / n, mass
