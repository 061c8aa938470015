"""Boilerplate rules: each kind of page debris is flagged with its reason, article text is
not, on a page written for the test and on the seed articles (by their line numbers)."""
from __future__ import annotations

from pathlib import Path

from aligner.text.boilerplate import (R_BYLINE, R_CATEGORY, R_FRAGMENT, R_HEADER, R_NEWSLETTER,
                                 R_NO_WORDS, R_REPEATED, R_SHARE, R_SLUG, flag_boilerplate,
                                 split_slugs)
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
    "أخبـار",                              # category label (decorative tatweel)
    "محطة ضخ جديدة على النهر",            # title
    "2024.05.12 - 09:45",                 # time stamp, no words
    "محطة ضخ جديدة على النهر",            # title again
    "بغداد – وكالات",                      # byline
    *BODY,
    "*BODY again*",
    *BODY,                                 # the body pasted twice
    "المصدر: وكالة الأنباء",              # source line
    "هل أعجبك المقال؟ اشترك في نشرتنا البريدية ليصلك كل جديد.",
    "شارك على فيسبوك",
    "شارك على تويتر",
    "Share on whatsapp",
])


def flagged(text: str, lang: str) -> list[tuple[str, str]]:
    spans, reasons = flag_boilerplate(text, split_sentences(text, lang), lang)
    return [(text[s.start:s.end], r) for s, r in zip(spans, reasons)]


def test_every_kind_of_debris_on_a_written_page():
    result = flagged(PAGE.replace("*BODY again*\n", ""), "ar")
    reasons = dict()
    for sentence, reason in result:
        reasons.setdefault(sentence, []).append(reason)
    assert reasons["Menu Menu"] == [R_HEADER]
    assert reasons["أخبـار"] == [R_CATEGORY]
    assert reasons["محطة ضخ جديدة على النهر"] == ["", R_REPEATED]
    assert reasons["2024.05.12 - 09:45"] == [R_NO_WORDS]
    assert reasons["بغداد – وكالات"] == [R_BYLINE]
    assert reasons["المصدر: وكالة الأنباء"] == [R_BYLINE]
    assert reasons["هل أعجبك المقال؟"] == [R_NEWSLETTER]
    assert reasons["اشترك في نشرتنا البريدية ليصلك كل جديد."] == [R_NEWSLETTER]
    assert reasons["شارك على فيسبوك"] == [R_SHARE]
    assert reasons["شارك على تويتر"] == [R_SHARE]
    assert reasons["Share on whatsapp"] == [R_SHARE]
    # the body: first copy kept entirely, second copy all "repeated"
    body_sentences = [s for s, _ in flagged("\n".join(BODY), "ar")]
    assert len(body_sentences) == 4
    for s in body_sentences:
        assert reasons[s] == ["", R_REPEATED], s


def test_clean_articles_lose_nothing():
    for lang in ("ar", "en", "fr"):
        text = (SAMPLES / f"briefing_{lang}.txt").read_text(encoding="utf-8")
        assert [r for _, r in flagged(text, lang) if r] == [], lang


def test_short_repeated_sentences_inside_a_text_are_not_boilerplate():
    text = "\n".join(["The pumps failed again in the first week of June.", "Why?",
                      "Nobody in the ministry could explain the failure to us.", "Why?",
                      "The answer came a month later from the engineers."])
    assert [r for _, r in flagged(text, "en")] == [""] * 5


def test_dangling_fragment_after_a_full_stop():
    text = "Farmers returned to the villages after the canal opened. Related news\n"
    assert flagged(text, "en") == [
        ("Farmers returned to the villages after the canal opened.", ""),
        ("Related news", R_FRAGMENT)]


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


def test_seed_001_repeated_title_byline_newsletter(seeds_dir):
    lines = line_reasons(seeds_dir / "001_88b523fac7d4b800.txt", "ar")
    assert lines[1] == {""} and lines[3] == {R_REPEATED} and lines[5] == {R_BYLINE}
    assert lines[40] == {R_NEWSLETTER} and lines[41] == {R_NEWSLETTER}
    for n in (8, 11, 14, 17, 20, 23, 26, 29, 32, 35, 38):  # the article
        assert lines[n] == {""}, n


def test_seed_002_body_twice_and_share_buttons(seeds_dir):
    lines = line_reasons(seeds_dir / "002_02111636b66d2a23.txt", "ar")
    assert lines[3] == {R_REPEATED} and lines[4] == {R_REPEATED}  # title printed again
    for n in (8, 10, 12, 14, 16, 18, 20, 24):
        assert lines[n] == {""}, n  # first copy of the body
    assert lines[6] == {"", R_FRAGMENT} and lines[22] == {"", R_FRAGMENT}
    assert lines[26] == {R_BYLINE}
    for n in range(28, 47, 2):
        assert lines[n] == {R_REPEATED}, n  # second copy
    assert lines[48] in ({R_REPEATED}, {R_BYLINE})  # its byline: either reason is right
    for n in range(50, 60):
        assert lines[n] == {R_SHARE}, n


def test_seed_003_header_furniture(seeds_dir):
    lines = line_reasons(seeds_dir / "003_6c415cbbee737b94.txt", "ar")
    assert lines[1] == {R_HEADER} and lines[2] == {R_CATEGORY}
    assert lines[4] == {""} and lines[7] == {R_REPEATED}
    for n in (8, 9, 10, 11):
        assert lines[n] == {""}, n


def test_seed_004_source_line_only(seeds_dir):
    lines = line_reasons(seeds_dir / "004_868098ec395f7bd1.txt", "fr")
    assert lines[11] == {R_BYLINE}
    assert all(lines[n] == {""} for n in range(1, 11))
