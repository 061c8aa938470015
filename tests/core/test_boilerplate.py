"""Boilerplate rules: page debris is flagged by general evidence (repetition, runs of short
unpunctuated lines at the page's edges, position, a slug's shape), ordinary sentences
never; on a page written for the test and on the seed articles (by their line numbers).
The figures over more text are in bench/bench_boilerplate.py."""
from __future__ import annotations

from pathlib import Path

import pytest

from aligner.text.boilerplate import (R_FRAGMENT, R_HEADER, R_REPEATED, R_SHARE, R_SLUG,
                                      R_TAIL, flag_boilerplate, split_slugs)
from aligner.text.segment import split_sentences
from aligner.text.textio import read_text

SAMPLES = Path(__file__).resolve().parents[2] / "samples"

BODY = [
    "افتتحت الوزارة محطة ضخ جديدة على النهر قرب المدينة يوم الأحد الماضي.",
    "وقال مدير المشروع إن المحطة ستروي آلاف الدونمات من الأراضي الزراعية. وأضاف أن "
    "العمل استغرق عاماً ونصف العام",
    "ويأمل المزارعون أن تعود زراعة القمح إلى قراهم بعد سنوات من الجفاف.",
]
PAGE = "\n".join([
    "Menu Menu",                          # alt-text debris: a word repeated
    "أقسام الموقع",                        # a label above the title
    "محطة ضخ جديدة على النهر",            # title
    "2024.05.12 - 09:45",                 # time stamp: kept (it has a counterpart)
    "محطة ضخ جديدة على النهر",            # title again
    *BODY,
    *BODY,                                 # the body pasted twice
    "المصدر: وكالة الأنباء",              # source line after the last sentence
    "شارك على فيسبوك",
    "شارك على تويتر",
    "شارك بالبريد",
])


def flagged(text: str, lang: str) -> list[tuple[str, str]]:
    spans, reasons = flag_boilerplate(text, split_sentences(text, lang), lang)
    return [(text[s.start:s.end], r) for s, r in zip(spans, reasons)]


def test_every_kind_of_debris_on_a_written_page():
    reasons: dict[str, list[str]] = {}
    for sentence, reason in flagged(PAGE, "ar"):
        reasons.setdefault(sentence, []).append(reason)
    assert reasons["Menu Menu"] == [R_HEADER]
    assert reasons["أقسام الموقع"] == [R_HEADER]
    assert reasons["محطة ضخ جديدة على النهر"] == ["", R_REPEATED]
    assert reasons["2024.05.12 - 09:45"] == [""]
    # next to the share list it is part of the run; either way it is flagged
    assert reasons["المصدر: وكالة الأنباء"] in ([R_TAIL], [R_SHARE])
    for line in ("شارك على فيسبوك", "شارك على تويتر", "شارك بالبريد"):
        assert reasons[line] == [R_SHARE], line
    # the body: first copy kept entirely, second copy all "repeated"
    body_sentences = [s for s, _ in flagged("\n".join(BODY), "ar")]
    assert len(body_sentences) == 4
    for s in body_sentences:
        assert reasons[s] == ["", R_REPEATED], s


def test_a_menu_without_a_shared_word_at_the_top_or_the_end():
    body = ["The ferry made its first crossing on Monday with two hundred passengers.",
            "The port said it would run every hour from six in the morning."]
    menu = ["Home", "World", "Business", "Sport"]
    assert [r for _, r in flagged("\n".join(menu + body), "en")] == [R_SHARE] * 4 + ["", ""]
    tail = ["Print", "Email", "Copy link", "Save"]
    assert [r for _, r in flagged("\n".join(body + tail), "en")] == ["", ""] + [R_SHARE] * 4


# The misfires of the seed-copied cue lists (issue 12): each stays, wherever it sits
MUST_STAY = [
    ("fr", "Les cultivateurs, c'est-à-dire la plupart des familles, craignent la sécheresse."),
    ("fr", "Après l'orage, un arc-en-ciel s'est levé sur la vallée"),
    ("fr", "Il a vu l'arc-en-ciel"),
    ("ar", "اشترك المزارعون في حملة لتنظيف المجاري القديمة قبل وصول المياه."),
    ("ar", "اشترك المزارعون في حملة"),
    ("en", "Subscribe to the idea or not, the town will have to share its water."),
    ("en", "Part One – Arrival"),
    ("en", "Sign up for a guided tour or simply walk in, she added."),
]
FILLER = {
    "fr": ["Le village compte un peu moins de deux mille habitants depuis la guerre.",
           "La coopérative achète les olives et vend l'huile dans les villes de la côte."],
    "ar": ["وصلت المياه إلى أول قرية بعد ظهر الاثنين بعد انتظار طويل.",
           "ويأمل المزارعون أن يزرعوا القمح والشعير في الخريف المقبل."],
    "en": ["The first tanker reached the village shortly after dawn on Monday.",
           "Engineers expect the dry spell to last until the autumn rains arrive."],
}


@pytest.mark.parametrize("lang, sentence", MUST_STAY)
@pytest.mark.parametrize("where", ["first", "middle", "last", "alone"])
def test_no_cue_fires_inside_a_normal_sentence(lang: str, sentence: str, where: str):
    a, b = FILLER[lang]
    lines = {"first": [sentence, a, b], "middle": [a, sentence, b], "last": [a, b, sentence],
             "alone": [sentence]}[where]
    result = flagged("\n".join(lines), lang)
    assert "".join(s for s, _ in result).replace(" ", "") == "".join(lines).replace(" ", "")
    assert [r for _, r in result] == [""] * len(result), result


def test_clean_articles_lose_nothing():
    for lang in ("ar", "en", "fr"):
        text = (SAMPLES / f"briefing_{lang}.txt").read_text(encoding="utf-8")
        assert [r for _, r in flagged(text, lang) if r] == [], lang


def test_short_repeated_sentences_inside_a_text_are_not_boilerplate():
    text = "\n".join(["The pumps failed again in the first week of June.", "Why?",
                      "Nobody in the ministry could explain the failure to us.", "Why?",
                      "The answer came a month later from the engineers.",
                      '"Aye, sir," the engineer replied.', "The pumps were running.",
                      '"Aye, sir," the engineer replied.'])
    assert [r for _, r in flagged(text, "en")] == [""] * 8


def test_dangling_fragment_after_a_full_stop():
    text = "Farmers returned to the villages after the canal opened. Related news\n"
    assert flagged(text, "en") == [
        ("Farmers returned to the villages after the canal opened.", ""),
        ("Related news", R_FRAGMENT)]
    # a footnote mark or a quotation in italics is not link text
    for tail in ("[ 1 ]", "_Amant alterna._"):
        text = f"Farmers returned to the villages after the canal opened. {tail}\n"
        assert [r for _, r in flagged(text, "en")] == ["", ""], tail


def test_headings_at_the_end_of_a_text_are_kept():
    body = "The ferry made its first crossing on Monday with two hundred passengers."
    for tail in ("CHAPTER III", "III", "COMBRAY"):
        assert [r for _, r in flagged(f"{body}\n{tail}", "en")] == ["", ""], tail
    assert [r for _, r in flagged(f"{body}\nSource: the port authority", "en")] == ["", R_TAIL]


def test_glued_url_slug_is_cut_into_its_own_excluded_span():
    text = "Pumps return to the river.عودة-المضخات-إلى-النهر\nThe pumps work."
    spans = split_sentences(text, "en")
    new, slug_idx = split_slugs(text, spans)
    assert [text[s.start:s.end] for s in new] == [
        "Pumps return to the river.", "عودة-المضخات-إلى-النهر", "The pumps work."]
    assert slug_idx == {1} and new[1].paragraph == 0
    assert [r for _, r in flagged(text, "en")] == ["", R_SLUG, ""]


# --- seeds: expectations by line number, from reading the files ------------------------

def line_reasons(path: Path, lang: str) -> dict[int, set[str]]:
    """1-based line number -> set of reasons of the sentences on that line."""
    text = read_text(path).text
    spans, reasons = flag_boilerplate(text, split_sentences(text, lang), lang)
    out: dict[int, set[str]] = {}
    for s, r in zip(spans, reasons):
        out.setdefault(text.count("\n", 0, s.start) + 1, set()).add(r)
    return out


def test_seed_001_repeated_title(seeds_dir):
    lines = line_reasons(seeds_dir / "001_88b523fac7d4b800.txt", "ar")
    assert lines[1] == {""} and lines[3] == {R_REPEATED}
    for n in (8, 11, 14, 17, 20, 23, 26, 29, 32, 35, 38):  # the article
        assert lines[n] == {""}, n


def test_seed_002_body_twice_and_share_buttons(seeds_dir):
    lines = line_reasons(seeds_dir / "002_02111636b66d2a23.txt", "ar")
    assert lines[3] == {R_REPEATED} and lines[4] == {R_REPEATED}  # title printed again
    for n in (8, 10, 12, 14, 16, 18, 20, 24):
        assert lines[n] == {""}, n  # first copy of the body
    assert lines[6] == {"", R_FRAGMENT} and lines[22] == {"", R_FRAGMENT}
    for n in range(28, 47, 2):
        assert lines[n] == {R_REPEATED}, n  # second copy
    assert lines[48] in ({R_TAIL}, {R_SHARE})  # its byline, next to the share list
    for n in range(50, 60):
        assert lines[n] == {R_SHARE}, n


def test_seed_003_header_furniture(seeds_dir):
    lines = line_reasons(seeds_dir / "003_6c415cbbee737b94.txt", "ar")
    assert lines[1] == {R_HEADER} and lines[2] == {R_HEADER}
    assert lines[4] == {""} and lines[7] == {R_REPEATED}
    for n in (6, 8, 9, 10, 11):
        assert lines[n] == {""}, n


def test_seed_004_source_line_only(seeds_dir):
    lines = line_reasons(seeds_dir / "004_868098ec395f7bd1.txt", "fr")
    assert lines[11] == {R_TAIL}
    assert all(lines[n] == {""} for n in range(1, 11))
