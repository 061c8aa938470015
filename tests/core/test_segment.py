"""Sentence splitting: rules checked on sentences written for the purpose, then boundary
precision/recall over the gold files (our texts, and seed paragraphs stored as offsets)."""
from __future__ import annotations

from pathlib import Path

import pytest

from aligner.text.segment import SentenceSpan, split_paragraph, split_sentences

GOLD = Path(__file__).resolve().parent / "gold_segmentation"
SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def sents(text: str, lang: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text, lang)]


# --- rules -----------------------------------------------------------------------------

def test_arabic_period_after_closing_quote_or_bracket():
    text = 'وكان الانسحاب ضمن تلك الخطة". وقال المتحدث إنه غادر. ثم عاد «غداً». وانتهى (الأمر). وبعد'
    assert sents(text, "ar") == ['وكان الانسحاب ضمن تلك الخطة".', "وقال المتحدث إنه غادر.",
                                 "ثم عاد «غداً».", "وانتهى (الأمر).", "وبعد"]
    assert sents("قال ”نعم”. ورحل", "ar") == ["قال ”نعم”.", "ورحل"]


def test_arabic_never_splits_at_comma_or_semicolon_and_keeps_dates_and_times():
    text = "وصل الوفد، ثم غادر؛ وذلك في 2020.03.20 عند 12:28 أو ٠٢:١٩ بتوقيت غرينتش"
    assert sents(text, "ar") == [text]


def test_arabic_question_exclamation_and_pause_dots():
    assert sents("هل انتهى؟ نعم! انتهى", "ar") == ["هل انتهى؟", "نعم!", "انتهى"]
    headline = "الوفد يغادر القاعدة.. والقوات تتسلم المهام"
    assert sents(headline, "ar") == [headline]
    assert sents("وقال د. سامي إنه راض.", "ar") == ["وقال د. سامي إنه راض."]
    assert sents("بني السد سنة ١٩٨٦ م. وما زال يعمل", "ar") == ["بني السد سنة ١٩٨٦ م.",
                                                          "وما زال يعمل"]


def test_arabic_full_stop_without_the_space_after_it():
    assert sents("غادر الوفد القاعدة.وقال المتحدث إنه راض", "ar") == [
        "غادر الوفد القاعدة.", "وقال المتحدث إنه راض"]
    assert sents("قال د.سامي إن السد آمن", "ar") == ["قال د.سامي إن السد آمن"]
    assert sents("في 2020.03.20 غادر", "ar") == ["في 2020.03.20 غادر"]


def test_paragraphs_end_sentences_and_are_numbered():
    text = "الفقرة الأولى بلا نقطة\n\n\nالفقرة الثانية. وجملة أخرى\nسطر ثالث\n"
    spans = split_sentences(text, "ar")
    assert [(text[s.start:s.end], s.paragraph) for s in spans] == [
        ("الفقرة الأولى بلا نقطة", 0), ("الفقرة الثانية.", 1), ("وجملة أخرى", 1),
        ("سطر ثالث", 2)]


def test_spans_are_trimmed_offsets_into_the_original():
    text = "  First one.   Second one!  \n\tThird?  "
    spans = split_sentences(text, "en")
    assert spans == [SentenceSpan(2, 12, 0), SentenceSpan(15, 26, 0), SentenceSpan(30, 36, 1)]


def test_english_abbreviations_initials_decimals():
    assert sents("Gen. Parker met Col. Saleh and Dr. Ali at 9 a.m. on Monday. It rained.",
                 "en") == ["Gen. Parker met Col. Saleh and Dr. Ali at 9 a.m. on Monday.",
                           "It rained."]
    assert sents("J. R. R. Tolkien paid $3.5 million. The U.S. Army agreed.", "en") == [
        "J. R. R. Tolkien paid $3.5 million.", "The U.S. Army agreed."]
    assert sents("They moved to the U.S. The move was hard.", "en") == [
        "They moved to the U.S.", "The move was hard."]
    assert sents("Fruit, e.g. figs, i.e. sweet ones, etc. The end.", "en") == [
        "Fruit, e.g. figs, i.e. sweet ones, etc.", "The end."]


def test_english_quotes_and_ellipsis():
    assert sents('"We will finish," he said. "Then we rest." She nodded.', "en") == [
        '"We will finish," he said.', '"Then we rest."', "She nodded."]
    assert sents('"Why?" he asked. Nobody knew...', "en") == ['"Why?" he asked.',
                                                               "Nobody knew..."]
    assert sents("He waited... and waited. Then he left.", "en") == [
        "He waited... and waited.", "Then he left."]


def test_french_guillemets_and_titles():
    assert sents("« Est-ce sûr ? » demanda M. Dupont. Mme Leclerc sourit.", "fr") == [
        "« Est-ce sûr ? » demanda M. Dupont.", "Mme Leclerc sourit."]
    assert sents("Il a dit : « Nous partirons. » Puis il est parti.", "fr") == [
        "Il a dit : « Nous partirons. »", "Puis il est parti."]
    assert sents("Les prix ont monté de 2,5 %. Les salaires non.", "fr") == [
        "Les prix ont monté de 2,5 %.", "Les salaires non."]


def test_list_numbers_and_stray_punctuation():
    assert sents("1. Introduction to the canal", "en") == ["1. Introduction to the canal"]
    # a lone closing guillemet left after a full stop joins the sentence before it
    assert split_paragraph("Fin du texte. »", "fr") == [(0, 15)]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_text_without_line_breaks_is_split_like_one_with_them(lang):
    # a scrape or PDF conversion may hold a whole book on one line: it must give the same
    # sentences as the text with its line breaks (the time it takes is a benchmark figure:
    # bench/bench_segment.py)
    para = " ".join((SAMPLES / f"briefing_{lang}.txt").read_text(encoding="utf-8").split())
    lines = "\n".join([para] * 40)
    many = split_sentences(lines, lang)
    single = split_sentences(lines.replace("\n", " "), lang)
    assert len(many) > 40
    assert [(s.start, s.end) for s in single] == [(s.start, s.end) for s in many]


def test_other_languages_get_generic_rules():
    assert sents("Das ist gut. Wir gehen jetzt. Prof. Weber kommt.", "de") == [
        "Das ist gut.", "Wir gehen jetzt.", "Prof. Weber kommt."]


# --- gold ------------------------------------------------------------------------------

def _boundaries_from_sentences(path: Path) -> list[tuple[str, str, set[int]]]:
    """(paragraph text, lang, internal boundary offsets) from a one-sentence-a-line file."""
    lang = path.stem.split("_")[-1]
    out = []
    for block in path.read_text(encoding="utf-8").strip().split("\n\n"):
        sentences = block.split("\n")
        line = " ".join(sentences)
        ends, pos = set(), 0
        for s in sentences[:-1]:
            pos += len(s)
            ends.add(pos)
            pos += 1
        out.append((line, lang, ends))
    return out


def _score(items) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for line, lang, gold in items:
        got = {e for _, e in split_paragraph(line, lang)[:-1]}
        tp += len(gold & got)
        fp += len(got - gold)
        fn += len(gold - got)
    return tp, fp, fn


def _report(name: str, tp: int, fp: int, fn: int) -> tuple[float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    print(f"\nsegmentation {name}: boundaries {tp + fn}, P={p:.3f} R={r:.3f} (tp={tp} "
          f"fp={fp} fn={fn})")
    return p, r


def test_gold_files_agree_with_the_samples():
    for lang in ("ar", "en", "fr"):
        sample = [ln for ln in (SAMPLES / f"briefing_{lang}.txt").read_text(
            encoding="utf-8").split("\n") if ln.strip()]
        gold = [line for line, _, _ in _boundaries_from_sentences(GOLD / f"briefing_{lang}.txt")]
        assert gold == sample


@pytest.mark.parametrize("lang", ["ar", "en", "fr"])
def test_gold_precision_recall_own_texts(lang):
    items = []
    for path in sorted(GOLD.glob(f"*_{lang}.txt")):
        items += _boundaries_from_sentences(path)
    p, r = _report(f"own texts [{lang}]", *_score(items))
    assert p >= 0.95 and r >= 0.95


def test_gold_precision_recall_seed_paragraphs(seeds_dir):
    items = []
    for row in (GOLD / "seeds.tsv").read_text(encoding="utf-8").splitlines():
        if not row.strip() or row.startswith("#"):
            continue
        prefix, line_no, lang, ends = row.split("\t")
        (path,) = seeds_dir.glob(f"{prefix}_*.txt")
        line = path.read_text(encoding="utf-8").split("\n")[int(line_no) - 1].rstrip()
        offsets = [int(x) for x in ends.split(",")]
        assert offsets[-1] == len(line), f"{prefix}:{line_no} gold does not end the line"
        items.append((line, lang, set(offsets[:-1])))
    p, r = _report("seed paragraphs", *_score(items))
    assert p >= 0.9 and r >= 0.9
