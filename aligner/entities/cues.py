"""Words around and inside a name that say what kind of name it is, in Arabic, English and
French: titles and honorifics before a person, the words of genealogical names (ibn, abu,
ابن, أبو), head nouns of organisations and places, the nouns that introduce a place (the
city of, مدينة), and the prepositions places follow.

General vocabulary of the languages, written for Dragoman (not taken from any corpus).
Keys are `aligner.text.fold.match_key` forms, so they compare with folded words; Arabic
entries are written bare (the article is stripped before lookup).
"""
from __future__ import annotations

from functools import lru_cache

from aligner.text.fold import match_key


def _keys(text: str) -> frozenset[str]:
    return frozenset(match_key(w) for w in text.split())


# Titles, ranks, offices and honorifics written just before a person's name.
LATIN_TITLES = _keys("""mr mrs ms miss dr prof sir dame lord lady president vice minister
    premier chancellor king queen prince princess crown emperor empress tsar czar shah pope
    cardinal bishop archbishop patriarch rabbi reverend father saint sheikh shaikh imam
    ayatollah mullah caliph sultan emir amir vizier pasha khan general colonel lieutenant
    major captain commander admiral marshal sergeant brigadier governor mayor senator
    ambassador secretary chairman chairwoman director chief judge justice spokesman
    spokeswoman spokesperson prophet apostle engineer doctor professor officer
    m mme mlle monsieur madame docteur président ministre roi reine prince princesse
    empereur pape cardinal évêque cheikh calife sultan émir vizir général colonel capitaine
    commandant gouverneur maire sénateur ambassadeur secrétaire directeur chef juge
    porte-parole prophète ingénieur professeur""")
ARABIC_TITLES = _keys("""رئيس ملك ملكة أمير أميرة شيخ إمام خليفة سلطان وزير سيد سيدة
    دكتور قائد جنرال عقيد عميد رائد نقيب مستشار حاكم والي قاضي نبي بابا قديس أستاذ مهندس
    مشير زعيم شاه قيصر إمبراطور بطريرك مطران حاجب فقيه شاعر خطيب""")
# Words of a genealogical name: only persons have them (Ibn Sina, ابن سينا, Abu Bakr).
LATIN_NAME_PARTS = _keys("ibn bin bint ben abu abou abd abdul abdel umm")
ARABIC_NAME_PARTS = _keys("ابن بن بنت أبو أبي أبا عبد أم")
# Head nouns of organisations (the Syrian Army, Ministry of Defence) and of places.
ORG_HEADS = _keys("""army forces force coalition union nations council assembly ministry
    party front movement organization organisation agency company corporation bank university
    league committee commission court parliament congress government news radio television tv
    institute foundation group brigade battalion division club team police guard senate
    association society authority office bureau centre center federation alliance
    department directorate administration commission academy network fund
    armée coalition union conseil assemblée ministère parti front mouvement organisation
    agence société banque université ligue comité commission cour parlement gouvernement
    institut fondation groupe brigade police garde sénat département direction
    administration académie réseau fonds""")
LOC_HEADS = _keys("""city base river sea gulf bay island islands mount mountain mountains
    valley desert province region zone airport port street square palace mosque church dam
    peninsula subcontinent governorate district county lake ocean coast strait camp village
    town
    ville fleuve rivière mer golfe baie île mont montagne vallée désert province région
    aéroport rue place palais mosquée église barrage péninsule lac océan côte détroit""")
# Geographic nouns English writes in lower case after a name (the Korean peninsula, the
# Nile river): they may end a place name when the other side translates them.
GEO_TAILS = _keys("peninsula subcontinent river sea ocean desert mountains island islands "
                  "valley gulf lake strait")
ARABIC_ORG_HEADS = _keys("""جيش قوات تحالف اتحاد جمعية مجلس وزارة حزب جبهة حركة منظمة مؤسسة
    شركة بنك مصرف جامعة معهد وكالة صحيفة إذاعة تلفزيون محكمة برلمان حكومة لجنة هيئة مكتب
    شرطة حرس كتيبة لواء فرقة نادي فريق مجموعة ميليشيا ديوان إدارة مديرية سلطة مفوضية
    أكاديمية شبكة صندوق""")
ARABIC_LOC_HEADS = _keys("""مدينة قاعدة نهر بحر خليج جزيرة جبل وادي صحراء محافظة ولاية إقليم
    مطار ميناء شارع ساحة قصر مسجد جامع كنيسة سد بحيرة مضيق قلعة قرية بلدة بلاد""")
# Nouns that introduce an organisation by its name, written before it in Arabic
# (تنظيم القاعدة, حركة حماس, شركة أرامكو) and after it in English (the Hamas movement):
# the name alone is the organisation's. Not army or forces, which also take a person's
# name (قوات الأسد, Assad forces).
ARABIC_ORG_INTROS = _keys("""تنظيم جماعة حركة حزب شركة صحيفة جريدة وكالة قناة مجموعة
    ميليشيا مليشيا منظمة""")
LATIN_ORG_TAILS = _keys("""group movement organisation organization party militia newspaper
    agency company channel network""")
# Head nouns of named events and agreements (the Korean War, معركة بدر): MISC.
EVENT_HEADS = _keys("""war battle revolution uprising revolt crisis agreement accord treaty
    conference summit games cup olympics expedition campaign massacre siege
    guerre bataille révolution soulèvement crise accord traité conférence sommet jeux coupe""")
ARABIC_EVENT_HEADS = _keys("""حرب معركة ثورة انتفاضة أزمة اتفاقية اتفاق معاهدة مؤتمر قمة غزوة
    وقعة حملة مجزرة حصار""")
# Kin nouns before "of" and a person (the son of Harun, la fille de).
LATIN_KIN = _keys("son daughter wife husband brother sister father mother widow fils fille "
                  "femme frère sœur père mère veuve")
# Nouns that introduce a place name (the city of Mosul, مدينة الموصل, la ville de Lyon).
LATIN_PLACE_NOUNS = _keys("""city town village province region district governorate state
    county capital island river port ville village province région capitale île fleuve""")
ARABIC_PLACE_NOUNS = _keys("""مدينة بلدة قرية محافظة ولاية إقليم منطقة عاصمة جزيرة نهر
    ميناء بلاد ديار""")
# Verbs of going and arriving: what follows them (directly or after to, for, into, from)
# is a place (left Kufa for Baghdad, reached Mosul; خرج من الكوفة إلى بغداد).
LATIN_MOTION = _keys("""went go goes going left leave leaves leaving arrived arrive arrives
    reached reach reaches travelled traveled travel marched march returned return fled
    flee moved sailed headed entered enter entering migrated withdrew retreated
    partit alla arriva atteignit revint retourna entra s'enfuit marcha""")
ARABIC_MOTION = _keys("""خرج سار قدم دخل رحل توجه وصل انتقل عاد هرب فر نزل ذهب هاجر بلغ
    انسحب زحف مضى""")
LATIN_MOTION_PREPS = _keys("to for into from towards toward à vers pour dans de")
ARABIC_MOTION_PREPS = _keys("إلى من نحو")
# Prepositions of place before a name (in Baghdad, near Mosul).
LATIN_PLACE_PREPS = _keys("in near from to at into across towards outside inside à vers près "
                          "depuis dans")


@lru_cache(maxsize=65536)
def arabic_bare(key: str) -> str:
    """An Arabic match key without its article (الرئيس -> رئيس), for the lists above."""
    return key[2:] if key.startswith("ال") and len(key) > 3 else key


def is_latin_title(word: str) -> bool:
    return match_key(word).rstrip(".") in LATIN_TITLES


def nisba_adjective(word: str) -> bool:
    """A definite Arabic relative adjective (الدولي, الأممية): the shape of a qualifier
    written after the name it qualifies."""
    key = match_key(word)
    return key.startswith("ال") and len(key) >= 5 and key.endswith(("ي", "يه", "ية"))
