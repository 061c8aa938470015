"""Plain data objects shared by the core, the CLI, the formats and the GUI.

They carry no behaviour and know nothing of SQLite or Qt, so every layer can build and
compare them freely. Offsets are Unicode code points over the document's text (which is
stored NFC-normalised only if the source already was: we never rewrite what we import).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum



def base_lang(tag: str) -> str:
    """A document's language tag without region or script ('ar-IQ' -> 'ar'): what the
    rules per language (Arabic proclitics, links across languages) go by."""
    return tag.lower().split("-")[0]

class BeadStatus(str, Enum):
    AUTO = "auto"
    CONFIRMED = "confirmed"


# The review status of an unconfirmed bead without a score (Bead.review_status): derived
# from the missing score, not stored, so it cannot disagree with it.
IMPORTED = "imported"


@dataclass
class Document:
    """One imported text in one language; `text` is the decoded file content, verbatim."""

    id: int | None
    lang: str
    title: str
    text: str
    source_name: str = ""
    encoding: str = "utf-8"
    checksum: str = ""  # sha256 hex of the raw bytes the text came from


@dataclass
class Segment:
    """A sentence of a document, in document order.

    `position` is dense (0..n-1) within the document and changes when segments are split or
    merged. `start`/`end` are code-point offsets into Document.text; `text` is the current
    sentence text (normally text[start:end] stripped, but the user may edit it).
    """

    id: int | None
    doc_id: int
    position: int
    paragraph: int
    start: int
    end: int
    text: str
    excluded: bool = False  # boilerplate: kept and visible, but left out of alignment
    exclude_reason: str = ""


@dataclass
class Bitext:
    """A pair of documents aligned sentence by sentence (e.g. ar-en); a doc may be in several."""

    id: int | None
    src_doc_id: int
    tgt_doc_id: int
    name: str = ""
    src_lang: str = ""
    tgt_lang: str = ""


@dataclass
class Bead:
    """One alignment unit: half-open ranges of segment positions on each side.

    An empty side has start == end (it still has a place in the order). Segments inside a
    range that are `excluded` are not part of the bead's text; excluded segments may also
    lie between beads, outside every range (the aligner never sees them).
    """

    id: int | None
    bitext_id: int
    position: int
    src_start: int
    src_end: int
    tgt_start: int
    tgt_end: int
    score: float | None = 0.0  # None: never scored (a unit imported without a score)
    status: BeadStatus = BeadStatus.AUTO
    changed_at: str = ""  # ISO 8601 UTC

    @property
    def review_status(self) -> str:
        """What the reviewer sees: 'confirmed' (the user's act, whatever the score),
        'imported' (unconfirmed and never scored), else 'auto'."""
        if self.status == BeadStatus.CONFIRMED:
            return BeadStatus.CONFIRMED.value
        return IMPORTED if self.score is None else BeadStatus.AUTO.value

    @property
    def kind(self) -> str:
        """Bead type as translators say it: '1-2', '0-1', ..."""
        return f"{self.src_end - self.src_start}-{self.tgt_end - self.tgt_start}"


@dataclass(frozen=True)
class BeadSpan:
    """An alignment result before it is stored: ranges over the aligned sentence lists."""

    src_start: int
    src_end: int
    tgt_start: int
    tgt_end: int
    score: float = 0.0

    @property
    def src(self) -> tuple[int, ...]:
        return tuple(range(self.src_start, self.src_end))

    @property
    def tgt(self) -> tuple[int, ...]:
        return tuple(range(self.tgt_start, self.tgt_end))


@dataclass
class Entity:
    """A named-entity span inside one segment (offsets relative to Segment.text).

    An entity has at most one counterpart per other language (an Arabic entity of a
    document shared by an ar-en and an ar-fr bitext: the English one and the French one).
    `links` holds them all, by id. `counterpart_id` is the one that matters where the
    entity is read: in a bitext (Corpus.bitext_entities) the counterpart on the bitext's
    other side, or None; read on its own, the lowest id of `links`. When adding an entity,
    `counterpart_id` names the one to link it to; stores write `links`."""

    id: int | None
    segment_id: int
    start: int
    end: int
    label: str
    counterpart_id: int | None = None  # linked entity on the other side of a bitext
    name_id: int | None = None  # RegisterEntry of the names register
    status: str = "accepted"  # or "suggested": made by the tool, not yet accepted (not exported)
    source: str = ""  # where a suggestion came from: projection, bead, gazetteer, register, corpus
    links: tuple[int, ...] = ()  # every counterpart (one per other language), ascending ids


# --- the names register ------------------------------------------------------------------

class NameKind(str, Enum):
    """How a named thing is written in the target language.

    Only NAME is romanized (القائم -> al-Qaim); an EXONYM has an established name of its
    own (بغداد -> Baghdad, مصر -> Egypt) and a TRANSLATION is translated (الجيش العراقي ->
    Iraqi Army): the romanization engine never proposes spellings for those two.
    """

    NAME = "name"
    EXONYM = "exonym"
    TRANSLATION = "translation"

    @property
    def romanized(self) -> bool:
        return self is NameKind.NAME


class FormStatus(str, Enum):
    """A spelling's standing in its language (TBX administrativeStatus, same meanings).

    PREFERRED is the chosen spelling (at most one per language); ADMITTED spellings are
    accepted too and the consistency check leaves them alone (ISIS beside Daesh);
    DEPRECATED ones are known variants the check flags and offers to fix.
    """

    PREFERRED = "preferred"
    ADMITTED = "admitted"
    DEPRECATED = "deprecated"


# A form in this language tag is a romanization of the Arabic (ALA-LC, DIN...), not a
# spelling used in a translation: TBX writes it as termType transliteratedForm.
ROMANIZED_LANG = "ar-Latn"


@dataclass(frozen=True)
class NameForm:
    """One written form of a register entry.

    `lang` is "ar" for another Arabic form of the name (كاغيتر beside كاغينز), a target
    language ("en", "fr") for a spelling translations use, or ROMANIZED_LANG for a
    scholarly romanization. `scheme` names the romanization scheme that wrote it ("alalc",
    "din", "news"...; "" when a person typed it or it was found in a text).
    """

    lang: str
    text: str
    status: FormStatus = FormStatus.ADMITTED
    scheme: str = ""


@dataclass
class RegisterEntry:
    """One named thing of a corpus: a person, place, group... with all its written forms.

    `arabic` is the headword (the main Arabic form); `forms` holds the other Arabic forms
    and every Latin spelling known for it, in the order the user sees them. The corpus's
    romanization scheme is per corpus and language (Corpus.name_schemes), not per entry;
    renderings in the other schemes are computed by aligner.names, never stored. Where the
    spellings occur in the corpus is computed too (NameOccurrence), so it cannot go stale.
    """

    id: int | None
    arabic: str
    kind: NameKind = NameKind.NAME
    label: str = ""   # the entity label (PER, LOC, ORG, MISC) when known
    forms: list[NameForm] = field(default_factory=list)
    note: str = ""

    def spelling(self, lang: str) -> str:
        """The chosen spelling in `lang` ("" when none is chosen yet)."""
        for form in self.forms:
            if form.lang == lang and form.status is FormStatus.PREFERRED:
                return form.text
        return ""

    def arabic_forms(self) -> list[str]:
        """The headword, then the other Arabic forms."""
        return [self.arabic] + [f.text for f in self.forms if f.lang == "ar"
                                and f.text != self.arabic]

    def spellings(self, lang: str) -> list[NameForm]:
        """Every form in `lang`, the preferred one first."""
        return sorted((f for f in self.forms if f.lang == lang),
                      key=lambda f: f.status is not FormStatus.PREFERRED)

    def languages(self) -> list[str]:
        """Target languages this entry has spellings in (not "ar", not romanizations)."""
        return sorted({f.lang for f in self.forms if f.lang not in ("ar", ROMANIZED_LANG)})


@dataclass(frozen=True)
class NameOccurrence:
    """Where a spelling of a register entry was found: a span of one sentence, seen from a
    bead of a bitext (bead counted from 0; the user sees it from 1)."""

    name_id: int
    bitext_id: int
    bead: int
    segment_id: int
    lang: str
    start: int  # code points in the segment's text
    end: int
    text: str   # the spelling as written there


@dataclass
class AlignedUnit:
    """One bead as it leaves or enters the corpus through an exchange format."""

    src_lang: str
    tgt_lang: str
    src_text: str
    tgt_text: str
    score: float | None = None
    status: str = BeadStatus.AUTO.value
    bitext: str = ""
    src_doc: str = ""
    tgt_doc: str = ""
    bead_id: int | None = None
    created: str = ""
    changed: str = ""
    # entities: dicts with side ('src'/'tgt'), start, end (code points in that side's
    # text), label, and optional counterpart index, canonical, transliteration
    entities: list[dict] = field(default_factory=list)
    # the line of the file it was read from, where the reader knows it (JSONL): errors
    # found later (an entity label the corpus cannot take) name it
    line: int | None = field(default=None, compare=False, repr=False)
