"""Word tokens with exact code-point offsets and Arabic clitic splitting.

Matching keys and character classes live in `aligner.text.fold`.

Why our own: the aligner needs words and numbers it can compare across languages, and the
CoNLL/NER export needs Arabic proclitics split off (spaCy's blank Arabic tokenizer keeps
والقائم as one token, so an entity "القائم" would be lost). Every token keeps offsets into
the text it came from, so a tag on a token maps back to the document exactly.

Clitic convention (`clitic_tokens`): the Penn Arabic Treebank / ANERcorp-style scheme used
by Arabic NER corpora: the conjunctions و ف and the prepositions ب ل ك become their own
tokens, the article ال stays on its word (والقائم -> و + القائم), because NER corpora tag
"القائم" / "العراق" with the article inside the entity. `split_article=True` also splits ال
off for tools that want it. A token's text is always the source slice text[start:end]; in
ل + ال (للعراق) the article's alef is not written, so the pieces are ل + لعراق (use
`stem_candidates` to get the dictionary form العراق back).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from aligner.text.fold import (
    APOSTROPHES,
    ARABIC_DIACRITICS,
    ARABIC_LETTER_RE,
    ARABIC_MARKS_CLASS,
    CONJUNCTIONS,
    FR_ELISION_RE,
    FUNCTION_WORDS,
    PREPOSITIONS,
    TATWEEL,
)


@dataclass(frozen=True)
class Token:
    """A token: half-open code-point offsets [start, end) into the text, and that slice.

    `kind` is "word", "num", "punct" or "clitic" (a split-off Arabic proclitic or article).
    """

    start: int
    end: int
    text: str
    kind: str = "word"


# Latin combining accents, Arabic diacritics and tatweel sit inside words, never break them.
_MARKS = "\u0300-\u036F" + ARABIC_MARKS_CLASS
_APOS = APOSTROPHES
_LETTER = rf"(?:[^\W\d_]|[{_MARKS}])"
# Numbers: digits of any script (re's \d is Unicode), with inner . , : / and the Arabic
# decimal/thousands separators kept whole: 2020.03.20, 12:28, 3.5, 1,000, ١٨, ٣٫٥.
_NUMBER = r"\d+(?:[.,:/\u066B\u066C]\d+)*"
# Words: letters, with inner apostrophes (Dā‘iš, al-Qā’im, O'Brien) and hyphens
# (al-Qaim, Saint-Denis) kept: NER corpora keep these as one token.
_WORD = rf"{_LETTER}+(?:[{_APOS}\-]{_LETTER}+)*"
_TOKEN_RE = re.compile(rf"(?P<num>{_NUMBER}(?:{_LETTER}+)?)|(?P<word>{_WORD})|(?P<punct>\S)")

# English possessive and negation split as in the Penn Treebank: Iraq's -> Iraq + 's.
_EN_SUFFIX = re.compile(rf"(?:[{_APOS}]s|n[{_APOS}]t)$", re.IGNORECASE)


def word_tokens(text: str, lang: str) -> list[Token]:
    """Words, numbers and punctuation of `text`, each a Token with exact offsets.

    Punctuation marks are one token each. French elided articles/pronouns are split off
    (d’Irak -> d’ + Irak), English 's / n't too; Latin words keep inner hyphens
    (al-Qaim), Arabic words joined by hyphens are split. Arabic words keep their
    proclitics (see `clitic_tokens`).
    """
    lang = (lang or "").lower()[:2]
    out: list[Token] = []
    for m in _TOKEN_RE.finditer(text):
        start, end = m.span()
        kind = m.lastgroup or "punct"
        piece = m.group()
        if kind == "word" and lang == "fr":
            # A word may hold several elisions in a row only in theory; one is enough.
            # French elision: l’armée -> l’ + armée; d’Irak -> d’ + Irak.
            e = FR_ELISION_RE.match(piece)
            if e and e.end() < len(piece):
                cut = start + e.end()
                out.append(Token(start, cut, text[start:cut], "word"))
                start = cut
                piece = text[start:end]
        elif kind == "word" and lang == "en":
            e = _EN_SUFFIX.search(piece)
            if e and e.start() > 0:
                cut = start + e.start()
                out.append(Token(start, cut, text[start:cut], "word"))
                out.append(Token(cut, end, text[cut:end], "word"))
                continue
        if kind == "word" and "-" in piece and ARABIC_LETTER_RE.search(piece):
            # Arabic does not join words with hyphens (al-Qaim does); a hyphen between
            # Arabic words is a separator (web-page slugs: القوات-الأمريكية).
            pos = start
            for part in piece.split("-"):
                if pos > start:
                    out.append(Token(pos - 1, pos, "-", "punct"))
                out.append(Token(pos, pos + len(part), part, "word"))
                pos += len(part) + 1
            continue
        out.append(Token(start, end, piece, kind))
    return out


# ---------------------------------------------------------------------------------------
# Arabic proclitics

_MARK_SET = ARABIC_DIACRITICS | {TATWEEL}
_CONJ = CONJUNCTIONS
_PREP = PREPOSITIONS
# Function words that may follow a proclitic (وفي، ومن، فإن، وهو، لما...): the remainder is
# short but certainly a word of its own.
_FUNCTION = FUNCTION_WORDS["ar"]



def is_function_word(word: str) -> bool:
    """Is this Arabic word (diacritics aside) a preposition, pronoun, particle or other
    function word (في، إلى، هو...), never a name?"""
    return "".join(ch for ch in word if ch not in _MARK_SET) in _FUNCTION


# Common words and names that merely start with و ف ب ل ك: never split. Checked on the
# word itself and on the word minus a common suffix (وزيرة، وزراء، بغدادي...).
_KEEP = set(
    # و
    "وزير وزيرة وزراء وزارة وزارات وقت أوقات وضع وصل وصول وجه وجود وفد وفود ولد أولاد "
    "وحدة وحدات وطن وطني وطنية وسط وقع وقائع وكالة وكالات ورقة وثيقة وثائق وعد وافق "
    "موافقة واجه ولاية ولايات واشنطن وليد وائل وادي واقع واضح واسع وراء وفاة وقف وصف "
    "وسيلة وسائل وظيفة وظائف وفق وهاب وحيد وجيه وسام وديع ورد وردة وزن ولي والي والد "
    "والدة والدي والده والدها والدين والدته وقود وكيل وكلاء واحد واحدة وارد واردات "
    "وعي وقاية وقائي ولادة وداع ورشة وزن وباء وفير وفرة ولاء وتيرة ورق وجبة وحش "
    # ف
    "فرنسا فرنسي فرنسية فلسطين فلسطيني فلسطينية فريق فرصة فرص فترة فكرة أفكار فعل "
    "فقط فوق فيلم أفلام فندق فصل فرع فتح فتاة فتى فقر فقير فن فنان فنون فيروس فيينا "
    "فيتنام فنزويلا فنلندا فلوريدا فرانكفورت فيصل فاطمة فؤاد فهد فارس فراس فريد فالح "
    "فضل فضيلة فئة فئات فوز فائز فساد فشل فرض فرق فيضان فيدرالي فيديو فبراير "
    # ب
    "بين بعد بعض بيت بيوت بلد بلاد بلدان بلدة بلدية بدء بداية بحث بحوث برنامج برامج "
    "بيان بيانات بنك بنوك بحر بحار بحرية باب أبواب بطل أبطال بقي بدأ بلغ بناء بنى "
    "برلمان بريطانيا بريطاني بريطانية بغداد بيروت باريس برلين باكستان بلجيكا بولندا "
    "بوتين بوش بايدن بلير بنغازي بنت بحيرة بشر بقاء بيع بئر بريد بروكسل بكين براغ "
    "بودابست بخاري بكر بلال باسم بشار بشير بدر بسام باسل بهاء بغدادي البرازيل برازيل "
    "بلغاريا بورما بنغلاديش بنما بوليفيا بيرو بورصة بضع بضعة بعيد بعيدة باقي بال "
    "بالغ بالغة بوابة بيئة بطولة بطاقة بطالة بترول برج بريق بعثة بلاغ بدوي بدون "
    "بيل باراك بيتر بول بيير بنيامين بانكوك باماكو بكين بيونغ ابن بن "
    # ل
    "لبنان لبناني لبنانية ليبيا ليبي ليبية لندن لكن لدى لقد لماذا ليس ليست لم لن لا "
    "لقاء لقاءات لجنة لجان لغة لغات لون ألوان لحظة لحم لعب لعبة لقب ليلة ليال لواء "
    "لاعب لاعبين لوس لاهاي لشبونة لوكسمبورغ لويس ليلى لينين لافروف لحية لوحة لائحة "
    "لازم ليون لوران لورانس ليبرالي لاجئ لاجئين لاجئون لجوء لهجة لطيف لطفي لؤي لوبي "
    "لقطة لياقة ليبيريا ليتوانيا لاتفيا لاوس لوزان لانغ لويد لوكاس ليفانت لوجستي "
    # ك
    "كان كانت كانوا كل كلمة كلمات كبير كبيرة كبار كثير كثيرة كتاب كتب كلية كرة كيف كما "
    "كذلك كركوك كندا كندي كوريا كوبا كينيا كابل كلينتون كيري كاليفورنيا كولومبيا "
    "كرواتيا كمبوديا كوسوفو كريم كمال كامل كاتب كلب كهرباء كمية كفاءة كشف كسر كرسي "
    "كويت الكويت كردستان كردي كرد أكراد كنيسة كأس كلام كمين كتيبة كارثة كبرى "
    # foreign first names that start with these letters
    "ويليام وليام ويلسون ولسون والتر فيكتور فيليب فرانك فلاديمير فرانسوا فريدريك "
    "بيرني بروس براون برنارد بنجامين لورا ليو لوك لوسي كارل كريس كريستوفر كيفن "
    "كاترين كارلوس لويجي ويل فيل".split()
)
_SUFFIXES = sorted(
    "ة ات ان ين ون ي ية يين يون ه ها هم هما هن ك كم كما نا ا ت تها ته تهم ني".split(),
    key=len,
    reverse=True,
)


# the suffixes by length: a word's ending of each length is looked up, not every suffix
# tried in turn (stem_candidates asks this tens of thousands of times per text)
_SUFFIXES_BY_LEN = tuple((n, frozenset(s for s in _SUFFIXES if len(s) == n))
                         for n in sorted({len(s) for s in _SUFFIXES}))


def _known(word: str, vocab: set[str]) -> bool:
    """Is `word` (or `word` minus a common suffix) in `vocab`?"""
    if word in vocab:
        return True
    for n, sufs in _SUFFIXES_BY_LEN:
        if len(word) - n >= 2 and word[-n:] in sufs and word[:-n] in vocab:
            return True
    return False


def _rest_is_word(rest: str, prefix: str) -> bool:
    """May `rest` stand on its own after the proclitic `prefix` was taken off?"""
    if len(rest) < 2:
        return False
    if rest.startswith("ال") and len(rest) >= 4:
        return True  # prefix + article + >=2 letters: the article marks the boundary
    if prefix == "ل" and rest.startswith("ل") and len(rest) >= 3:
        return True  # لل = ل + ال whose alef is not written (للعراق)
    if rest in _FUNCTION or _known(rest, _KEEP):
        return True  # a known word or name follows (وفي، وبغداد، لفرنسا)
    if rest[0] in "أإآ":
        return True  # a hamza never follows ب ل ك ف inside a word: بأن، لأن، كإجراء، فإن
    if rest[0] == "ا" and not (rest[2:3] == "ت" or rest.startswith(("است", "ان"))):
        # After ب ل, a bare alef starts a derived verbal noun (باستخدام، بانتظار); otherwise
        # it is the long vowel of a name (باركر، بافاريا، لاغوس). After the conjunction و
        # a word is far more likely (واعتبر، وابقاء، واخرين) than a name in وا-.
        return prefix == "و" and len(rest) >= 4
    # Otherwise only the frequent, productive ones split, and only before >= 3 letters:
    # ف and ك before an unknown word are too often part of it (فقط، كبير).
    return prefix in "وبل" and len(rest) >= 3


def _split_skeleton(skel: str, split_article: bool) -> list[int]:
    """Cut points (indices into the undiacritised letters `skel`) between clitics."""
    cuts: list[int] = []
    pos = 0
    if _known(skel, _KEEP) or skel in _FUNCTION:
        return cuts
    # One conjunction, then one preposition (وبالتالي = و + ب + التالي).
    for group in (_CONJ, _PREP):
        if pos < len(skel) and skel[pos] in group:
            rest = skel[pos + 1 :]
            if _known(rest, _KEEP) and not rest.startswith("ال"):
                # وبغداد: the rest is a known word; take the prefix and stop there.
                cuts.append(pos + 1)
                return cuts
            if _rest_is_word(rest, skel[pos]) and not _known(skel[pos:], _KEEP):
                pos += 1
                cuts.append(pos)
    if split_article:
        rest = skel[pos:]
        if rest.startswith("ال") and len(rest) >= 4 and rest not in _FUNCTION:
            cuts.append(pos + 2)
    return cuts


def clitic_tokens(text: str, *, split_article: bool = False) -> list[Token]:
    """Arabic tokens with the proclitics و ف ب ل ك split off (ال too if `split_article`).

    Offsets are exact code points into `text`; a diacritic on a proclitic (وَ) stays with it.
    Words that merely start with these letters (وزير، بغداد، فرنسا، لبنان، كركوك) stay whole.
    """
    out: list[Token] = []
    for tok in word_tokens(text, "ar"):
        if tok.kind != "word" or not ARABIC_LETTER_RE.match(tok.text):
            out.append(tok)
            continue
        # Work on the letters alone; remember where each letter sits in the token.
        letter_pos = [i for i, ch in enumerate(tok.text) if ch not in _MARK_SET]
        skel = "".join(tok.text[i] for i in letter_pos)
        cuts = _split_skeleton(skel, split_article)
        if not cuts:
            out.append(tok)
            continue
        begin = 0  # offset inside tok.text
        for c in cuts:
            stop = letter_pos[c]  # marks after a clitic letter belong to the clitic
            out.append(Token(tok.start + begin, tok.start + stop, tok.text[begin:stop], "clitic"))
            begin = stop
        out.append(Token(tok.start + begin, tok.end, tok.text[begin:], "word"))
    return out


def stem_candidates(word: str) -> list[str]:
    """Forms of an Arabic word to look up: itself, then without proclitics (and article).

    للعراق -> [للعراق, العراق, عراق]; والقائم -> [والقائم, القائم, قائم]. Diacritics are
    removed. Used for dictionary lookups, where a word without its clitics is what is listed.
    """
    skel = "".join(ch for ch in word if ch not in _MARK_SET)
    out = [skel]
    cuts = _split_skeleton(skel, split_article=True)
    for c in cuts:
        rest = skel[c:]
        if rest.startswith("ل") and skel[:c].endswith("ل") and not rest.startswith("ال"):
            rest = "ا" + rest  # للعراق: restore the unwritten alef of the article
            if rest not in out:
                out.append(rest)
            rest = rest[2:]
        if rest not in out:
            out.append(rest)
    # Also the article alone (القائم -> قائم), when the clitic split kept it.
    last = out[-1]
    if last.startswith("ال") and len(last) >= 4 and last[2:] not in out:
        out.append(last[2:])
    return out


# Suffixes a light stemmer takes off an Arabic word before a dictionary look-up (pronouns,
# number and gender endings), shortest first (the longer the stem, the surer); and the ending a stem takes back when the
# suffix replaced a feminine ة (قاعدتين -> قاعدة, ساعات -> ساعة) or a nisba's ي (أجنبية ->
# أجنبي). After Larkey's light stemmers; dictionaries list the bare form.
_LIGHT_SUFFIXES = sorted(
    "ها هم هما هن كم كن كما نا ه ك ي ات ون ين ان تين تان ية يين يتين ة ت".split(),
    key=len)
_IMPERFECT = "يتنأ"


def light_stems(word: str) -> list[str]:
    """Forms of an Arabic word without its proclitics, suffixes and future prefix, to look
    up when the word as written is not listed: أعلنت -> أعلن, قواتها -> قوات, صاروخي ->
    صاروخ, ستنسحب -> تنسحب, أجنبية -> أجنبي. Stems keep at least three letters."""
    base = stem_candidates(word)[-1]
    if base.startswith("ال") and len(base) >= 5:
        base = base[2:]
    out: list[str] = []

    def add(form: str) -> None:
        if len(form) >= 3 and form != word and form not in out:
            out.append(form)

    starts = [base]
    if len(base) >= 5 and base[0] == "س" and base[1] in _IMPERFECT:
        starts.append(base[1:])  # سيعلن -> يعلن (the future's sa-)
        add(base[1:])
    for stem in starts:
        for suf in _LIGHT_SUFFIXES:
            if stem.endswith(suf) and len(stem) - len(suf) >= 3:
                bare = stem[: -len(suf)]
                if suf in ("ات", "تين", "تان", "ت"):
                    add(bare + "ة")
                if suf in ("ية", "يين", "يتين"):
                    add(bare + "ي")
                add(bare)
    return out
