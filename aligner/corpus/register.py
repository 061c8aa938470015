"""The names register in the corpus file: entries, their forms, the schemes per language.

Why a concern of its own: the register is read whole by its views and checks (a few
thousand entries at most), written one entry at a time by the edits in
aligner.names.edits, and an entry is always written with all its forms, so a reader never
sees half an entry.
"""
from __future__ import annotations

from typing import Iterable, Sequence

from aligner.corpus.errors import CorpusChangeError
from aligner.corpus.file import CorpusFile
from aligner.messages import Problem
from aligner.model import FormStatus, NameForm, NameKind, RegisterEntry

_ENTRY_COLS = "id, arabic, kind, label, note"


class RegisterMixin(CorpusFile):
    """Register entries of a `Corpus` (table `names`, forms in `name_forms`)."""

    def register_entries(self) -> list[RegisterEntry]:
        """Every entry, by id, with its forms in order."""
        forms: dict[int, list[NameForm]] = {}
        for name_id, lang, text, status, scheme in self._q(
                "SELECT name_id, lang, form, status, scheme FROM name_forms "
                "ORDER BY name_id, position, id"):
            forms.setdefault(name_id, []).append(NameForm(lang, text, FormStatus(status), scheme))
        return [RegisterEntry(r[0], r[1], NameKind(r[2]), r[3], forms.get(r[0], []), r[4])
                for r in self._q(f"SELECT {_ENTRY_COLS} FROM names ORDER BY id")]

    def register_entry(self, name_id: int) -> RegisterEntry:
        rows = self._q(f"SELECT {_ENTRY_COLS} FROM names WHERE id = ?", (name_id,))
        if not rows:
            raise self._missing("register entry", name_id)
        r = rows[0]
        forms = [NameForm(lang, text, FormStatus(status), scheme)
                 for lang, text, status, scheme in self._q(
                     "SELECT lang, form, status, scheme FROM name_forms WHERE name_id = ? "
                     "ORDER BY position, id", (name_id,))]
        return RegisterEntry(r[0], r[1], NameKind(r[2]), r[3], forms, r[4])

    def _check_entry(self, entry: RegisterEntry) -> None:
        if not entry.arabic.strip():
            raise CorpusChangeError(self.path, Problem("register.needs_arabic"))
        seen: set[tuple[str, str]] = set()
        preferred: set[str] = set()
        for form in entry.forms:
            if not form.text.strip() or not form.lang:
                raise CorpusChangeError(self.path, Problem("register.form_incomplete",
                                                                entry=entry.arabic))
            if (form.lang, form.text) in seen:
                raise CorpusChangeError(self.path, Problem(
                    "register.form_twice", entry=entry.arabic, form=form.text, lang=form.lang))
            seen.add((form.lang, form.text))
            if form.status is FormStatus.PREFERRED:
                if form.lang in preferred:
                    raise CorpusChangeError(self.path, Problem(
                        "register.two_chosen", entry=entry.arabic, lang=form.lang))
                preferred.add(form.lang)

    def _write_forms(self, name_id: int, forms: Sequence[NameForm]) -> None:
        self._x("DELETE FROM name_forms WHERE name_id = ?", (name_id,))
        self._xm("INSERT INTO name_forms(name_id, position, lang, form, status, scheme) "
                 "VALUES (?, ?, ?, ?, ?, ?)",
                 ((name_id, k, f.lang, f.text, FormStatus(f.status).value, f.scheme)
                  for k, f in enumerate(forms)))

    def add_register_entry(self, entry: RegisterEntry) -> int:
        """Store a new entry (with `entry.id` set: put back an entry undo removed)."""
        self._check_entry(entry)
        with self.transaction():
            cur = self._x("INSERT INTO names(id, arabic, kind, label, note) VALUES (?, ?, ?, ?, ?)",
                          (entry.id, entry.arabic, NameKind(entry.kind).value, entry.label,
                           entry.note))
            name_id = cur.lastrowid if entry.id is None else entry.id
            assert name_id is not None
            self._write_forms(name_id, entry.forms)
        entry.id = name_id
        return name_id

    def update_register_entry(self, entry: RegisterEntry) -> None:
        """Replace an entry's headword, kind, label, note and forms."""
        if entry.id is None:
            raise CorpusChangeError(self.path, Problem("register.not_stored"))
        self._check_entry(entry)
        with self.transaction():
            cur = self._x("UPDATE names SET arabic = ?, kind = ?, label = ?, note = ? "
                          "WHERE id = ?", (entry.arabic, NameKind(entry.kind).value,
                                           entry.label, entry.note, entry.id))
            if cur.rowcount == 0:
                raise self._missing("register entry", entry.id)
            self._write_forms(entry.id, entry.forms)

    def delete_register_entry(self, name_id: int) -> None:
        """Remove an entry and its forms; its entities stay, tied to no entry."""
        with self.transaction():
            self._x("UPDATE entities SET name_id = NULL WHERE name_id = ?", (name_id,))
            if self._x("DELETE FROM names WHERE id = ?", (name_id,)).rowcount == 0:
                raise self._missing("register entry", name_id)

    def entity_name_ids(self, entity_ids: Iterable[int]) -> dict[int, int | None]:
        """entity id -> the entry it is tied to (None: none)."""
        return dict(self._q_in("SELECT id, name_id FROM entities WHERE id IN ({ids})",
                               entity_ids))

    def entities_of_name(self, name_id: int) -> list[int]:
        return [r[0] for r in self._q("SELECT id FROM entities WHERE name_id = ? ORDER BY id",
                                      (name_id,))]

    def set_entity_names(self, links: Iterable[tuple[int, int | None]]) -> None:
        """Tie entities to entries: (entity id, entry id or None)."""
        with self.transaction():
            self._xm("UPDATE entities SET name_id = ? WHERE id = ?",
                     ((name_id, ent_id) for ent_id, name_id in links))

    def name_schemes(self) -> dict[str, str]:
        """Target language -> the romanization scheme the corpus follows there."""
        return dict(self._q("SELECT lang, scheme FROM name_schemes ORDER BY lang"))

    def set_name_scheme(self, lang: str, scheme: str | None) -> None:
        with self.transaction():
            if scheme:
                self._x("INSERT INTO name_schemes(lang, scheme) VALUES (?, ?) ON CONFLICT(lang) "
                        "DO UPDATE SET scheme = excluded.scheme", (lang, scheme))
            else:
                self._x("DELETE FROM name_schemes WHERE lang = ?", (lang,))
