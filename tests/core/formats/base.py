"""The test suite every exchange format inherits (the translate-toolkit pattern).

A format's test class sets what the format can carry (exact text or tokens, entities in
full or as spans, scores and metadata) and how to write and read; the suite then checks
round trips, Arabic and non-BMP text, entities, scores, filtering, streaming and that a
failed write leaves no file behind. Texts are written for these tests; entity offsets are
found with str.index so that they are right by construction.
"""
from __future__ import annotations

import inspect
from pathlib import Path
from typing import Iterable, Iterator

import pytest

from aligner.formats.common import one_line
from aligner.model import AlignedUnit


def span(text: str, surface: str, after: int = 0) -> tuple[int, int]:
    start = text.index(surface, after)
    return start, start + len(surface)


def sample_units() -> list[AlignedUnit]:
    """Four units: entities inside a clitic word, a non-BMP character before an entity,
    XML/JSON special characters with no score, and line breaks/tabs inside a segment."""
    ar1 = "زار الوفد بغداد والقائم في آذار."
    en1 = "The delegation visited Baghdad and al-Qaim in March."
    u1 = AlignedUnit("ar", "en", ar1, en1, score=0.93, status="confirmed", bitext="news-ar-en",
                     src_doc="news.ar", tgt_doc="news.en", bead_id=7,
                     created="2026-03-01T08:00:00Z", changed="2026-03-02T09:30:15Z")
    s, t = span(ar1, "بغداد"), span(en1, "Baghdad")
    q, r = span(ar1, "القائم"), span(en1, "al-Qaim")
    u1.entities = [
        {"side": "src", "start": s[0], "end": s[1], "label": "LOC", "counterpart": 2},
        {"side": "src", "start": q[0], "end": q[1], "label": "LOC", "counterpart": 3,
         "canonical": "al-Qaim", "transliteration": "al-Qā’im"},
        {"side": "tgt", "start": t[0], "end": t[1], "label": "LOC", "counterpart": 0},
        {"side": "tgt", "start": r[0], "end": r[1], "label": "LOC", "counterpart": 1},
    ]
    ar2 = "نشر المراسل صورة 🌍 من عمّان مساء الخميس."
    en2 = "The reporter posted a photo 🌍 from Amman on Thursday evening."
    u2 = AlignedUnit("ar", "en", ar2, en2, score=0.5, status="auto", bitext="news-ar-en",
                     src_doc="news.ar", tgt_doc="news.en", bead_id=8)
    a, b = span(ar2, "عمّان"), span(en2, "Amman")
    u2.entities = [{"side": "src", "start": a[0], "end": a[1], "label": "LOC"},
                   {"side": "tgt", "start": b[0], "end": b[1], "label": "LOC"}]
    u3 = AlignedUnit("ar", "en", "سعر الصرف < 1.5 & «مستقر»",
                     'The rate is < 1.5 & "stable" ]]> </seg>', score=None, status="auto",
                     bitext="news-ar-en", src_doc="news.ar", tgt_doc="news.en", bead_id=9)
    u4 = AlignedUnit("ar", "en", "السطر الأول\nالسطر\tالثاني", "first line\nsecond\tline",
                     score=1.0, status="confirmed", bitext="notes-ar-en", src_doc="notes.ar",
                     tgt_doc="notes.en", bead_id=1)
    return [u1, u2, u3, u4]


class FormatSuite:
    """Inherit, set the class attributes, implement write() and read()."""

    text: str = "exact"         # "exact", "one_line" (line breaks->space), "tokens"
    tabs_to_space: bool = False  # TSV: tabs in text become spaces too
    entities: str | None = "full"  # "full", "spans" (start/end/label), "surface", None
    metadata: bool = True       # score, status, bitext, docs, bead id, changed date

    def write(self, units: Iterable[AlignedUnit], tmp_path: Path, **options) -> tuple[int, Path]:
        raise NotImplementedError

    def read(self, target: Path) -> Iterator[AlignedUnit]:
        raise NotImplementedError

    def outputs(self, target: Path) -> list[Path]:
        """The files a write produces (for the no-file-on-failure check)."""
        return [target]

    # --- what survives ------------------------------------------------------------------
    def _text(self, text: str) -> str:
        if self.text == "one_line":
            return one_line(text, tabs=self.tabs_to_space)
        if self.text == "tokens":
            return "".join(text.split())
        return text

    def _entities(self, unit: AlignedUnit):
        if self.entities is None:
            return None
        texts = {"src": unit.src_text, "tgt": unit.tgt_text}
        if self.entities == "full":
            return sorted((sorted(e.items()) for e in unit.entities))
        if self.entities == "spans":
            return sorted((e["side"], e["start"], e["end"], e["label"]) for e in unit.entities)
        return sorted((e["side"], e["label"], "".join(texts[e["side"]][e["start"]:e["end"]].split()))
                      for e in unit.entities)

    def key(self, unit: AlignedUnit) -> tuple:
        key = (unit.src_lang, unit.tgt_lang, self._text(unit.src_text),
               self._text(unit.tgt_text), self._entities(unit))
        if self.metadata:
            key += (unit.score, unit.status, unit.bitext, unit.src_doc, unit.tgt_doc,
                    unit.bead_id, unit.changed)
        return key

    def round_trip(self, tmp_path: Path, units: list[AlignedUnit], **options) -> list[AlignedUnit]:
        count, target = self.write(units, tmp_path, **options)
        back = list(self.read(target))
        assert count == len(back)
        return back

    # --- the tests ----------------------------------------------------------------------
    def test_round_trip(self, tmp_path: Path) -> None:
        units = sample_units()
        back = self.round_trip(tmp_path, units)
        assert [self.key(u) for u in back] == [self.key(u) for u in units]

    def test_arabic_and_non_bmp_text_survive(self, tmp_path: Path) -> None:
        units = sample_units()[:2]
        back = self.round_trip(tmp_path, units)
        if self.text == "tokens":
            assert "".join(back[1].src_text.split()) == "نشرالمراسلصورة🌍منعمّانمساءالخميس."
        else:
            assert back[0].src_text == "زار الوفد بغداد والقائم في آذار."
            assert back[1].src_text == "نشر المراسل صورة 🌍 من عمّان مساء الخميس."
            assert back[1].tgt_text == "The reporter posted a photo 🌍 from Amman on Thursday evening."

    def test_entities_survive(self, tmp_path: Path) -> None:
        if self.entities is None:
            pytest.skip("this format carries no entities")
        back = self.round_trip(tmp_path, sample_units()[:2])

        def surfaces(unit: AlignedUnit) -> list[tuple[str, str, str]]:
            texts = {"src": unit.src_text, "tgt": unit.tgt_text}
            return sorted((e["side"], e["label"],
                           "".join(texts[e["side"]][e["start"]:e["end"]].split()))
                          for e in unit.entities)

        assert surfaces(back[0]) == [("src", "LOC", "القائم"), ("src", "LOC", "بغداد"),
                                     ("tgt", "LOC", "Baghdad"), ("tgt", "LOC", "al-Qaim")]
        # after the non-BMP character: code-point offsets, not UTF-16 units
        assert surfaces(back[1]) == [("src", "LOC", "عمّان"), ("tgt", "LOC", "Amman")]
        if self.entities == "full":
            by_surface = {back[0].src_text[e["start"]:e["end"]]: e for e in back[0].entities
                          if e["side"] == "src"}
            assert by_surface["القائم"]["canonical"] == "al-Qaim"
            assert by_surface["القائم"]["transliteration"] == "al-Qā’im"
            linked = back[0].entities[by_surface["القائم"]["counterpart"]]
            assert back[0].tgt_text[linked["start"]:linked["end"]] == "al-Qaim"

    def test_scores_and_status_survive(self, tmp_path: Path) -> None:
        if not self.metadata:
            pytest.skip("this format carries no scores")
        back = self.round_trip(tmp_path, sample_units())
        assert [u.score for u in back] == [0.93, 0.5, None, 1.0]
        assert [u.status for u in back] == ["confirmed", "auto", "auto", "confirmed"]
        assert back[0].changed == "2026-03-02T09:30:15Z"

    def test_special_characters_and_line_breaks(self, tmp_path: Path) -> None:
        units = sample_units()[2:]
        back = self.round_trip(tmp_path, units)
        assert [self._text(u.tgt_text) for u in back] == [self._text(u.tgt_text) for u in units]
        if self.text == "exact":
            assert back[0].tgt_text == 'The rate is < 1.5 & "stable" ]]> </seg>'
            assert back[1].src_text == "السطر الأول\nالسطر\tالثاني"
        elif self.text == "one_line":
            assert "\n" not in back[1].src_text

    def test_writer_streams_a_generator_and_reader_is_lazy(self, tmp_path: Path) -> None:
        units = sample_units()
        count, target = self.write((u for u in units), tmp_path)
        assert count == len(units)
        reader = self.read(target)
        assert inspect.isgenerator(reader)
        assert self.key(next(reader)) == self.key(units[0])

    def test_empty_sides_left_out_unless_asked(self, tmp_path: Path) -> None:
        units = sample_units()[:1] + [AlignedUnit("ar", "en", "جملة بلا ترجمة.", "", score=0.1)]
        count, _ = self.write(units, tmp_path / "a")
        assert count == 1
        count, _ = self.write(units, tmp_path / "b", include_empty=True)
        assert count == 2

    def test_confirmed_only_and_min_score(self, tmp_path: Path) -> None:
        units = sample_units()
        back = self.round_trip(tmp_path / "c", units, confirmed_only=True)
        assert [self._text(u.src_text) for u in back] == [self._text(units[0].src_text),
                                                          self._text(units[3].src_text)]
        back = self.round_trip(tmp_path / "s", units, min_score=0.9)
        assert len(back) == 2  # 0.93 and 1.0; no score (None) never passes a minimum

    def test_failed_write_leaves_no_file(self, tmp_path: Path) -> None:
        def broken() -> Iterator[AlignedUnit]:
            yield from sample_units()[:2]
            raise RuntimeError("the corpus went away")

        with pytest.raises(RuntimeError):
            self.write(broken(), tmp_path)
        assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == []
