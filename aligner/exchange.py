"""Corpus <-> exchange formats: the glue between aligner.corpus and aligner.formats.

Export streams: beads are read from the corpus in chunks (Corpus.iter_bead_texts) and each
unit is written before the next is read, so memory stays flat for a million units.
Entities are looked up only for the beads that hold one.

Import streams too, and stays all or nothing: the file is parsed unit by unit inside one
corpus transaction (uncommitted pages go to SQLite's WAL file on disk, not to memory), so
a broken line, a truncated TMX, an error or a cancel anywhere in the file rolls back
everything this import wrote. Units are grouped (same bitext name, documents and language
pair, tags compared without case: en-US is en-us; a file from another tool is one group)
and buffered; a group's buffer is stored when it holds `chunk_units` units, and when all
buffers together hold twice that, the least recently fed group is stored (a file with
many small bitexts, e.g. an export of a whole corpus, must not sit in memory either).
A group's first buffer becomes two documents, one segment per unit, and one bitext with
one 1-1 bead per unit (a 0-1/1-0 bead for an empty side), scores, status and entities
kept; later buffers of the same group are appended to those documents and that bitext
(Corpus.append_segments adds text inside SQLite), so a group is one bitext however large
and memory is bounded by the chunk size, not the file. Progress is the bytes read of the
file's size.
"""
from __future__ import annotations

import hashlib
import io
import math
from array import array
from collections import OrderedDict
from collections.abc import Sequence as SequenceABC
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterator, Sequence

from aligner.corpus import Corpus
from aligner.errors import DragomanError, InputError
from aligner.export_plan import output_files, plan_export
from aligner.formats import get as get_format
from aligner.formats import tmx as tmx_format
from aligner.formats.langtag import check_tag
from aligner.messages import Problem
from aligner.model import (ROMANIZED_LANG, base_lang, AlignedUnit, Bead, BeadStatus, Bitext, Document, Entity,
                           FormStatus, NameForm, RegisterEntry, Segment)
from aligner.tasks import TaskControl, report
from aligner.text.textio import regular_file_size

# The import streams (memory does not grow with the file), but until it commits, the
# whole import also sits in the corpus's WAL file on disk, about the size of the data it
# adds (58 MB for a 42 MB JSONL file): past this size a file is refused (split it).
MAX_IMPORT_BYTES = 1 << 30
# Units per stored part of a group: bounds import memory (a few MB) and keeps each
# imported bitext a size the aligner view handles comfortably.
CHUNK_UNITS = 10_000
IMPORT_SUFFIXES = {".tmx": "tmx", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
                   ".tsv": "tsv"}


@dataclass
class ImportSummary:
    bitext_ids: list[int] = field(default_factory=list)
    units: int = 0
    skipped: int = 0  # TMX units lacking one of the two chosen languages
    languages: tuple[str, str] = ("", "")  # the pair chosen in a TMX file

    def __str__(self) -> str:
        return self.problem()

    def problem(self) -> Problem:
        """What was imported, as a keyed message (the GUI says it in its language)."""
        ids = ", ".join(str(i) for i in self.bitext_ids)
        text = Problem("import.summary_many" if len(self.bitext_ids) > 1 else "import.summary",
                       units=self.units, ids=ids)
        if self.skipped:
            src, tgt = self.languages
            text = Problem("import.summary_skipped" if self.skipped > 1
                           else "import.summary_skipped_one", summary=text,
                           skipped=self.skipped, src=src, tgt=tgt)
        return text


# --- export -------------------------------------------------------------------------------
class _EntityIndex:
    """Accepted entities of one bitext's two documents, keyed by (doc_id, segment position),
    read a window of positions at a time as the export moves through the beads (bead
    ranges only grow), so memory does not grow with the corpus."""

    WINDOW = 2000  # segment positions per read

    def __init__(self, corpus: Corpus, bitext: Bitext) -> None:
        self.corpus = corpus
        self.by_pos: dict[tuple[int, int], list[Entity]] = {}
        self.names: dict[int, RegisterEntry] = {}
        # the register entry's spelling in the bitext's non-Arabic language is "canonical"
        self.lang = bitext.tgt_lang if base_lang(bitext.src_lang) == "ar" else bitext.src_lang
        self.loaded: dict[int, int] = {}  # doc id -> positions below this are read

    def _load(self, doc_id: int, lo: int, hi: int) -> None:
        """Make sure positions [lo, hi) are read; forget those before `lo` (passed)."""
        done = self.loaded.get(doc_id, 0)
        if hi <= done:
            return
        self.by_pos = {k: v for k, v in self.by_pos.items() if k[0] != doc_id or k[1] >= lo}
        end = max(hi, done + self.WINDOW)
        for position, ent in self.corpus.entities_in_range(doc_id, done, end):
            if ent.status != "accepted":
                continue  # suggestions leave the corpus only once accepted
            self.by_pos.setdefault((doc_id, position), []).append(ent)
            if not self.names:  # the register, once, when there is an entity to name
                self.names = {n.id: n for n in self.corpus.register_entries()}
        self.loaded[doc_id] = end

    def has(self, doc_id: int, lo: int, hi: int) -> bool:
        if lo >= hi:
            return False
        self._load(doc_id, lo, hi)
        return any((doc_id, p) in self.by_pos for p in range(lo, hi))

    def side(self, side: str, doc_id: int, lo: int, hi: int) -> list[tuple[Entity, dict]]:
        """(entity, unit dict without counterpart) with offsets in the joined bead text."""
        self._load(doc_id, lo, hi)
        out = []
        offset = 0
        first = True
        for pos in range(lo, hi):
            seg = self.corpus.segment_at(doc_id, pos)
            if seg.excluded:
                continue
            if not first:
                offset += 1  # the joining space
            first = False
            for ent in sorted(self.by_pos.get((doc_id, pos), []), key=lambda e: (e.start, e.id)):
                item = {"side": side, "start": offset + ent.start, "end": offset + ent.end,
                        "label": ent.label}
                name = self.names.get(ent.name_id)
                if name is not None:
                    canonical = name.spelling(self.lang)
                    if canonical:
                        item["canonical"] = canonical
                    romanized = [f.text for f in name.forms if f.lang == ROMANIZED_LANG]
                    if romanized:
                        item["transliteration"] = romanized[0]
                out.append((ent, item))
            offset += len(seg.text)
        return out


def iter_units(corpus: Corpus, bitext_ids: Sequence[int] | None = None,
               control: TaskControl | None = None) -> Iterator[AlignedUnit]:
    """Every bead of the chosen bitexts (all by default) as an AlignedUnit, streamed."""
    bitexts = corpus.bitexts() if bitext_ids is None else [corpus.bitext(i) for i in bitext_ids]
    total = sum(corpus.bead_count(b.id) for b in bitexts)
    done = 0
    for bitext in bitexts:
        titles = {d: corpus.document_title(d) for d in (bitext.src_doc_id, bitext.tgt_doc_id)}
        index = _EntityIndex(corpus, bitext)
        for bead, src_text, tgt_text in corpus.iter_bead_texts(bitext.id):
            unit = AlignedUnit(src_lang=bitext.src_lang, tgt_lang=bitext.tgt_lang,
                               src_text=src_text, tgt_text=tgt_text, score=bead.score,
                               status=BeadStatus(bead.status).value, bitext=bitext.name,
                               src_doc=titles[bitext.src_doc_id],
                               tgt_doc=titles[bitext.tgt_doc_id], bead_id=bead.id,
                               changed=bead.changed_at)
            if (index.has(bitext.src_doc_id, bead.src_start, bead.src_end)
                    or index.has(bitext.tgt_doc_id, bead.tgt_start, bead.tgt_end)):
                found = (index.side("src", bitext.src_doc_id, bead.src_start, bead.src_end)
                         + index.side("tgt", bitext.tgt_doc_id, bead.tgt_start, bead.tgt_end))
                where = {ent.id: k for k, (ent, _) in enumerate(found)}
                for ent, item in found:
                    # the counterpart on the other side of this bead (an entity may have
                    # one in each language: the bitext's pair is the one written)
                    other = next((i for i in ent.links if i in where
                                  and found[where[i]][1]["side"] != item["side"]), None)
                    if other is not None:
                        item["counterpart"] = where[other]
                unit.entities = [item for _, item in found]
            yield unit
            done += 1
            if done % 1000 == 0:
                report(control, done, total, Problem("progress.exporting"))
    report(control, done, total, Problem("progress.exported"))


def export_corpus(corpus: Corpus, fmt: str, out, *, bitext_ids: Sequence[int] | None = None,
                  confirmed_only: bool = False, min_score: float | None = None,
                  include_empty: bool = False, control: TaskControl | None = None,
                  written: list[Path] | None = None) -> int:
    """Write the chosen bitexts in format `fmt` to `out` (path, or stem for per-language
    formats); returns the number of units written. A failure leaves no partial file.

    Outputs are planned and checked first (aligner.export_plan): none may be the corpus or
    one of its companion files, and one-pair formats get one output per language pair.
    The files written are appended to `written` when given.
    """
    try:
        module = get_format(fmt)
    except ValueError as exc:
        raise DragomanError(str(exc)) from None
    with corpus.snapshot():  # one committed state, while the GUI or another process edits
        bitexts = (corpus.bitexts() if bitext_ids is None
                   else [corpus.bitext(i) for i in bitext_ids])
        jobs = plan_export(fmt, out, bitexts, corpus.path)
        count = 0
        for job in jobs:
            try:
                count += module.write(iter_units(corpus, job.bitext_ids, control), job.out,
                                      include_empty=include_empty,
                                      confirmed_only=confirmed_only, min_score=min_score)
            except OSError as exc:  # no space left, permission denied, a vanished folder...
                raise DragomanError(f"{job.out}: cannot write ({exc.strerror or exc})") from None
    if written is not None:
        written += output_files(fmt, jobs, bitexts)
    return count


# --- import -------------------------------------------------------------------------------
class _Group:
    """The buffered units of one group (one future bitext), up to one chunk at a time.

    Plain lists and arrays instead of AlignedUnit objects: about a third of the memory.
    After its first chunk is stored, `doc_ids` and `bitext_id` say where the next go.
    """

    def __init__(self, unit: AlignedUnit) -> None:
        self.src_lang, self.tgt_lang = unit.src_lang, unit.tgt_lang  # as first given
        self.bitext, self.src_doc, self.tgt_doc = unit.bitext, unit.src_doc, unit.tgt_doc
        self.doc_ids: dict[str, int] = {}
        self.bitext_id: int | None = None
        self.clear()

    def clear(self) -> None:
        """Forget the buffered units (after they were stored)."""
        self.src: list[str] = []
        self.tgt: list[str] = []
        self.scores = array("d")  # NaN for a unit without a score (never scored)
        self.confirmed = bytearray()
        self.changed: dict[int, str] = {}
        self.entities: dict[int, AlignedUnit] = {}  # the few units that carry entities

    def add(self, unit: AlignedUnit) -> None:
        k = len(self.src)
        self.src.append(unit.src_text)
        self.tgt.append(unit.tgt_text)
        self.scores.append(math.nan if unit.score is None else unit.score)
        self.confirmed.append(unit.status == BeadStatus.CONFIRMED.value)
        if unit.changed:
            self.changed[k] = unit.changed
        if unit.entities:
            self.entities[k] = unit

    def __len__(self) -> int:
        return len(self.src)


def _open_units(path: Path, fmt: str, src_lang: str | None, tgt_lang: str | None,
                raw: IO[bytes]) -> tuple[Iterator[AlignedUnit], tmx_format.TmxReader | None]:
    """The format's unit generator reading from `raw` (whose position is the progress),
    and the TMX reader, which counts skipped units."""
    if fmt == "tmx":
        reader = tmx_format.TmxReader(path, src_lang=src_lang, tgt_lang=tgt_lang, stream=raw)
        return iter(reader), reader
    text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
    if fmt == "jsonl":
        return get_format("jsonl").read(text, src_lang=src_lang, tgt_lang=tgt_lang), None
    if not (src_lang and tgt_lang):
        raise InputError(path, Problem("import.tsv_languages"))
    return get_format("tsv").read(text, src_lang, tgt_lang), None


class _Segments(SequenceABC):
    """The segments of an imported document, made on demand (one per non-empty unit text)."""

    def __init__(self, texts: list[str], units: array, starts: array) -> None:
        self.texts, self.units, self.starts = texts, units, starts

    def __len__(self) -> int:
        return len(self.units)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        k = self.units[i]  # IndexError ends iteration
        text = self.texts[k]
        return Segment(None, 0, i, k, self.starts[i], self.starts[i] + len(text), text)


def _document(texts: list[str], lang: str, title: str, path: Path,
              checksum: str) -> tuple[Document, _Segments, array]:
    """One document of one side: unit texts joined by newlines, one segment per non-empty
    text; also each unit's segment position (-1 for an empty side)."""
    units, starts, where = array("q"), array("q"), array("q")
    offset = 0
    for k, text in enumerate(texts):
        if not text.strip():
            where.append(-1)
            continue
        if units:
            offset += 1
        where.append(len(units))
        units.append(k)
        starts.append(offset)
        offset += len(text)
    doc = Document(None, lang, title, "\n".join(texts[k] for k in units),
                   source_name=path.name, encoding="utf-8", checksum=checksum)
    return doc, _Segments(texts, units, starts), where


class _Beads(SequenceABC):
    """One bead per unit, made on demand: 1-1, or 0-1/1-0 where a side is empty."""

    def __init__(self, group: _Group, bitext_id: int, src_where: array, tgt_where: array,
                 src_base: int = 0, tgt_base: int = 0):
        self.group, self.bitext_id = group, bitext_id
        self.src_where, self.tgt_where = src_where, tgt_where
        # position where each side's range starts: the next segment not yet used (after
        # the segments of earlier chunks, `base`)
        self.src_at = self._starts(src_where, src_base)
        self.tgt_at = self._starts(tgt_where, tgt_base)

    @staticmethod
    def _starts(where: array, base: int) -> array:
        out, nxt = array("q"), base
        for w in where:
            out.append(nxt)
            if w >= 0:
                nxt = base + w + 1
        return out

    def __len__(self) -> int:
        return len(self.group)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self[j] for j in range(*k.indices(len(self)))]
        g = self.group
        s, t = self.src_at[k], self.tgt_at[k]
        return Bead(None, self.bitext_id, k, s, s + (self.src_where[k] >= 0),
                    t, t + (self.tgt_where[k] >= 0),
                    score=None if math.isnan(g.scores[k]) else g.scores[k],
                    status=BeadStatus.CONFIRMED if g.confirmed[k] else BeadStatus.AUTO,
                    changed_at=g.changed.get(k, ""))


def _store_group(corpus: Corpus, group: _Group, path: Path, checksum: str,
                 names: dict[str, RegisterEntry], control: TaskControl | None) -> int:
    """Store the buffered units of a group: its documents and bitext on the first call,
    appended to them on the next (one bitext however many chunks)."""
    docs = {}
    for side, lang, title, texts in (("src", group.src_lang, group.src_doc, group.src),
                                     ("tgt", group.tgt_lang, group.tgt_doc, group.tgt)):
        doc, segs, where = _document(texts, lang, title or f"{path.stem}.{lang}", path,
                                     checksum)
        if side in group.doc_ids:
            doc_id = group.doc_ids[side]
            base = corpus.doc_segment_count(doc_id)
            corpus.append_segments(doc_id, doc.text, segs)
        else:
            doc_id, base = corpus.add_document(doc, segs), 0
            group.doc_ids[side] = doc_id
        docs[side] = (doc_id, where, base)
        del doc, segs
        report(control, 0, 0, Problem("progress.storing"))
    if group.bitext_id is None:
        # no bitext name: add_bitext derives one from the source title
        group.bitext_id = corpus.add_bitext(docs["src"][0], docs["tgt"][0], group.bitext)
    bitext_id = group.bitext_id
    at = corpus.bead_count(bitext_id)
    corpus.set_beads(bitext_id, _Beads(group, bitext_id, docs["src"][1], docs["tgt"][1],
                                       docs["src"][2], docs["tgt"][2]), at, at)
    report(control, 0, 0, Problem("progress.storing"))
    for n, (k, unit) in enumerate(sorted(group.entities.items())):
        segs = {side: corpus.segment_at(docs[side][0], docs[side][2] + docs[side][1][k])
                for side in ("src", "tgt") if docs[side][1][k] >= 0}
        _store_entities(corpus, unit, segs, names)
        if n % 1000 == 0:
            report(control, n, len(group.entities), Problem("progress.storing_entities"))
    return bitext_id


def _store_entities(corpus: Corpus, unit: AlignedUnit, segs: dict[str, Segment],
                    names: dict[str, RegisterEntry]) -> None:
    """Entities of one unit; a counterpart link is stored both ways once both exist."""
    ids: list[int | None] = []
    texts = {"src": unit.src_text, "tgt": unit.tgt_text}
    langs = {"src": unit.src_lang, "tgt": unit.tgt_lang}
    for k, ent in enumerate(unit.entities):
        seg = segs.get(ent["side"])
        if seg is None:
            ids.append(None)
            continue
        other = ent.get("counterpart")
        link = ids[other] if isinstance(other, int) and other < k else None
        name_id = None
        if ent.get("canonical") or ent.get("transliteration"):
            arabic = _arabic_surface(unit, k, texts, langs)
            if arabic:
                entry = names.get(arabic)
                if entry is None:
                    entry = _register_entry(unit, arabic, ent)
                    corpus.add_register_entry(entry)
                    names[arabic] = entry
                name_id = entry.id
        new_id = corpus.add_entity(Entity(None, seg.id, ent["start"], ent["end"], ent["label"],
                                          name_id=name_id))
        if link is not None:
            corpus.set_entity_counterpart(new_id, link)
        ids.append(new_id)
    # a link written only on the earlier entity ("counterpart" pointing forward)
    for k, ent in enumerate(unit.entities):
        other = ent.get("counterpart")
        if isinstance(other, int) and other > k and ids[k] is not None and ids[other] is not None:
            corpus.set_entity_counterpart(ids[k], ids[other])


def _register_entry(unit: AlignedUnit, arabic: str, ent: dict) -> RegisterEntry:
    """A register entry for an imported entity's canonical spelling (in the unit's
    non-Arabic language) and transliteration (a romanization)."""
    lang = unit.tgt_lang if base_lang(unit.src_lang) == "ar" else unit.src_lang
    forms = []
    if ent.get("canonical"):
        forms.append(NameForm(base_lang(lang), ent["canonical"], FormStatus.PREFERRED))
    if ent.get("transliteration"):
        forms.append(NameForm(ROMANIZED_LANG, ent["transliteration"]))
    return RegisterEntry(None, arabic, forms=forms)


def _arabic_surface(unit: AlignedUnit, k: int, texts: dict, langs: dict) -> str:
    """The Arabic written form a glossary entry is keyed by: the entity's own text if it
    is on the Arabic side, else its counterpart's."""
    for idx in (k, unit.entities[k].get("counterpart")):
        if isinstance(idx, int) and 0 <= idx < len(unit.entities):
            ent = unit.entities[idx]
            if langs[ent["side"]].lower().split("-")[0] == "ar":
                return texts[ent["side"]][ent["start"]:ent["end"]]
    return ""


def _checksum(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def import_file(corpus: Corpus, path, *, src_lang: str | None = None,
                tgt_lang: str | None = None, control: TaskControl | None = None,
                max_bytes: int = MAX_IMPORT_BYTES,
                chunk_units: int = CHUNK_UNITS) -> ImportSummary:
    """Import a TMX, JSONL or TSV file of aligned units into the corpus, all or nothing.

    Streamed: at most `chunk_units` units per group, and twice that in all, are held in
    memory; each group becomes one bitext (see the module docstring). Progress reports
    the bytes read of the file's size.
    """
    path = Path(path)
    if chunk_units < 1:
        raise ValueError("chunk_units must be at least 1")
    fmt = IMPORT_SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise InputError(path, Problem("import.unknown_format"))
    size = regular_file_size(path)
    src_lang = None if src_lang is None else check_tag(src_lang, path)
    tgt_lang = None if tgt_lang is None else check_tag(tgt_lang, path)
    if size > max_bytes:
        raise InputError(path, Problem("import.too_big", size=f"{size / 2**30:.1f}",
                                       limit=f"{max_bytes / 2**30:.1f}"))
    summary = ImportSummary()
    groups: dict[tuple, _Group] = {}  # every group, in order of first appearance
    buffered: OrderedDict[tuple, _Group] = OrderedDict()  # non-empty, least recently fed first
    held = 0  # units in all buffers

    def store(key: tuple) -> None:
        nonlocal held
        group = buffered.pop(key)
        _store_group(corpus, group, path, checksum, names, control)
        held -= len(group)
        group.clear()

    count = 0
    try:
        raw = open(path, "rb")
    except OSError as exc:
        raise InputError(path, Problem("import.cannot_read", reason=exc.strerror or exc)) from None
    units, reader = _open_units(path, fmt, src_lang, tgt_lang, raw)
    try:
        checksum = _checksum(path)
        with corpus.transaction():
            names = {n.arabic: n for n in corpus.register_entries()}
            labels = {lab.name for lab in corpus.labels()}
            for unit in units:
                _take_labels(corpus, unit, labels, path)
                key = (unit.bitext, unit.src_doc, unit.tgt_doc, unit.src_lang.lower(),
                       unit.tgt_lang.lower())
                group = groups.get(key)
                if group is None:
                    group = groups[key] = _Group(unit)
                group.add(unit)
                buffered[key] = group
                buffered.move_to_end(key)
                held += 1
                if len(group) >= chunk_units:
                    store(key)
                elif held >= 2 * chunk_units:
                    store(next(iter(buffered)))
                count += 1
                if count % 1000 == 0:
                    report(control, _tell(raw), size, Problem("progress.reading"))
            summary.units = count
            if reader is not None:
                summary.skipped = reader.skipped
                summary.languages = (reader.src_lang or "", reader.tgt_lang or "")
                if not count and reader.skipped:
                    found = ", ".join(sorted(reader.languages))
                    pair = {"src": reader.src_lang, "tgt": reader.tgt_lang}
                    raise InputError(path, Problem("import.no_pair", found=found, **pair)
                                     if found else Problem("import.no_pair_none", **pair))
            if not count:
                raise InputError(path, Problem("import.no_units"))
            for key, group in groups.items():
                if len(group):
                    store(key)
                if group.bitext_id is not None:
                    summary.bitext_ids.append(group.bitext_id)
            # inside the transaction: a cancel seen here still rolls back, never after commit
            report(control, size, size, Problem("progress.imported", count=f"{count:,}"))
    finally:
        close = getattr(units, "close", None)
        if close is not None:
            close()  # a generator left half-way still holds the open file
        raw.close()
    return summary


def _take_labels(corpus: Corpus, unit: AlignedUnit, known: set[str], path: Path) -> None:
    """An entity label the corpus lacks joins its label set with a colour of its own (the
    editor draws every label); a bad name or no colour left refuses the file, naming the
    line (InputError: the import's transaction rolls back, nothing half done)."""
    from aligner.entities.labels import Label, LabelError, check_labels, next_colour, next_key

    for ent in unit.entities:
        name = ent.get("label")
        if not isinstance(name, str) or name in known:
            continue
        labels = corpus.labels()
        try:
            new = Label(name, next_colour(labels), next_key(labels))
            check_labels([*labels, new])
        except LabelError as exc:
            raise InputError(path, Problem("import.label_refused", label=repr(name),
                                           problem=exc.problem), unit.line) from None
        corpus.set_labels([*labels, new])
        known.add(name)


def _tell(raw: IO[bytes]) -> int:
    try:
        return raw.tell()
    except (OSError, ValueError):
        return 0
