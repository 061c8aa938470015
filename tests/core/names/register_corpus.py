"""A small Arabic/English/French corpus with names spelled several ways (written for these
tests), and a register for it. Shared by the core, CLI and GUI tests of the register."""
from __future__ import annotations

from pathlib import Path

from aligner.corpus import Corpus
from aligner.history import History
from aligner.model import (BeadSpan, Document, Entity, FormStatus, NameForm, NameKind,
                           RegisterEntry, Segment)
from aligner.names.edits import AddEntry

AR = [
    "وصل الوفد إلى القائم صباح الأحد.",
    "قال الحمراوي إن الطريق إلى القائم مفتوح.",
    "وأكد كاغينز أن الفريق سيبقى في بغداد.",
    "ثم سافر كاغيتر إلى بغداد مع نور الدين.",
    "وتوجد القائمة على الطاولة.",
]
EN = [
    "The delegation reached al-Qaim on Sunday morning.",
    "Al-Hamrawi said the road to Al Qaim is open.",
    "Caggins confirmed that the team will stay in Baghdad.",
    "Then Caggins flew to Bagdad with Nour al-Din.",
    "The list is on the table.",
]
FR = [
    "La délégation est arrivée à Qaem dimanche matin.",
    "El-Hamraoui a dit que la route vers al-Qaïm est ouverte.",
    "Caggins a confirmé que l’équipe resterait à Bagdad.",
    "Puis Caggins est allé à Bagdad avec Nour al-Din.",
    "La liste est sur la table.",
]


def add_doc(corpus: Corpus, lang: str, title: str, sentences: list[str]) -> int:
    segs, at = [], 0
    for i, s in enumerate(sentences):
        segs.append(Segment(None, 0, i, i, at, at + len(s), s))
        at += len(s) + 1
    return corpus.add_document(Document(None, lang, title, "\n".join(sentences)), segs)


def build(path: Path) -> tuple[Corpus, dict[str, int]]:
    """The corpus (ar-en and ar-fr bitexts, 1-1 beads) with two entities in sentence 4 of
    the English side: Bagdad (to be fixed) and Nour al-Din after it (must move)."""
    c = Corpus.create(path)
    ar, en, fr = (add_doc(c, lang, f"trip.{lang}", s) for lang, s in
                  (("ar", AR), ("en", EN), ("fr", FR)))
    ids = {"ar": ar, "en": en, "fr": fr}
    for name, tgt in (("trip ar-en", en), ("trip ar-fr", fr)):
        b = c.add_bitext(ar, tgt, name)
        c.replace_beads(b, [BeadSpan(i, i + 1, i, i + 1, 0.9) for i in range(len(AR))])
        ids[name] = b
    seg = c.segments(en)[3]
    at = EN[3].index("Bagdad")
    ids["ent_bagdad"] = c.add_entity(Entity(None, seg.id, at, at + 6, "LOC"))
    at = EN[3].index("Nour al-Din")
    ids["ent_nour"] = c.add_entity(Entity(None, seg.id, at, at + 11, "PER"))
    return c, ids


def build_registered(path: Path) -> Path:
    """The corpus of `build` with the three register entries below, closed again."""
    c, _ = build(path)
    h = History(c)
    for entry in (qaim(), baghdad(), caggins()):
        h.do(AddEntry(entry))
    c.close()
    return path


def qaim() -> RegisterEntry:
    return RegisterEntry(None, "القائم", NameKind.NAME, "LOC", [
        NameForm("en", "al-Qaim", FormStatus.PREFERRED, "news"),
        NameForm("fr", "Qaem", FormStatus.PREFERRED)])


def baghdad() -> RegisterEntry:
    return RegisterEntry(None, "بغداد", NameKind.EXONYM, "LOC", [
        NameForm("en", "Baghdad", FormStatus.PREFERRED),
        NameForm("fr", "Bagdad", FormStatus.PREFERRED)])


def caggins() -> RegisterEntry:
    return RegisterEntry(None, "كاغينز", NameKind.NAME, "PER", [
        NameForm("ar", "كاغيتر"), NameForm("en", "Caggins", FormStatus.PREFERRED)])
