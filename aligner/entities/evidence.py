"""The label of a suggested name from the evidence around it, with how sure that is.

A name both sides of a bead agree on says nothing yet about its kind. Evidence, each with
a weight (how often it is right in general, not fitted to any text):
- the place table: a country, a people or a nationality, on either side;
- head words inside the name: Ministry, Army, Party, وزارة, جيش (ORG); City, River, مدينة,
  نهر (LOC); ibn, abu, ابن, أبو (PER, genealogical names);
- the words just before it: a title or honorific (President, Imam, الإمام, الشيخ: PER; also
  before given names the other side leaves out: President Donald Trump ~ ترامب), a noun
  that introduces an organisation (تنظيم القاعدة, and after it: the Hamas movement: ORG), a
  noun that introduces a place (the city of, مدينة: LOC), a place preposition (in, near:
  LOC, weaker); and just after it: a verb of speech (said, told: PER), an Arabic blessing
  that follows a person (عليه السلام, رضي الله عنه: PER);
- the persons named in full elsewhere in the text (Bashar al-Assad, then Assad: PER);
- the shape of the name: an all-capital Latin word (ORG), an Arabic nisba in the plural or
  feminine with a Latin -ian/-ese/-ish/-s (a people or group: MISC), a masculine nisba alone
  (a family name: PER), a lower-case syllable after a hyphen (Kim Jong-un: PER).
The label is the one with the most weight; the confidence is its share of all the weight,
lowered when little evidence speaks at all. Without evidence the guess is kept (PER for
several words, LOC for one) but with a confidence below the default threshold.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from aligner.entities import cues, resources
from aligner.entities.complete import in_title
from aligner.entities.similarity import is_content
from aligner.entities.words import adjacent, text_words
from aligner.names import translit
from aligner.text.fold import match_key

# How much evidence makes a label sure (a sum of weights at or above this gives full trust).
SURE = 0.8
# The confidence of a bare guess (no evidence at all): under suggest.MIN_CONFIDENCE.
GUESS = 0.3

_SPEECH_VERBS = frozenset(match_key(w) for w in """said says told asked replied wrote added
    answered stated explained insisted recalled urged warned dit déclare déclara répondit
    ajouta écrivit""".split())
_ARABIC_SPEECH = frozenset(match_key(w) for w in "قال وقال فقال يقول أضاف صرح كتب سأل أجاب".split())
# Blessings written after a person's name in Arabic (classical and religious texts).
_BLESSINGS = tuple(tuple(match_key(w) for w in b.split()) for b in (
    "عليه السلام", "عليها السلام", "عليهم السلام", "رضي الله", "رحمه الله", "رحمها الله",
    "صلى الله", "قدس سره", "كرم الله"))
_STRONG_PLACE_PREPS = frozenset(match_key(w) for w in
                                "in at near into inside outside across towards dans près".split())
_PEOPLE_ENDINGS = ("ian", "ians", "ese", "ish", "ans", "ites", "ids", "ads")
_NAME_PARTICLES = frozenset("al el de da di du van von der bin ibn bint".split())
_AR_PLURAL_NISBA = tuple(match_key(e) for e in ("يون", "يين"))
_AR_GROUP_ENDINGS = tuple(match_key(e) for e in ("ية", "يون", "يين", "يان"))


@dataclass(frozen=True)
class Side:
    """A name in its sentence: the text, [start, end) and language."""

    text: str
    start: int
    end: int
    lang: str

    @property
    def name(self) -> str:
        return self.text[self.start:self.end]


def _latin_before(side: Side, n: int) -> list[str]:
    ws = text_words(side.text[:side.start], side.lang)
    gap = side.text[ws[-1].end:side.start] if ws else ""
    if any(ch in ",.;:!?()" for ch in gap):
        return []
    return [w.key for w in ws[-n:]]


def _latin_after(side: Side) -> str:
    rest = side.text[side.end:]
    ws = text_words(rest, side.lang)
    if not ws or rest[:ws[0].start].strip():
        return ""
    return ws[0].key


def _arabic_before(side: Side, n: int) -> list[str]:
    ws = text_words(side.text[:side.start], "ar")
    gap = side.text[ws[-1].end:side.start] if ws else ""
    if any(ch in "،,.;:!?()؛" for ch in gap):
        return []
    return [cues.arabic_bare(w.key) for w in ws[-n:]]


def _titled_run(side: Side) -> bool:
    """Is the name the end of a capitalised run that a title starts (President Donald
    Trump, where the other side names him Trump alone)? The given names between are
    skipped (two at most); the title itself is handled by the word just before."""
    ws = text_words(side.text[:side.start], side.lang)
    if not ws or side.text[ws[-1].end:side.start].strip():
        return False
    k, skipped = len(ws) - 1, 0
    while k >= 0 and skipped < 2 and side.text[ws[k].start].isupper() \
            and not cues.is_latin_title(side.text[ws[k].start:ws[k].end]) \
            and (k == len(ws) - 1 or adjacent(side.text, ws[k], ws[k + 1])):
        k -= 1
        skipped += 1
    if skipped > 0 and in_title(side.text, ws, k + 1):
        return True  # Secretary of State Mike Pompeo ~ بومبيو
    return (skipped > 0 and k >= 0 and adjacent(side.text, ws[k], ws[k + 1])
            and side.text[ws[k].start].isupper()
            and cues.is_latin_title(side.text[ws[k].start:ws[k].end]))


def _syllable_name(name: str) -> bool:
    """A romanised East Asian personal name: several words, a lower-case syllable after a
    hyphen that is no particle or English word part (Kim Jong-un, Moon Jae-in; not
    Stratford-upon-Avon, Moscow-led)."""
    words = name.split()
    if len(words) < 2:
        return False
    tails = [p for w in words[1:] for p in w.split("-")[1:]]
    return any(p[:1].islower() and len(p) <= 4 and is_content(match_key(p), "en")
               and match_key(p) not in _NAME_PARTICLES and not p.endswith(("ed", "ing"))
               for p in tails)


def _arabic_word_before(side: Side) -> set[str]:
    """The word just before an Arabic name, bare, with and without a proclitic
    (بتنظيم -> تنظيم), unless punctuation stands between."""
    ws = text_words(side.text[:side.start], "ar")
    if not ws or any(ch in "،,.;:!?()؛" for ch in side.text[ws[-1].end:side.start]):
        return set()
    key = ws[-1].key
    out = {cues.arabic_bare(key)}
    for lead in ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل"):
        if key.startswith(lead) and len(key) - len(lead) >= 3:
            out.add(cues.arabic_bare(key[len(lead):]))
    return out


def _arabic_after(side: Side, n: int) -> tuple[str, ...]:
    return tuple(w.key for w in text_words(side.text[side.end:], "ar")[:n])


def _after_motion(before: list[str], verbs: frozenset[str], preps: frozenset[str]) -> bool:
    """Does the name follow a verb of going, directly or after one preposition?"""
    if before and before[-1] in verbs:
        return True
    return len(before) == 2 and before[-1] in preps and before[0] in verbs


def _verb_stem(key: str) -> str:
    """An Arabic verb without a conjunction in front and the feminine or plural ending
    (وخرج، فسار، خرجت، وصلوا -> خرج، سار، خرج، وصل), to compare with the list."""
    for lead in ("و", "ف"):
        if key.startswith(lead) and len(key) > 3:
            key = key[1:]
            break
    for end in ("وا", "ت"):
        if key.endswith(end) and len(key) - len(end) >= 3:
            return key[: -len(end)]
    return key


def votes(latin: Side, arabic: Side, persons: frozenset[str] = frozenset()) -> dict[str, float]:
    """Weight of evidence per label for a name written `latin` and `arabic`."""
    v: dict[str, float] = {}

    def add(label: str, weight: float) -> None:
        v[label] = v.get(label, 0.0) + weight

    p = resources.places()
    kinds = [p.kind(side.name, side.lang) for side in (latin, arabic) if side.name]
    if any(kinds):
        # a country or people on either side: each side takes its own kind (US ~
        # الأمريكية), so the pair is sure whatever the other says
        for kind in kinds:
            if kind:
                add(kind[0], 1.0)
        return v
    acronym = latin.name.replace(".", "").isupper() and len(latin.name) >= 2
    if translit.is_known_exonym(arabic.name, latin.name) and not acronym:
        add("LOC", 0.9)  # دمشق ~ Damascus: a place known by another name in the West
    lat_words = [k for w in latin.name.replace("-", " ").split()
                 for k in [match_key(w)] if k not in ("al", "el", "the")]
    # a lower-case particle inside (al-, de, van, bin): the shape of a person's name
    has_article = len(lat_words) > 1 and any(
        w[:1].islower() and match_key(w) in _NAME_PARTICLES
        for w in latin.name.replace("-", " ").split()[1:])
    ar_words = [cues.arabic_bare(w.key) for w in text_words(arabic.name, "ar")]
    several = len(lat_words) > 1
    if any(w in cues.ORG_HEADS for w in lat_words) and several:
        add("ORG", 0.9)
    if ar_words and ar_words[0] in cues.ARABIC_ORG_HEADS and len(ar_words) > 1:
        add("ORG", 0.9)
    if any(w in cues.LOC_HEADS for w in lat_words) and several:
        add("LOC", 0.8)
    if ar_words and ar_words[0] in cues.ARABIC_LOC_HEADS and len(ar_words) > 1:
        add("LOC", 0.8)
    if any(w in cues.EVENT_HEADS for w in lat_words) and several or \
            (ar_words and ar_words[0] in cues.ARABIC_EVENT_HEADS and len(ar_words) > 1):
        add("MISC", 0.8)
    if any(w in cues.LATIN_NAME_PARTS for w in lat_words[:-1]) or \
            any(w in cues.ARABIC_NAME_PARTS for w in ar_words[:-1]):
        add("PER", 0.8)
    name = latin.name.replace("-", "").replace(".", "")
    if name.isupper() and len(name) >= 2 and not p.kind(latin.name, latin.lang):
        add("ORG", 0.7)
    # Words around the name.
    before = _latin_before(latin, 2)
    if before and before[-1].rstrip(".") in cues.LATIN_TITLES:
        add("PER", 0.9)
    if len(before) == 2 and before[-1] in ("of", "de", "d") and \
            before[0] in cues.LATIN_PLACE_NOUNS:
        add("LOC", 0.9)
    elif len(before) == 2 and before[-1] in ("of", "de", "d") and before[0] in cues.LATIN_KIN:
        add("PER", 0.8)
    elif before and before[-1] in _STRONG_PLACE_PREPS:
        add("LOC", 0.5)
    if _after_motion(before, cues.LATIN_MOTION, cues.LATIN_MOTION_PREPS):
        add("LOC", 0.5)  # reached Mosul, left Kufa for Baghdad
    if before and before[-1].rstrip(".") not in cues.LATIN_TITLES and _titled_run(latin):
        add("PER", 0.8)  # President Donald Trump ~ ترامب
    after_word = _latin_after(latin)
    if after_word in cues.LATIN_ORG_TAILS and latin.text[latin.end:].lstrip()[:1].islower():
        add("ORG", 0.6)  # the Hamas movement
    if _arabic_word_before(arabic) & cues.ARABIC_ORG_INTROS:
        add("ORG", 0.6)  # تنظيم القاعدة, حركة حماس
    if _syllable_name(latin.name):
        add("PER", 0.3)
    # English writes no article before a person's name: after "the" (the Kremlin said,
    # the New York Times) neither the verb of speech nor the shape says person.
    the = bool(before) and before[-1] == "the"
    if after_word in _SPEECH_VERBS and not the:
        add("PER", 0.3)  # weak: Seoul said, the ministry said
    ar_before = _arabic_before(arabic, 3)
    if ar_before and ar_before[-1] in cues.ARABIC_PLACE_NOUNS:
        add("LOC", 0.8)
    elif ar_before and (ar_before[-1] in cues.ARABIC_TITLES or (
            len(ar_before) >= 2 and ar_before[-2] in cues.ARABIC_TITLES
            and is_content(ar_before[-1], "ar"))):  # الإمام العادل X; not الوالي إلى X
        add("PER", 0.6)  # VSO: a title may be the subject before an object place
    ar_motion = [_verb_stem(w) for w in _arabic_before(arabic, 3)]
    if len(ar_motion) >= 2 and ar_motion[-1] in cues.ARABIC_MOTION_PREPS \
            and any(w in cues.ARABIC_MOTION for w in ar_motion[:-1]):
        # خرج إلى بغداد, رحل الوالي إلى سامراء (verb, subject, preposition); not خرج أبو
        # جعفر: after the verb a bare name is as often its subject as the place
        add("LOC", 0.5)
    if ar_before and ar_before[-1] == "في":
        add("LOC", 0.5)  # في إدلب (a person is seldom "in")
    if ar_before and ar_before[-1] in _ARABIC_SPEECH and not the:
        add("PER", 0.5)  # قال هارون: the masculine verb (a country takes قالت)
    after = _arabic_after(arabic, 2)
    if any(after[:len(b)] == b for b in _BLESSINGS):
        add("PER", 0.9)
    if len(lat_words) == 1 and lat_words[0] in persons:
        add("PER", 0.8)
    # The shape of the name.
    ar_key = match_key(arabic.name)
    if len(lat_words) == 1 and ar_key.endswith(_AR_PLURAL_NISBA) and lat_words[0].endswith("s"):
        add("MISC", 0.7)  # الحوثيون ~ Houthis: a people or a group, in the plural
    elif len(lat_words) == 1 and ar_key.endswith(_AR_GROUP_ENDINGS) and \
            lat_words[0].endswith(_PEOPLE_ENDINGS):
        add("MISC", 0.6)
    elif len(ar_words) == 1 and ar_key.startswith("ال") and ar_key.endswith("ي"):
        add("PER", 0.4)  # الحديثي al-Hadithi: a family name
    if several and not the and not any(w in cues.LOC_HEADS | cues.ORG_HEADS
                                       | cues.EVENT_HEADS for w in lat_words):
        # several name words, none a head noun: most often a person, the more so with an
        # article inside (Muhammad al-Mahdi: a byname after the given name)
        add("PER", 0.6 if has_article else 0.4)
    return v


def decide(v: dict[str, float], n_words: int) -> tuple[str, float]:
    """(label, confidence in [0, 1]) from the votes; ties break by label name."""
    if not v:
        return ("PER" if n_words > 1 else "LOC"), GUESS
    label, top = sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    share = top / sum(v.values())
    return label, round(share * min(1.0, top / SURE), 4)


def label_name(latin: Side, arabic: Side, persons: frozenset[str] = frozenset(),
               ) -> tuple[str, float]:
    """The label of a name both sides agree on and the confidence in it."""
    p = resources.places()
    kinds = [k for side in (latin, arabic) if side.name for k in [p.kind(side.name, side.lang)]
             if k]
    if kinds:  # the table decides, each side its own kind (the caller relabels a side)
        return kinds[0][0], 1.0
    return decide(votes(latin, arabic, persons), len(latin.name.split()))


def sides(texts: Sequence[str], spans: Sequence[tuple[int, int]], langs: Sequence[str]
          ) -> tuple[Side, Side]:
    """(latin, arabic) Sides of a pair of spans given in either order."""
    a, b = (Side(t, s, e, lang) for t, (s, e), lang in zip(texts, spans, langs))
    return (b, a) if a.lang == "ar" else (a, b)
