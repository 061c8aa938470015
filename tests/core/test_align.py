"""The sentence aligner on texts written for these tests, where the right beads are known
by reading them: each bead type, numbers in Arabic-Indic digits, names across scripts,
paragraph anchors, bad input, progress and cancellation."""
from __future__ import annotations

import pytest

from aligner.align.aligner import AlignStats, align_sentences
from aligner.align.features import number_keys, sentence_features, skeleton
from aligner.tasks import Cancelled, TaskControl


def beads(spans):
    return [(list(s.src), list(s.tgt)) for s in spans]


def covers(spans, n, m):
    """Beads are in order and cover both sides exactly once."""
    i = j = 0
    for s in spans:
        assert (s.src_start, s.tgt_start) == (i, j)
        assert s.src_end >= s.src_start and s.tgt_end >= s.tgt_start
        assert s.src_end > s.src_start or s.tgt_end > s.tgt_start
        assert 0.0 <= s.score <= 1.0
        i, j = s.src_end, s.tgt_end
    assert (i, j) == (n, m)


EN = [
    "In 1998 the engineer Marc Dupont moved from Lyon to Montreal with his two daughters.",
    "He found work at a small company that built bridges and tunnels across the north, and "
    "within 4 years he was leading a team of 35 people, travelling every month between "
    "Quebec and Toronto.",
    "The winters were long.",
    "Everyone in the family learned to ski.",
    "In 2010 he returned to France with a collection of 300 photographs.",
]
FR = [
    "En 1998, l'ingénieur Marc Dupont quitta Lyon pour Montréal avec ses deux filles.",
    "Il trouva du travail dans une petite entreprise qui construisait des ponts et des "
    "tunnels dans le nord.",
    "En 4 ans, il dirigeait une équipe de 35 personnes et voyageait chaque mois entre "
    "Québec et Toronto.",
    "Les hivers étaient longs.",
    "Toute la famille apprit à skier.",
    "En 2010, il rentra en France avec une collection de 300 photographies.",
]


def test_one_to_two():
    spans = align_sentences(EN, FR, "en", "fr")
    covers(spans, len(EN), len(FR))
    assert beads(spans) == [([0], [0]), ([1], [1, 2]), ([2], [3]), ([3], [4]), ([4], [5])]


def test_two_to_one():
    spans = align_sentences(FR, EN, "fr", "en")
    assert beads(spans) == [([0], [0]), ([1, 2], [1]), ([3], [2]), ([4], [3]), ([5], [4])]


def test_one_to_zero_and_zero_to_one():
    # a note present on one side only, between two well-matched passages
    extra = ("This paragraph was added by the editor of the English edition in 2021, with "
             "thanks to the archive of the city of Grenoble and to Professor Hallworth for "
             "the letters he lent us.")
    en = EN + [extra] + LONG_EN
    fr = FR + LONG_FR
    expected = [([0], [0]), ([1], [1, 2]), ([2], [3]), ([3], [4]), ([4], [5]), ([5], []),
                ([6], [6]), ([7], [7, 8, 9]), ([8], [10])]
    spans = align_sentences(en, fr, "en", "fr")
    covers(spans, len(en), len(fr))
    assert beads(spans) == expected
    spans = align_sentences(fr, en, "fr", "en")
    assert beads(spans) == [(t, s) for s, t in expected]


LONG_EN = [
    "The museum of Rouen opened in 1880.",
    "Its first director, Henri Vasseur, bought 120 paintings in Paris, 45 drawings in "
    "Brussels and 17 sculptures in Florence, paid for them with money lent by the city, and "
    "then spent 9 years writing the catalogue that visitors still use today.",
    "The building was restored in 1975.",
]
LONG_FR = [
    "Le musée de Rouen ouvrit en 1880.",
    "Son premier directeur, Henri Vasseur, acheta 120 tableaux à Paris, 45 dessins à "
    "Bruxelles et 17 sculptures à Florence.",
    "Il les paya avec de l'argent prêté par la ville.",
    "Il passa ensuite 9 ans à écrire le catalogue qu'utilisent encore aujourd'hui les "
    "visiteurs.",
    "Le bâtiment fut restauré en 1975.",
]


def test_one_to_three_and_three_to_one():
    assert beads(align_sentences(LONG_EN, LONG_FR, "en", "fr")) == [
        ([0], [0]), ([1], [1, 2, 3]), ([2], [4])]
    assert beads(align_sentences(LONG_FR, LONG_EN, "fr", "en")) == [
        ([0], [0]), ([1, 2, 3], [1]), ([4], [2])]


def test_one_to_four_and_four_to_one():
    en = [
        "The port of Brest was quiet in 1912.",
        "That winter, Captain Lemoine sailed for Dakar with 40 sailors, loaded 300 barrels "
        "of oil in Lisbon, lost 2 masts in a storm near Madeira, and reached Senegal on "
        "the 14th of March after 61 days at sea, to the surprise of the whole harbour.",
        "The ship was sold in 1920.",
    ]
    fr = [
        "Le port de Brest était calme en 1912.",
        "Cet hiver-là, le capitaine Lemoine partit pour Dakar avec 40 marins.",
        "Il chargea 300 barils d'huile à Lisbonne.",
        "Il perdit 2 mâts dans une tempête près de Madère.",
        "Il atteignit le Sénégal le 14 mars, après 61 jours de mer, à la surprise de tout "
        "le port.",
        "Le navire fut vendu en 1920.",
    ]
    assert beads(align_sentences(en, fr, "en", "fr")) == [
        ([0], [0]), ([1], [1, 2, 3, 4]), ([2], [5])]
    assert beads(align_sentences(fr, en, "fr", "en")) == [
        ([0], [0]), ([1, 2, 3, 4], [1]), ([5], [2])]


def test_two_to_two():
    # two sentences cut at a different place in the translation: neither 1-1 pairing is
    # right, only the 2-2 bead is
    en = [
        "The festival of Avignon began on the 4th of July 1947.",
        "Jean Vilar directed three plays in the courtyard of the palace, and the critics, "
        "who had come from Paris by the night train,",
        "were enthusiastic about all of them.",
        "The festival has taken place every summer since then.",
    ]
    fr = [
        "Le festival d'Avignon commença le 4 juillet 1947.",
        "Jean Vilar mit en scène trois pièces.",
        "Ce fut dans la cour du palais, et les critiques venus de Paris par le train de nuit "
        "furent enthousiastes pour toutes.",
        "Le festival a lieu chaque été depuis lors.",
    ]
    assert beads(align_sentences(en, fr, "en", "fr")) == [
        ([0], [0]), ([1, 2], [1, 2]), ([3], [3])]


AR = [
    "وصل الوفد إلى بغداد يوم ١٨ مارس ٢٠٢٠.",
    "والتقى رئيس الوفد محمد العلي بوزير الخارجية، وناقش الطرفان التعاون في مجالات الطاقة "
    "والمياه والزراعة، واتفقا على اجتماع جديد في القاهرة خلال ٣ أشهر.",
    "وقال العلي إن الزيارة كانت ناجحة.",
    "وتستمر الزيارة حتى يوم ٢١ مارس.",
]
AR_EN = [
    "The delegation arrived in Baghdad on 18 March 2020.",
    "The head of the delegation, Muhammad al-Ali, met the foreign minister.",
    "The two sides discussed cooperation in energy, water and agriculture, and agreed to "
    "meet again in Cairo within 3 months.",
    "Al-Ali said that the visit had been a success.",
    "The visit continues until 21 March.",
]


def test_arabic_english_with_indic_digits_and_names():
    spans = align_sentences(AR, AR_EN, "ar", "en")
    covers(spans, len(AR), len(AR_EN))
    assert beads(spans) == [([0], [0]), ([1], [1, 2]), ([2], [3]), ([3], [4])]


def test_tatweel_used_as_a_dash_on_the_arabic_target_side():
    # Arabic datelines write "بغداد ـ": a word of tatweel only, which folds to nothing;
    # with Arabic as the target (en -> ar) that empty word crashed the lexicon learning
    ar = ["بغداد ـ " + AR[0]] + AR[1:]
    spans = align_sentences(AR_EN, ar, "en", "ar")
    covers(spans, len(AR_EN), len(ar))
    assert beads(spans) == [([0], [0]), ([1, 2], [1]), ([3], [2]), ([4], [3])]
    assert all(w for s in sentence_features(ar, "ar", "en", target_side=True) for w in s.words)


def test_number_keys_read_arabic_indic_digits():
    assert number_keys("١٨") == ["#18"]
    assert number_keys("٢٠٢٠") == number_keys("2020")
    assert number_keys("02:19") == ["#2", "#19"]
    assert number_keys("١٢:٣٠") == number_keys("12.30")


def test_name_skeletons_meet_across_scripts():
    assert skeleton("محمد") == skeleton("Muhammad") != ""
    assert skeleton("والقائم") == skeleton("al-Qaim")
    assert skeleton("بغداد") == skeleton("Baghdad")
    assert skeleton("محمد") != skeleton("Baghdad")
    ar = sentence_features(["التقى محمد العلي في بغداد"], "ar", "en", target_side=False)[0]
    en = sentence_features(["Muhammad al-Ali met him in Baghdad"], "en", "ar",
                           target_side=True)[0]
    assert len(ar.keys & en.own) >= 2


def test_one_number_does_not_make_two_sentences_equal():
    # hunalign's trap: "Chapter 1" matched to a sentence that only shares the number
    en = ["Chapter 1", "The rain had not stopped for 1 week and the river was rising fast.",
          "Nobody in the village slept that night."]
    fr = ["Chapitre 1", "La pluie n'avait pas cessé depuis 1 semaine et la rivière montait vite.",
          "Personne au village ne dormit cette nuit-là."]
    assert beads(align_sentences(en, fr, "en", "fr")) == [([0], [0]), ([1], [1]), ([2], [2])]


def test_paragraph_boundaries_are_anchors():
    # lengths alone would pair the short sentences across the paragraph boundary; the
    # matching paragraph structure keeps each paragraph's sentences together
    src = ["Aaaa bbbb cccc dddd eeee ffff gggg.", "Hhhh iiii.",
           "Jjjj kkkk llll.", "Mmmm nnnn oooo pppp qqqq rrrr ssss tttt."]
    tgt = ["Zzzz yyyy xxxx wwww vvvv uuuu tttt ssss.",
           "Rrrr qqqq pppp.", "Oooo nnnn.", "Mmmm llll kkkk jjjj iiii hhhh gggg."]
    spans = align_sentences(src, tgt, "xx", "yy", src_paragraphs=[0, 0, 1, 1],
                            tgt_paragraphs=[0, 0, 1, 1])
    covers(spans, 4, 4)
    for s in spans:  # no bead crosses the paragraph boundary
        assert all(i < 2 for i in s.src) == all(j < 2 for j in s.tgt)


def test_scores_rank_right_beads_above_doubtful_ones():
    spans = align_sentences(EN, FR, "en", "fr")
    assert all(0.5 <= s.score <= 1.0 for s in spans)  # the best path beats any deviation
    # a 1-1 pairing of unrelated sentences of very different lengths is not trusted
    odd = align_sentences(["Yes.", "A very long sentence about the history of the "
                           "harbour and its ships, which nobody here remembers anymore."],
                          ["Le port.", "Oui."], "en", "fr")
    good = align_sentences(EN[:1], FR[:1], "en", "fr")
    assert min(s.score for s in odd) < good[0].score


def test_empty_and_one_sided_input():
    assert align_sentences([], [], "en", "fr") == []
    spans = align_sentences(["One.", "Two."], [], "en", "fr")
    assert beads(spans) == [([0], []), ([1], [])]
    spans = align_sentences([], ["Un."], "en", "fr")
    assert beads(spans) == [([], [0])]
    spans = align_sentences(["", "Text."], ["Texte.", ""], "en", "fr")
    covers(spans, 2, 2)


def test_the_band_grows_linearly_with_the_text():
    # The banded DP visits O(n * width) cells, not n x m: tripling the text triples the
    # cells (a full table would grow ninefold). Counted, not timed; the memory of a 50k-line
    # text is a benchmark figure (bench/bench_align.py --sizes 50000).
    cells = {}
    for n in (1000, 3000):
        lines = [f"w{i % 997}" for i in range(n)]
        stats = AlignStats()
        spans = align_sentences(lines, list(lines), "xx", "yy", stats=stats)
        covers(spans, n, n)
        # identical lines: the diagonal is the only sensible answer
        assert sum(1 for s in spans if len(s.src) == len(s.tgt) == 1) > 0.98 * n
        cells[n] = stats.cells
    assert cells[3000] < 4 * cells[1000]
    assert cells[3000] < 3000 * 3000 / 20


def test_progress_is_reported_and_cancel_stops_the_work():
    seen = []
    control = TaskControl(lambda d, t, m: seen.append((d, t)))
    align_sentences(EN * 20, FR * 20, "en", "fr", control=control)
    assert seen and seen[-1][0] == seen[-1][1]
    assert all(0 <= d <= t for d, t in seen)

    control = TaskControl()
    calls = []

    def stop(done, total, msg):
        calls.append(done)
        control.cancel()

    control.on_progress = stop
    with pytest.raises(Cancelled):
        align_sentences(EN * 50, FR * 50, "en", "fr", control=control)
    assert len(calls) == 1


def test_lexicon_decides_which_sentence_has_no_translation():
    class Lex:
        table = {"black": {"schwarze"}, "cat": {"katze"}, "slept": {"schlief"},
                 "day": {"tag"}, "kitchen": {"küche"}, "table": {"tisch"},
                 "family": {"familie"}, "moved": {"zog"}, "returned": {"kehrten"},
                 "father": {"vater"}, "died": {"starb"}, "sold": {"verkauften"}}

        def translations(self, word):
            return self.table.get(word, set())

    before_en = ["In 1990 the family moved to Hamburg.", "The father died in 1994."]
    before_de = ["1990 zog die Familie nach Hamburg.", "Der Vater starb 1994."]
    after_en = ["In 2005 they returned to Berlin.", "They sold the house in 2011."]
    after_de = ["2005 kehrten sie nach Berlin zurück.", "2011 verkauften sie das Haus."]
    untranslated = "The red house stood at the end of the narrow street near the old mill."
    translated = "The black cat slept all day long in the warm kitchen under the table."
    de = before_de + ["Die schwarze Katze schlief den ganzen Tag in der warmen Küche unter "
                      "dem Tisch."] + after_de
    # both middle sentences have the length of the German one: only the lexicon tells
    # which of them it translates
    en = before_en + [untranslated, translated] + after_en
    spans = align_sentences(en, de, "en", "de", lexicon=Lex())
    assert beads(spans) == [([0], [0]), ([1], [1]), ([2], []), ([3], [2]), ([4], [3]),
                            ([5], [4])]
    en = before_en + [translated, untranslated] + after_en
    spans = align_sentences(en, de, "en", "de", lexicon=Lex())
    assert beads(spans) == [([0], [0]), ([1], [1]), ([2], [2]), ([3], []), ([4], [3]),
                            ([5], [4])]


def _made_up_bitext(n: int, seed: int):
    """A made-up language and its word-for-word 'translation' (with some noise); one word
    in ten is a name, written the same on both sides, and some sentences hold a number:
    what anchors real texts."""
    import random

    rng = random.Random(seed)
    letters = "abdefgiklmnoprstuz"
    vocab = ["".join(rng.choice(letters) for _ in range(rng.randint(3, 8))) for _ in range(800)]
    trans = {w: (w.capitalize() if k % 10 == 0 else w[::-1] + "e")
             for k, w in enumerate(vocab)}
    src, tgt = [], []
    for _ in range(n):
        words = rng.choices(vocab, k=rng.randint(4, 18))
        if rng.random() < 0.3:  # a number (a year, an amount), the same on both sides
            words.insert(rng.randrange(len(words)), str(rng.randint(100, 99999)))
        src.append(" ".join(trans.get(w, w) if trans.get(w, "x")[0].isupper() else w
                            for w in words) + ".")
        out = [trans.get(w, w) for w in words if rng.random() > 0.2]
        tgt.append(" ".join(out or ["x"]).capitalize() + ".")
    return src, tgt


def test_a_passage_missing_on_one_side():
    src, tgt = _made_up_bitext(600, seed=3)
    gap = range(250, 350)  # a hundred sentences missing from the translation
    tgt_kept = [t for k, t in enumerate(tgt) if k not in gap]
    spans = align_sentences(src, tgt_kept, "xx", "yy")
    covers(spans, 600, 500)
    pairs = {(s.src[0], s.tgt[0]) for s in spans if len(s.src) == len(s.tgt) == 1}
    truth = {(k, k if k < 250 else k - 100) for k in range(600) if k not in gap}
    assert len(pairs & truth) >= 0.95 * len(truth)
    skipped = {s.src[0] for s in spans if len(s.src) == 1 and not s.tgt}
    assert len(skipped & set(gap)) >= 90


def test_names_learned_across_scripts_from_aligned_beads():
    from aligner.align.features import fold, form_key
    from aligner.align.learn import learn_names

    ar = ["وقال باركر إن القوات غادرت القائم.", "ووصل الوفد إلى بغداد مساء."]
    en = ["Parker said the forces had left al-Qaim.", "The delegation reached Baghdad at night."]
    lex = learn_names(ar, en, [(0, 1, 0, 1), (1, 2, 1, 2)], src_is_arabic=True)
    assert form_key("Parker") in lex.translations(fold("باركر"))
    assert form_key("Baghdad") in lex.translations(fold("بغداد"))
    assert form_key("Parker") not in lex.translations(fold("بغداد"))
    # English as the source: the same pairs, the other way round
    lex = learn_names(en, ar, [(0, 1, 0, 1)], src_is_arabic=False)
    assert form_key("باركر") in lex.translations(fold("Parker"))


def test_punctuation_classes_are_shared_keys():
    from aligner.align.features import punct_keys

    assert punct_keys("Où est-il ?") == punct_keys("Where is he?") == ["!?"]
    assert punct_keys("أين هو؟") == ["!?"]
    assert set(punct_keys("«Viens !» dit-il.")) == {"!!", '!"'}
    assert punct_keys("A plain statement.") == []
