"""Projection, suggestions and propagation over a corpus, each as one EntityEdit.

The pure logic (project, suggest, occurrences) works on a bead's two texts; here a bead
side is its sentences joined by a newline (a name never spans two sentences, and a
newline is never inside a span the logic returns), entities are mapped between sentence
offsets and side offsets, and the results become one undoable edit. Nothing is written
here: callers apply the edit through their history (the CLI applies it at once).
"""
from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from aligner.corpus import Corpus
from aligner.entities.concepts import ConceptIndex, concept_index, pair_by_concept
from aligner.entities.edits import EntityEdit, keep_added
from aligner.entities.gazetteer import GazetteerEntry
from aligner.entities.occurrences import NameKey, find_in_words, name_key
from aligner.entities.project import Mention, project_bead
from aligner.entities.suggest import (MIN_CONFIDENCE, KnownName, person_parts, prepare_known,
                                      suggest_bead, text_labels)
from aligner.entities.words import text_words
from aligner.model import Bitext, Entity, Segment
from aligner.tasks import TaskControl, report


@dataclass
class Side:
    """One side of a bead: its sentences joined by newlines, and where each one starts."""

    lang: str
    segments: list[Segment]
    starts: list[int]
    text: str
    entities: list[Entity]

    def mention(self, e: Entity) -> Mention:
        base = self.starts[[s.id for s in self.segments].index(e.segment_id)]
        return Mention(base + e.start, base + e.end, e.label, e.counterpart_id is not None)

    def locate(self, start: int, end: int) -> tuple[int, int, int] | None:
        """(segment id, start, end) in that sentence, or None if the span crosses two."""
        for seg, base in zip(self.segments, self.starts):
            if base <= start and end <= base + len(seg.text):
                return seg.id, start - base, end - base  # type: ignore[return-value]
        return None


def _side(lang: str, segs: list[Segment], ents: dict[int, list[Entity]]) -> Side:
    starts, pos = [], 0
    for s in segs:
        starts.append(pos)
        pos += len(s.text) + 1
    return Side(lang, segs, starts, "\n".join(s.text for s in segs),
                [e for s in segs for e in ents.get(s.id, [])])


def iter_bead_sides(corpus: Corpus, bitext: Bitext) -> Iterator[tuple[int, Side, Side]]:
    """(bead position, source side, target side) for every bead, in order."""
    src_segs = [s for s in corpus.segments(bitext.src_doc_id)]
    tgt_segs = [s for s in corpus.segments(bitext.tgt_doc_id)]
    ents: dict[int, list[Entity]] = {}
    for side in corpus.bitext_entities(bitext.id).values():
        for e in side:
            ents.setdefault(e.segment_id, []).append(e)
    for bead in corpus.iter_beads(bitext.id):
        src = [s for s in src_segs[bead.src_start:bead.src_end] if not s.excluded]
        tgt = [s for s in tgt_segs[bead.tgt_start:bead.tgt_end] if not s.excluded]
        yield bead.position, _side(bitext.src_lang, src, ents), _side(bitext.tgt_lang, tgt, ents)


def _check(control: TaskControl | None, done: int, total: int) -> None:
    report(control, done, total)


@dataclass
class Plan:
    """What an entity command will do: the edit (None when there is nothing to do) and,
    for printing, one row per new or linked entity. For suggest and propagate, rows[i]
    describes edit.add[i], so a preview with checkboxes can keep some (`only`)."""

    edit: EntityEdit | None
    rows: list[dict]
    stored: list[dict] = dataclasses.field(default_factory=list)  # stored ones it changes

    def only(self, chosen: Sequence[int]) -> EntityEdit | None:
        """The edit with only the new entities at these row indices (edits.keep_added)."""
        return None if self.edit is None else keep_added(self.edit, chosen)


def _new(side: Side, start: int, end: int, label: str, status: str,
         source: str) -> Entity | None:
    where = side.locate(start, end)
    if where is None:
        return None
    return Entity(None, where[0], where[1], where[2], label, status=status, source=source)


def project_bitexts(corpus: Corpus, bitext_ids: Sequence[int], from_lang: str, *,
                    status: str = "accepted", control: TaskControl | None = None,
                    min_confidence: float = 0.0) -> Plan:
    """Counterparts for every unlinked entity on the `from_lang` side of these bitexts,
    those of `min_confidence` or more; each row carries its "confidence": the match's
    score (word coverage less the distance penalty of project.project_bead) within 0..1."""
    add: list[Entity] = []
    links: list[tuple[int, int]] = []
    rows: list[dict] = []
    for bitext in (corpus.bitext(i) for i in bitext_ids):
        if from_lang not in (bitext.src_lang, bitext.tgt_lang):
            continue
        total = corpus.bead_count(bitext.id)
        for pos, src, tgt in iter_bead_sides(corpus, bitext):
            _check(control, pos, total)
            a, b = (src, tgt) if bitext.src_lang == from_lang else (tgt, src)
            if not a.entities or not b.text:
                continue
            sources = [a.mention(e) for e in a.entities]
            targets = [b.mention(e) for e in b.entities]
            for p in project_bead(a.text, a.lang, b.text, b.lang, sources, targets):
                confidence = min(1.0, max(0.0, p.score))
                if confidence < min_confidence:
                    continue
                ent = a.entities[p.source]
                if p.existing is not None:
                    other = b.entities[p.existing]
                    links.append((ent.id, other.id))  # type: ignore[arg-type]
                    found = b.text[p.start:p.end]
                else:
                    new = _new(b, p.start, p.end, p.label, status, "projection")
                    if new is None:
                        continue
                    add.append(dataclasses.replace(new, counterpart_id=ent.id))
                    found = b.text[p.start:p.end]
                rows.append({"bitext": bitext.name, "bead": pos + 1, "from": a.lang,
                             "source": a.text[sources[p.source].start:sources[p.source].end],
                             "label": p.label, "lang": b.lang, "text": found,
                             "score": p.score, "confidence": confidence,
                             "new": p.existing is None})
    if not add and not links:
        return Plan(None, rows)
    n = len(rows)
    return Plan(EntityEdit(f"Project {n} entit{'y' if n == 1 else 'ies'} from {from_lang}",
                           kind="project", params={"n": n, "lang": from_lang},
                           add=add, links=links), rows)


def known_names(corpus: Corpus, gazetteer: Sequence[GazetteerEntry] = (),
                skip_docs: Sequence[int] = (), also: Sequence[Entity] = ()) -> list[KnownName]:
    """Names to look for: gazetteer entries, register entries (Arabic forms and spellings),
    and the accepted entities of the corpus (outside `skip_docs`) and `also` (accepted
    but not stored yet), each once."""
    out: list[KnownName] = []
    for g in gazetteer:
        lang = "ar" if any("\u0600" <= ch <= "\u06ff" for ch in g.text) else "en"
        out.append(KnownName(g.text, lang, g.label, "gazetteer"))
    for entry in corpus.register_entries():
        if not entry.label:
            continue
        for form in entry.arabic_forms():
            out.append(KnownName(form, "ar", entry.label, "register", entry.id))
        for f in entry.forms:
            if f.lang not in ("ar", "ar-Latn"):
                out.append(KnownName(f.text, f.lang, entry.label, "register", entry.id))
    docs = {d.id: d.lang for d in corpus.documents()}
    labels: dict[tuple[str, str], Counter] = {}
    stored = corpus.entities_of_documents(sorted(set(docs) - set(skip_docs)))
    for doc_id, e in [(d, e) for d, _, e in stored if e.status == "accepted"] + [
            (corpus.segment(e.segment_id).doc_id, e) for e in also]:
        seg = corpus.segment(e.segment_id)
        text = seg.text[e.start:e.end]
        if docs[doc_id] == "ar" and seg.text[:e.start].endswith("ل") and text.startswith("ل"):
            text = "ا" + text  # cut from ل + ال: look for the name with its article
        labels.setdefault((text, docs[doc_id]), Counter())[e.label] += 1
    for (text, lang), count in sorted(labels.items()):
        label = sorted(count.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        out.append(KnownName(text, lang, label, "corpus"))
    return out


class _Placed:
    """Entities added so far, by sentence: a span met again (the same sentence seen from a
    second bitext: ar-en and ar-fr share the Arabic document) is the one already added,
    and a span overlapping one already added is dropped."""

    def __init__(self) -> None:
        self.by_segment: dict[int, list[tuple[int, int, int]]] = {}
        self.count = 0

    def place(self, e: Entity) -> int | None:
        """The index in the added list of `e` (a new index when it is new), or None."""
        spans = self.by_segment.setdefault(e.segment_id, [])
        for s, t, k in spans:
            if (s, t) == (e.start, e.end):
                return k
            if e.start < t and s < e.end:
                return None
        spans.append((e.start, e.end, self.count))
        self.count += 1
        return self.count - 1


def suggest_bitexts(corpus: Corpus, bitext_ids: Sequence[int], *,
                    gazetteer: Sequence[GazetteerEntry] = (), accept: bool = False,
                    control: TaskControl | None = None,
                    min_confidence: float = MIN_CONFIDENCE) -> Plan:
    """Suggestions (status "suggested", or accepted at once with `accept`) for these bitexts,
    those at `min_confidence` or above; each row carries its "confidence" (0 to 1).

    With `accept`, the entities accepted now are names tagged elsewhere in the corpus for
    the rest of the run, as they would be for a second run: passes are repeated with them
    known (and blocking their spans) until one adds nothing, so a second `--accept` run
    finds nothing new (a name accepted in one bead, unsure in another, was found there
    by the second run only)."""
    concepts = concept_index(gazetteer)  # a TBX entry's terms pair across the bead
    run = _SuggestRun("accepted" if accept else "suggested")
    known = prepare_known(known_names(corpus, gazetteer))
    run.add_pass(corpus, bitext_ids, known, concepts, control, min_confidence)
    done = 0
    for _ in range(_MAX_PASSES - 1):
        if not accept or len(run.add) == done:
            break
        done = len(run.add)
        known = prepare_known(known_names(corpus, gazetteer, also=run.add))
        run.add_pass(corpus, bitext_ids, known, concepts, control, min_confidence)
    if not run.add:
        return Plan(None, run.rows)
    verb = "Add" if accept else "Suggest"
    return Plan(EntityEdit(f"{verb} {len(run.add)} entities", kind=verb.lower(),
                           params={"n": len(run.add)}, add=run.add, links=run.links), run.rows)


# Passes of an accepting run at most (each one is a whole run over the bitexts; the
# second one almost always adds nothing or is the last)
_MAX_PASSES = 4


class _SuggestRun:
    """The entities one suggest run adds, with their rows and links, over its passes."""

    def __init__(self, status: str) -> None:
        self.status = status
        self.add: list[Entity] = []
        self.rows: list[dict] = []
        self.links: list[tuple[int, int]] = []  # between added ones: -1 is add[0]
        self.paired: set[tuple[int, str]] = set()  # (index in add, language linked to)
        self.placed = _Placed()  # a document in two bitexts (ar-en, ar-fr): each name once
        self.earlier = 0  # how many of `add` earlier passes added

    def _with_added(self, side: Side) -> Side:
        """The side with the entities added by earlier passes among its entities (this
        pass's own are met again through `placed`: an Arabic name of ar-en is linked to
        its French counterpart in ar-fr)."""
        ids = {s.id for s in side.segments}
        return dataclasses.replace(side, entities=side.entities + [
            e for e in self.add[:self.earlier] if e.segment_id in ids])

    def add_pass(self, corpus: Corpus, bitext_ids: Sequence[int],
                 known: Sequence[tuple[NameKey, KnownName]], concepts: ConceptIndex,
                 control: TaskControl | None, min_confidence: float) -> None:
        status, add, rows, links, paired, placed = (self.status, self.add, self.rows,
                                                    self.links, self.paired, self.placed)
        self.earlier = len(add)
        for bitext in (corpus.bitext(i) for i in bitext_ids):
            total = corpus.bead_count(bitext.id)
            beads = [(pos, self._with_added(src), self._with_added(tgt))
                     for pos, src, tgt in iter_bead_sides(corpus, bitext)
                     if src.text and tgt.text]
            # First pass: persons named in full in this bitext (then "Assad" alone is one too)
            # and the label each name has where it is surest (suggest.text_labels)
            names: list[tuple[str, str, float]] = []
            for _, src, tgt in beads:
                latin = tgt if src.lang == "ar" else src
                names += [(latin.text[m.start:m.end], m.label, 1.0) for e in latin.entities
                          for m in [latin.mention(e)]]
                for sg in suggest_bead(src.text, src.lang, tgt.text, tgt.lang, min_confidence=0.0):
                    m = sg.tgt if src.lang == "ar" else sg.src
                    if m is not None:
                        names.append((latin.text[m.start:m.end], sg.label, sg.confidence))
            persons = person_parts([(text, label) for text, label, _ in names])
            labels = text_labels(names)
            for pos, src, tgt in beads:
                _check(control, pos, total)
                found = suggest_bead(src.text, src.lang, tgt.text, tgt.lang, known=known,
                                     existing_src=[src.mention(e) for e in src.entities],
                                     existing_tgt=[tgt.mention(e) for e in tgt.entities],
                                     persons=persons, labels=labels,
                                     min_confidence=min_confidence)
                found = pair_by_concept(found, src.text, src.lang, tgt.text, tgt.lang, concepts)
                for sg in found:
                    pair: list[int | None] = []
                    for side, m in ((src, sg.src), (tgt, sg.tgt)):
                        ent = _new(side, m.start, m.end, m.label, status, sg.origin) if m else None
                        if ent is not None and sg.name_id is not None:
                            ent = dataclasses.replace(ent, name_id=sg.name_id)
                        k = placed.place(ent) if ent is not None else None
                        pair.append(k)
                        if k is not None and k == len(add):  # a new one (not a shared sentence's)
                            add.append(ent)  # type: ignore[arg-type]
                            rows.append({"bitext": bitext.name, "bead": pos + 1, "lang": side.lang,
                                         "text": side.text[m.start:m.end], "label": m.label,  # type: ignore[union-attr]
                                         "origin": sg.origin, "score": sg.score,
                                         "confidence": sg.confidence})
                    a, b = pair  # one counterpart per language: an Arabic name of a document
                    # in ar-en and ar-fr is linked to the English one and the French one
                    if a is not None and b is not None and (a, tgt.lang) not in paired \
                            and (b, src.lang) not in paired:
                        paired.update(((a, tgt.lang), (b, src.lang)))
                        links.append((-(a + 1), -(b + 1)))


def accept_with_stored(corpus: Corpus, bitext_ids: Sequence[int], plan: Plan) -> Plan:
    """`plan` (new entities, accepted) plus the suggestions already stored in the documents
    of these bitexts, accepted too: `suggest` then `suggest --accept` accepts what the
    first run stored (new suggestions could not overlap it). The stored ones are listed
    in `stored`, the new ones stay in `rows`."""
    docs = sorted({i for b in bitext_ids for i in (corpus.bitext(b).src_doc_id,
                                                   corpus.bitext(b).tgt_doc_id)})
    langs = {d.id: d.lang for d in corpus.documents()}
    pending = [(doc, pos, e) for doc, pos, e in corpus.entities_of_documents(docs)
               if e.status == "suggested" and e.id is not None]
    if not pending:
        return plan
    stored = [{"doc": doc, "sentence": pos + 1, "lang": langs[doc], "label": e.label,
               "text": corpus.segment(e.segment_id).text[e.start:e.end], "origin": e.source}
              for doc, pos, e in pending]
    change = [(e.id, {"status": "accepted"}) for _, _, e in pending]
    base = plan.edit
    n = len(pending) + (len(base.add) if base is not None else 0)
    edit = EntityEdit(f"Accept {n} entities", kind="accept", params={"n": n},
                      add=base.add if base else (),
                      links=base.links if base else (), change=change)
    return Plan(edit, plan.rows, stored)


def propagate(corpus: Corpus, bitext_ids: Sequence[int] | None = None, *,
              status: str = "accepted", control: TaskControl | None = None) -> Plan:
    """Tag every other occurrence of the corpus's accepted entities in the documents of
    these bitexts (all documents when None); new entities on both sides of a bead whose
    names are linked elsewhere are linked to each other."""
    docs = {d.id: d.lang for d in corpus.documents()}
    if bitext_ids is not None:
        wanted = {i for b in bitext_ids for i in (corpus.bitext(b).src_doc_id,
                                                  corpus.bitext(b).tgt_doc_id)}
    else:
        wanted = set(docs)
    names: dict[tuple, Counter] = {}
    linked: set[tuple[tuple, tuple]] = set()
    by_id: dict[int, tuple] = {}
    all_ents = corpus.entities_of_documents(sorted(docs))
    for doc_id, _, e in all_ents:
        if e.status != "accepted":
            continue
        seg = corpus.segment(e.segment_id)
        key = name_key(seg.text[e.start:e.end], docs[doc_id], seg.text[:e.start])
        if key is None:
            continue
        names.setdefault((key.lang, key.words, key.article), Counter())[e.label] += 1
        by_id[e.id] = (key.lang, key.words, key.article)  # type: ignore[index]
    for _doc_id, _, e in all_ents:
        if e.counterpart_id in by_id and e.id in by_id:
            linked.add((by_id[e.id], by_id[e.counterpart_id]))  # type: ignore[index]
    occupied: dict[int, list[tuple[int, int]]] = {}
    for _, _, e in all_ents:
        occupied.setdefault(e.segment_id, []).append((e.start, e.end))
    keys = sorted(names, key=lambda k: (-sum(len(w) for w in k[1]), k))  # longest first
    add: list[Entity] = []
    origin: list[tuple] = []
    rows: list[dict] = []
    ordered = sorted(wanted)
    for n, doc_id in enumerate(ordered):
        _check(control, n, len(ordered))
        lang = docs[doc_id]
        for seg in corpus.segments(doc_id):
            if seg.excluded:
                continue
            words = text_words(seg.text, lang)
            taken = occupied.setdefault(seg.id, [])
            for k in keys:
                if (k[0] == "ar") != (lang == "ar"):
                    continue
                for s, t in find_in_words(seg.text, words, NameKey(k[0], k[1], k[2])):
                    if any(s < b and a < t for a, b in taken):
                        continue
                    label = sorted(names[k].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
                    taken.append((s, t))
                    add.append(Entity(None, seg.id, s, t, label, status=status,
                                      source="propagation"))
                    origin.append(k)
                    rows.append({"doc": doc_id, "sentence": seg.position + 1, "lang": lang,
                                 "text": seg.text[s:t], "label": label})
    if not add:
        return Plan(None, rows)
    links = _link_new_pairs(corpus, bitext_ids, add, origin, linked)
    return Plan(EntityEdit(f"Tag {len(add)} occurrences", kind="propagate",
                           params={"n": len(add)}, add=add, links=links), rows)


def _link_new_pairs(corpus: Corpus, bitext_ids: Sequence[int] | None, add: list[Entity],
                    origin: list[tuple], linked: set[tuple[tuple, tuple]]) -> list[tuple[int, int]]:
    """Links between new entities that sit in one bead and whose names are linked elsewhere."""
    seg_index: dict[int, list[int]] = {}
    for k, e in enumerate(add):
        seg_index.setdefault(e.segment_id, []).append(k)
    links: list[tuple[int, int]] = []
    ids = bitext_ids if bitext_ids is not None else [b.id for b in corpus.bitexts()]
    for bitext in (corpus.bitext(i) for i in ids):
        for _, src, tgt in iter_bead_sides(corpus, bitext):
            a = [k for s in src.segments for k in seg_index.get(s.id, [])]
            b = [k for s in tgt.segments for k in seg_index.get(s.id, [])]
            used: set[int] = set()
            for i in a:
                for j in b:
                    if j not in used and (origin[i], origin[j]) in linked:
                        used.add(j)
                        links.append((-(i + 1), -(j + 1)))
                        break
    return links


@dataclass(frozen=True)
class Proposal:
    """A counterpart proposed for one entity: a span of a sentence on the other side, or
    an unlinked entity already there (`existing_id`)."""

    segment_id: int
    start: int
    end: int
    label: str
    score: float
    existing_id: int | None = None


def propose_counterpart(corpus: Corpus, bitext_id: int, entity_id: int) -> Proposal | None:
    """The counterpart to propose at once when the annotator tags an entity (Enter accepts
    it: tag it linked with `edits.tag(..., counterpart_id=entity_id)` or link the existing
    one; Esc drops it). None when the other side of the bead has no plausible span."""
    ent = corpus.entity(entity_id)
    bitext = corpus.bitext(bitext_id)
    seg = corpus.segment(ent.segment_id)
    on_src = seg.doc_id == bitext.src_doc_id
    for _, src, tgt in iter_bead_sides(corpus, bitext):
        a, b = (src, tgt) if on_src else (tgt, src)
        if seg.id not in [s.id for s in a.segments]:
            continue
        sources = [dataclasses.replace(a.mention(e), linked=False) if e.id == entity_id
                   else dataclasses.replace(a.mention(e), linked=True) for e in a.entities]
        k = [e.id for e in a.entities].index(entity_id)
        targets = [b.mention(e) for e in b.entities]
        for p in project_bead(a.text, a.lang, b.text, b.lang, sources, targets):
            if p.source != k:
                continue
            if p.existing is not None:
                other = b.entities[p.existing]
                return Proposal(other.segment_id, other.start, other.end, other.label, p.score,
                                other.id)
            where = b.locate(p.start, p.end)
            if where is not None:
                return Proposal(where[0], where[1], where[2], p.label, p.score)
        return None
    return None
