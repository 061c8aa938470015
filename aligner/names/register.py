"""Building the names register: proposals the user confirms, never entries made silently.

Evidence comes in as observations (an Arabic form, maybe a Latin spelling seen with it,
the entities behind it), from three places: entities the annotator tagged and linked,
name pairs the cross-script matcher finds in the beads, and the register itself. They
are grouped by name: two Arabic forms are one name when they are the same up to spelling
(hamza, alef, diacritics, proclitics) or a typing slip apart and their Latin spellings
agree (كاغينز / كاغيتر, both Caggins); Latin spellings of one name are grouped whatever
document they come from (al-Qā’im / al-Qaim / Al Qaim / Qaem). A group that matches an
entry of the register becomes a proposal to add what the entry lacks; any other group a
proposal for a new entry. Each proposal says what it rests on and how often it was seen.
"""
from __future__ import annotations

import copy
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from aligner.model import FormStatus, NameForm, NameKind, RegisterEntry
from aligner.names.translit import is_known_exonym
from aligner.names.variants import (arabic_key, arabic_variants, bare_arabic, latin_variants,
                                    spells)


@dataclass(frozen=True)
class Observation:
    """One sighting of a name: its Arabic form and, when known, its Latin spelling."""

    arabic: str
    latin: str = ""
    lang: str = ""
    label: str = ""
    source: str = "entities"   # "entities", "matcher", "register"
    entity_ids: tuple[int, ...] = ()
    name_id: int | None = None  # the entry the entities are already tied to


@dataclass
class Proposal:
    """An entry to add (entry.id None) or an entry to complete (entry.id set), with the
    entities to tie to it and what it rests on."""

    entry: RegisterEntry
    entity_ids: list[int] = field(default_factory=list)
    counts: dict[tuple[str, str], int] = field(default_factory=dict)  # (lang, form) -> seen
    sources: tuple[str, ...] = ()
    new_forms: list[NameForm] = field(default_factory=list)  # what a join adds

    @property
    def is_new(self) -> bool:
        return self.entry.id is None

    def describe(self) -> str:
        seen = sum(self.counts.values())
        what = "new entry" if self.is_new else "add to entry"
        shown = self.entry.forms if self.is_new else self.new_forms
        forms = "; ".join(f"{f.lang}: {f.text}" + ("" if f.status is not FormStatus.PREFERRED
                                                    else " (chosen)") for f in shown)
        return (f"{what} {self.entry.arabic}: {forms or 'tie entities'} "
                f"(seen {seen}x; from {', '.join(self.sources)})")

    def edit(self):
        """The undoable edit that confirms this proposal."""
        from aligner.history import EditGroup
        from aligner.names.edits import AddEntry, ChangeEntry, TieEntities

        if self.is_new:
            return AddEntry(self.entry, self.entity_ids)
        assert self.entry.id is not None
        edits = [ChangeEntry(self.entry)] if self.new_forms else []
        if self.entity_ids:
            edits.append(TieEntities(self.entity_ids, self.entry.id))
        return EditGroup(f"Complete {self.entry.arabic} in the names register", edits)


# --- grouping ----------------------------------------------------------------------------

class _Group:
    def __init__(self) -> None:
        self.obs: list[Observation] = []

    def arabic_keys(self) -> set[str]:
        return {arabic_key(o.arabic) for o in self.obs}

    def latin(self) -> list[str]:
        return [o.latin for o in self.obs if o.latin]


def _compatible(a: _Group, b: _Group) -> bool:
    """May two groups with near-identical Arabic be one name? Only if their Latin
    spellings agree (or one has none to disagree with)."""
    la, lb = a.latin(), b.latin()
    if not la or not lb:
        return True
    return any(latin_variants(x, y) for x in set(la) for y in set(lb))


def group_observations(observations: Iterable[Observation]) -> list[list[Observation]]:
    """Observations grouped by the name they are of, in first-seen order."""
    groups: dict[str, _Group] = {}
    for obs in observations:
        key = arabic_key(obs.arabic)
        if not key:
            continue
        groups.setdefault(key, _Group()).obs.append(obs)
    keys = list(groups)
    parent = {k: k for k in keys}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    # near-duplicate Arabic forms (a slip apart) whose Latin spellings agree
    by_size: dict[int, list[str]] = {}
    for k in keys:
        by_size.setdefault(len(k), []).append(k)
    for k in keys:
        for size in (len(k) - 1, len(k), len(k) + 1):
            for other in by_size.get(size, ()):
                if other <= k or find(other) == find(k):
                    continue
                if arabic_variants(k, other) and _compatible(groups[k], groups[other]):
                    parent[find(other)] = find(k)
    merged: dict[str, list[Observation]] = {}
    for k in keys:
        merged.setdefault(find(k), []).extend(groups[k].obs)
    return list(merged.values())


# --- from a group to an entry ------------------------------------------------------------

def _most_common(counter: Counter) -> str:
    """The most frequent item; ties go to the first seen (Counter keeps insertion order)."""
    best = max(counter.values())
    return next(k for k, v in counter.items() if v == best)


def guess_kind(arabic: str, latin: str) -> NameKind:
    """A name whose spelling writes its Arabic letters is romanized; an established
    other name (مصر Egypt) is an exonym; several words that do not are a translation."""
    if not latin:
        return NameKind.NAME
    if is_known_exonym(arabic, latin):
        return NameKind.EXONYM
    if spells(arabic, latin):
        return NameKind.NAME
    return NameKind.TRANSLATION if len(latin.split()) > 1 else NameKind.EXONYM


def entry_from_group(obs: Sequence[Observation]) -> tuple[RegisterEntry, dict[tuple[str, str], int]]:
    """A new entry: the most frequent Arabic form as headword, the others as Arabic
    forms; per language the most frequent spelling chosen, the others deprecated."""
    arabic = Counter(bare_arabic(o.arabic) for o in obs)
    head = _most_common(arabic)
    labels = Counter(o.label for o in obs if o.label)
    forms = [NameForm("ar", a) for a in arabic if a != head]
    counts: dict[tuple[str, str], int] = {("ar", a): n for a, n in arabic.items()}
    by_lang: dict[str, Counter] = {}
    for o in obs:
        if o.latin and o.lang:
            by_lang.setdefault(o.lang, Counter())[o.latin] += 1
    kind = NameKind.NAME
    for lang, spellings in sorted(by_lang.items()):
        chosen = _most_common(spellings)
        if lang == "en" or kind is NameKind.NAME:
            kind = guess_kind(head, chosen)
        forms.append(NameForm(lang, chosen, FormStatus.PREFERRED))
        forms += [NameForm(lang, s, FormStatus.DEPRECATED) for s in spellings if s != chosen]
        counts.update({(lang, s): n for s, n in spellings.items()})
    label = _most_common(labels) if labels else ""
    return RegisterEntry(None, head, kind, label, forms), counts


def _matches_entry(entry: RegisterEntry, obs: Sequence[Observation]) -> bool:
    keys = {arabic_key(a) for a in entry.arabic_forms()}
    if any(o.name_id == entry.id for o in obs):
        return True
    for o in obs:
        k = arabic_key(o.arabic)
        if k in keys:
            return True
        if any(arabic_variants(o.arabic, a) for a in entry.arabic_forms()):
            spelled = [f.text for f in entry.forms if f.lang == o.lang]
            if not o.latin or not spelled or any(latin_variants(o.latin, s) for s in spelled):
                return True
    return False


def completed_entry(entry: RegisterEntry, obs: Sequence[Observation]) -> tuple[RegisterEntry, list[NameForm]]:
    """`entry` with the Arabic forms and spellings of `obs` it lacks (new spellings join
    as deprecated variants, or as the choice in a language that has none)."""
    out = copy.deepcopy(entry)
    have = {(f.lang, f.text) for f in out.forms} | {("ar", out.arabic)}
    added: list[NameForm] = []
    for o in obs:
        candidates = [NameForm("ar", bare_arabic(o.arabic))]
        if o.latin and o.lang:
            status = FormStatus.DEPRECATED if out.spelling(o.lang) else FormStatus.PREFERRED
            candidates.append(NameForm(o.lang, o.latin, status))
        for form in candidates:
            if (form.lang, form.text) not in have:
                have.add((form.lang, form.text))
                out.forms.append(form)
                added.append(form)
    if not out.label:
        out.label = next((o.label for o in obs if o.label), "")
    return out, added


def merged_entry(keep: RegisterEntry, others: Sequence[RegisterEntry]) -> RegisterEntry:
    """`keep` with every form of `others` (their headwords as Arabic forms)."""
    obs = []
    for other in others:
        obs.append(Observation(other.arabic))
        obs += [Observation(f.text) for f in other.forms if f.lang == "ar"]
    out, _ = completed_entry(keep, obs)
    have = {(f.lang, f.text) for f in out.forms}
    for other in others:
        for f in other.forms:
            if f.lang != "ar" and (f.lang, f.text) not in have:
                status = f.status
                if status is FormStatus.PREFERRED and out.spelling(f.lang):
                    status = FormStatus.DEPRECATED
                out.forms.append(NameForm(f.lang, f.text, status, f.scheme))
                have.add((f.lang, f.text))
    return out


def propose(observations: Iterable[Observation],
            register: Sequence[RegisterEntry]) -> list[Proposal]:
    """Proposals from observations against the current register, most seen first."""
    out: list[Proposal] = []
    for obs in group_observations(observations):
        counts: Counter = Counter()
        for o in obs:
            counts[("ar", bare_arabic(o.arabic))] += 1
            if o.latin and o.lang:
                counts[(o.lang, o.latin)] += 1
        sources = tuple(sorted({o.source for o in obs}))
        entity_ids = sorted({i for o in obs for i in o.entity_ids})
        target = next((e for e in register if _matches_entry(e, obs)), None)
        if target is None:
            entry, _ = entry_from_group(obs)
            out.append(Proposal(entry, entity_ids, dict(counts), sources))
            continue
        untied = sorted({i for o in obs if o.name_id != target.id for i in o.entity_ids})
        entry, added = completed_entry(target, obs)
        if added or untied:
            out.append(Proposal(entry, untied, dict(counts), sources, added))
    out.sort(key=lambda p: (-sum(p.counts.values()), p.entry.arabic))
    return out


def _imported_into(entry: RegisterEntry, new: RegisterEntry) -> RegisterEntry:
    """`entry` with `new`'s forms; a chosen spelling of `new` replaces the entry's (which
    stays as a deprecated variant), and `new`'s kind and label win when it has them."""
    out = copy.deepcopy(entry)
    chosen = {f.lang for f in new.forms if f.status is FormStatus.PREFERRED}
    taken = {(f.lang, f.text) for f in new.forms}
    kept = []
    for f in out.forms:
        if (f.lang, f.text) in taken:
            continue
        if f.lang in chosen and f.status is FormStatus.PREFERRED:
            f = NameForm(f.lang, f.text, FormStatus.DEPRECATED, f.scheme)
        kept.append(f)
    heads = {out.arabic}
    out.forms = kept + [f for f in new.forms if not (f.lang == "ar" and f.text in heads)]
    if new.arabic != out.arabic and ("ar", new.arabic) not in {(f.lang, f.text) for f in out.forms}:
        out.forms.append(NameForm("ar", new.arabic))
    out.kind = new.kind
    out.label = new.label or out.label
    return out


def import_edits(imported: Sequence[RegisterEntry], register: Sequence[RegisterEntry]):
    """The edits that bring imported entries into the register (entries with the same
    Arabic name are completed, others added): (edits, added, completed)."""
    from aligner.names.edits import AddEntry, ChangeEntry

    by_key: dict[str, RegisterEntry] = {}
    for e in register:
        for a in e.arabic_forms():
            by_key.setdefault(arabic_key(a), e)
    new: dict[int, RegisterEntry] = {}       # index in `imported` order -> new entry
    changed: dict[int, RegisterEntry] = {}   # entry id -> changed entry
    pending: dict[str, int] = {}             # key -> index of a new entry
    for k, item in enumerate(imported):
        keys = [arabic_key(a) for a in item.arabic_forms()]
        target = next((by_key[x] for x in keys if x in by_key), None)
        if target is not None:
            assert target.id is not None
            base = changed.get(target.id, target)
            changed[target.id] = _imported_into(base, item)
            continue
        first = next((pending[x] for x in keys if x in pending), None)
        if first is not None:
            new[first] = _imported_into(new[first], item)
            continue
        new[k] = copy.deepcopy(item)
        for x in keys:
            pending[x] = k
    edits = [ChangeEntry(e, f"Import spellings of {e.arabic}") for e in changed.values()]
    edits += [AddEntry(new[k]) for k in sorted(new)]
    return edits, len(new), len(changed)


def with_spelling(entry: RegisterEntry, lang: str, text: str, scheme: str = "") -> RegisterEntry:
    """`entry` with `text` chosen in `lang`; the spelling chosen before becomes a
    deprecated variant (the check will offer to replace it)."""
    out = copy.deepcopy(entry)
    forms: list[NameForm] = []
    for f in out.forms:
        if f.lang == lang and f.text == text:
            continue
        if f.lang == lang and f.status is FormStatus.PREFERRED:
            f = NameForm(f.lang, f.text, FormStatus.DEPRECATED, f.scheme)
        forms.append(f)
    forms.insert(next((k for k, f in enumerate(forms) if f.lang == lang), len(forms)),
                 NameForm(lang, text, FormStatus.PREFERRED, scheme))
    out.forms = forms
    return out


def with_kind(entry: RegisterEntry, kind: NameKind) -> RegisterEntry:
    out = copy.deepcopy(entry)
    out.kind = kind
    return out
