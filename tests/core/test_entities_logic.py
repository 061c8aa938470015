"""Entity logic without a corpus: occurrences, projection, suggestions, gazetteers, labels.

Sentences here are written for these tests (not taken from the seeds or the dev pairs).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from aligner.entities.gazetteer import read_gazetteer
from aligner.entities.labels import DEFAULT_LABELS, Label, LabelError, check_labels, next_colour
from aligner.entities.occurrences import find_occurrences, name_key
from aligner.entities.project import Mention, project_bead
from aligner.entities.suggest import KnownName, prepare_known, suggest_bead
from aligner.errors import InputError


def spans(text: str, lang: str, name: str, before: str = "") -> list[str]:
    key = name_key(name, lang, before)
    assert key is not None
    return [text[s:e] for s, e in find_occurrences(text, lang, key)]


def test_arabic_occurrences_take_clitics_off_and_never_match_inside_another_word() -> None:
    text = "نشرت القائمة اسم القائم ثم عاد والقائم وبالقائم ثم للقائم وفي القائمين"
    assert spans(text, "ar", "القائم") == ["القائم", "القائم", "القائم", "لقائم"]


def test_arabic_occurrences_ignore_diacritics_and_letter_variants() -> None:
    text = "مرّ القَائِمُ بالقايم ثم بمدرسه المدينة"
    assert spans(text, "ar", "القائم") == ["القَائِمُ", "القايم"]
    assert spans(text, "ar", "مدرسة") == ["مدرسه"]


def test_arabic_name_cut_from_lam_lam_finds_its_other_forms() -> None:
    text = "وصل الجيش الوطني ثم قال للجيش الوطني إن الجيش الوطنيين"
    found = spans(text, "ar", "لجيش الوطني", before="قال ل")
    assert found == ["الجيش الوطني", "لجيش الوطني"]


def test_short_bare_word_is_not_cut_out_of_a_longer_one() -> None:
    assert spans("قابل كمال مالا كثيرا", "ar", "مال") == []


def test_latin_occurrences_fold_article_case_macrons_and_apostrophes() -> None:
    text = "From al-Qā’im to Al Qaim, el-Qaim, AL-QA'IM and Qaim’s gate; not Qaimah."
    assert spans(text, "en", "al-Qā’im") == ["al-Qā’im", "Al Qaim", "el-Qaim", "AL-QA'IM", "Qaim"]
    assert spans("la ville d’Al-Qaïm", "fr", "al-Qaim") == ["Al-Qaïm"]


def test_projection_finds_names_by_spelling_and_tables_and_relabels_adjectives() -> None:
    ar = "فرضت الحكومة الأمريكية عقوبات جديدة على شركة في طهران بعد زيارة بشار الأسد"
    en = "The US government imposed new sanctions on a company in Tehran after Bashar al-Assad visited"
    src = [Mention(ar.index("الأمريكية"), ar.index("الأمريكية") + 9, "MISC"),
           Mention(ar.index("طهران"), ar.index("طهران") + 5, "LOC"),
           Mention(ar.index("بشار"), len(ar), "PER")]
    got = {ar[src[p.source].start:src[p.source].end]: (en[p.start:p.end], p.label)
           for p in project_bead(ar, "ar", en, "en", src)}
    assert got == {"الأمريكية": ("US", "LOC"), "طهران": ("Tehran", "LOC"),
                   "بشار الأسد": ("Bashar al-Assad", "PER")}


def test_projection_from_english_leaves_proclitics_out_and_respects_existing_entities() -> None:
    ar = "التقى الوزير بنظيره في بغداد ثم سافر إلى الموصل وبغداد"
    en = "The minister met his counterpart in Baghdad, then went to Mosul and Baghdad"
    first = en.index("Baghdad")
    second = en.rindex("Baghdad")
    sources = [Mention(first, first + 7, "LOC"), Mention(second, second + 7, "LOC")]
    taken = ar.index("بغداد")
    targets = [Mention(taken, taken + 5, "LOC", linked=True)]
    got = project_bead(en, "en", ar, "ar", sources, targets)
    # the first Baghdad is taken (linked already): only the one after و is free, and the
    # English mention nearer to it in position gets it, without the proclitic
    assert [(p.source, ar[p.start:p.end], p.start) for p in got] == [
        (1, "بغداد", ar.rindex("بغداد"))]
    assert all(p.start != taken for p in got)


def test_projection_leaves_an_entity_without_counterpart_alone() -> None:
    ar = "وصل الوفد صباح اليوم"
    en = "Fernando Pessoa arrived this morning"
    assert project_bead(en, "en", ar, "ar", [Mention(0, 15, "PER")]) == []


def test_suggestions_pair_names_both_sides_agree_on_and_known_names() -> None:
    ar = "استقبل الرئيس حسن روحاني وفدا من اليابان في مدينة شيراز"
    en = "President Hassan Rouhani received a delegation from Japan in the city of Shiraz"
    known = prepare_known([KnownName("شيراز", "ar", "LOC", "gazetteer")])
    got = {(ar[s.src.start:s.src.end], en[s.tgt.start:s.tgt.end], s.label, s.origin)
           for s in suggest_bead(ar, "ar", en, "en", known=known) if s.src and s.tgt}
    assert ("حسن روحاني", "Hassan Rouhani", "PER", "bead") in got
    assert ("اليابان", "Japan", "LOC", "bead") in got
    assert ("شيراز", "Shiraz", "LOC", "gazetteer") in got
    assert not any(a.startswith("الرئيس") or b.startswith("President") for a, b, _, _ in got)


def test_gazetteer_reads_names_and_names_the_bad_line(tmp_path: Path) -> None:
    good = tmp_path / "g.tsv"
    good.write_text("# places\nبغداد\tLOC\n\nal-Khwarizmi\tPER\n", encoding="utf-8")
    assert [(e.text, e.label, e.line) for e in read_gazetteer(good, {"PER", "LOC"})] == [
        ("بغداد", "LOC", 2), ("al-Khwarizmi", "PER", 4)]
    broken = tmp_path / "b.tsv"
    broken.write_text("بغداد\tLOC\nالموصل LOC\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"b\.tsv:2: expected 'name<TAB>LABEL'"):
        read_gazetteer(broken, {"LOC"})
    unknown = tmp_path / "u.tsv"
    unknown.write_text("بغداد\tCITY\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"u\.tsv:1: unknown label 'CITY'"):
        read_gazetteer(unknown, {"LOC", "PER"})


def test_label_rules() -> None:
    check_labels(list(DEFAULT_LABELS))
    with pytest.raises(LabelError, match="key 1 is already used"):
        check_labels([*DEFAULT_LABELS, Label("DATE", "#123456", "1")])
    with pytest.raises(LabelError, match="appears twice"):
        check_labels([*DEFAULT_LABELS, Label("PER", "#123456")])
    from aligner.entities.labels import PALETTE
    full = [Label(f"L{i}", c) for i, c in enumerate(PALETTE)]
    with pytest.raises(LabelError, match="no colour left"):
        next_colour(full)


def test_one_word_name_is_a_person_when_a_full_name_in_the_text_ends_with_it() -> None:
    from aligner.entities.suggest import person_parts

    ar, en = "وصل نتنياهو بعد انتهاء المحادثات", "Netanyahu arrived after the talks had ended"
    # alone, nothing says what kind of name it is: offered only below the default confidence
    assert suggest_bead(ar, "ar", en, "en") == []
    (alone,) = suggest_bead(ar, "ar", en, "en", min_confidence=0.0)
    assert en[alone.tgt.start:alone.tgt.end] == "Netanyahu" and alone.confidence < 0.5
    persons = person_parts([("Benjamin Netanyahu", "PER"), ("Japan", "LOC")])
    got = suggest_bead(ar, "ar", en, "en", persons=persons)
    assert [(s.label, en[s.tgt.start:s.tgt.end]) for s in got] == [("PER", "Netanyahu")]


def test_classical_names_keep_ibn_and_abu_and_leave_a_sentence_initial_word_out() -> None:
    ar = "ولما بلغ هارون الرشيد خبر أبي جعفر المنصور خرج مع ابن سينا"
    en = "When Harun al-Rashid heard the news of Abu Ja'far al-Mansur, he left with Ibn Sina"
    got = [(ar[s.src.start:s.src.end], en[s.tgt.start:s.tgt.end], s.label)
           for s in suggest_bead(ar, "ar", en, "en")]
    assert got == [("هارون الرشيد", "Harun al-Rashid", "PER"),
                   ("أبي جعفر المنصور", "Abu Ja'far al-Mansur", "PER"),
                   ("ابن سينا", "Ibn Sina", "PER")]
