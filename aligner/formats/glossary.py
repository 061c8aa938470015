"""The names register as the flat glossaries CAT tools import: OmegaT's TSV and the CSV
that memoQ and Trados (Glossary Converter / MultiTerm) take.

OmegaT (`.txt`/`.tsv`/`.utf8`): one term pair a line, `source<TAB>target<TAB>comment`, UTF-8,
no header. The source is Arabic, the target the chosen spelling in one language; another
Arabic form of the name gets a line of its own with the same target, so OmegaT finds
it too. The comment says what the glossary cannot: the kind, the label, romanizations
the other accepted spellings ("also: al-Qā’im") and those to avoid ("avoid: Qaem").

CSV (`.csv`): a header row of language codes, `ar,en,fr,...,note`, one entry a row,
the chosen spelling in each language's column; UTF-8 with a byte-order mark, which Excel
and memoQ need to see UTF-8. Quoting is the csv module's (RFC 4180).

Reading takes either back: OmegaT lines become entries whose target is the chosen
spelling in `target_lang`; CSV columns are read by their header (a language code per
column; `note`, `comment`, `kind` and `label` columns are understood). Several lines for
one Arabic form make one entry. Bad input (not UTF-8, binary, a row with the wrong number
of columns) is an InputError naming the file and line, and nothing is half read.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Iterable

from aligner.errors import InputError, Refusal
from aligner.formats.common import Output, PathLike, one_line, text_output
from aligner.formats.langtag import is_valid_tag
from aligner.messages import Problem
from aligner.model import ROMANIZED_LANG, FormStatus, NameForm, NameKind, RegisterEntry
from aligner.text.textio import read_whole

CSV_SUFFIXES = (".csv",)
TSV_SUFFIXES = (".txt", ".tsv", ".tab", ".utf8")
_NOTE_COLUMNS = ("note", "comment", "notes", "comments", "definition")


def _clean(text: str) -> str:
    return " ".join(one_line(text, tabs=True).split())


def comment(entry: RegisterEntry, lang: str) -> str:
    """What a flat glossary line says beside the pair: kind, label, romanizations, the
    spellings to avoid in `lang`."""
    parts = [NameKind(entry.kind).value]
    if entry.label:
        parts.append(entry.label)
    for form in entry.forms:
        if form.lang == ROMANIZED_LANG:
            parts.append(f"{form.scheme or 'romanized'}: {form.text}")
    also = [f.text for f in entry.spellings(lang) if f.status is FormStatus.ADMITTED]
    if also:
        parts.append("also: " + ", ".join(also))
    avoid = [f.text for f in entry.spellings(lang) if f.status is FormStatus.DEPRECATED]
    if avoid:
        parts.append("avoid: " + ", ".join(avoid))
    if entry.note:
        parts.append(entry.note)
    return _clean("; ".join(parts))


# --- OmegaT TSV ----------------------------------------------------------------------------

def write_omegat(entries: Iterable[RegisterEntry], out: Output, target_lang: str = "en"
                 ) -> int:
    """OmegaT glossary lines for entries with a chosen spelling in `target_lang`; returns
    how many lines."""
    n = 0
    with text_output(out) as stream:
        for entry in entries:
            target = entry.spelling(target_lang)
            if not target:
                continue
            note = comment(entry, target_lang)
            for arabic in entry.arabic_forms():
                stream.write(f"{_clean(arabic)}\t{_clean(target)}\t{note}\n")
                n += 1
    return n


# --- CSV (memoQ, Trados) -------------------------------------------------------------------

def write_csv(entries: Iterable[RegisterEntry], out: Output, langs: Iterable[str] = ()
              ) -> int:
    """One entry a row: ar, then the chosen spelling per language, then a note. `langs`
    defaults to every language the entries have spellings in. Returns how many rows."""
    entries = list(entries)
    columns = list(langs) or sorted({lang for e in entries for lang in e.languages()})
    n = 0
    with text_output(out, encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow(["ar", *columns, "note"])
        for entry in entries:
            note = comment(entry, columns[0] if columns else "en")
            writer.writerow([_clean(entry.arabic),
                             *(_clean(entry.spelling(lang)) for lang in columns), note])
            n += 1
    return n


# --- reading -------------------------------------------------------------------------------

def _decode(path: Path) -> str:
    data = read_whole(path)
    if b"\0" in data:
        raise InputError(path, Problem("glossary.binary"))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(path, Problem("glossary.not_utf8", start=exc.start)) from None


class _Collector:
    """Entries by Arabic headword, in first-seen order; spellings added without repeats."""

    def __init__(self) -> None:
        self.entries: dict[str, RegisterEntry] = {}
        self.by_pair: dict[tuple[str, str], RegisterEntry] = {}

    def add_form(self, arabic: str, target: tuple[str, str], note: str) -> bool:
        """An Arabic form whose target and comment repeat an earlier line's is another
        Arabic spelling of that entry (OmegaT has one line per source form)."""
        entry = self.by_pair.get((target[1], note))
        if entry is None or arabic in self.entries:
            return False
        if arabic not in entry.arabic_forms():
            entry.forms.append(NameForm("ar", arabic, FormStatus.ADMITTED))
        return True

    def add(self, arabic: str, spellings: list[tuple[str, str]], note: str = "",
            kind: NameKind = NameKind.NAME, label: str = "") -> None:
        entry = self.entries.get(arabic)
        if entry is None:
            entry = self.entries[arabic] = RegisterEntry(None, arabic, kind, label, [], note)
        for lang, text in spellings:
            if not text or any(f.lang == lang and f.text == text for f in entry.forms):
                continue
            status = FormStatus.ADMITTED if entry.spelling(lang) else FormStatus.PREFERRED
            entry.forms.append(NameForm(lang, text, status))


def parse_comment(note: str, lang: str
                  ) -> tuple[NameKind, str, list[NameForm], str]:
    """Read back what `comment` wrote: kind, label, romanizations and spellings to avoid,
    and the rest as a free note. Another tool's comment is all free note."""
    from aligner.names.schemes import SCHEMES

    parts = [p.strip() for p in note.split("; ")] if note else []
    kind = NameKind.NAME
    label = ""
    forms: list[NameForm] = []
    rest: list[str] = []
    if parts and parts[0] in {k.value for k in NameKind}:
        kind = NameKind(parts.pop(0))
        if parts and parts[0].isupper() and parts[0].isalpha() and len(parts[0]) <= 8:
            label = parts.pop(0)
    for part in parts:
        key, sep, value = part.partition(": ")
        if sep and (key in SCHEMES or key == "romanized") and value:
            forms.append(NameForm(ROMANIZED_LANG, value, FormStatus.ADMITTED,
                                  "" if key == "romanized" else key))
        elif sep and key in ("also", "avoid") and value:
            status = FormStatus.ADMITTED if key == "also" else FormStatus.DEPRECATED
            forms.extend(NameForm(lang, v.strip(), status)
                         for v in value.split(", ") if v.strip())
        else:
            rest.append(part)
    return kind, label, forms, "; ".join(rest)


def read_omegat(path: PathLike, target_lang: str = "en") -> list[RegisterEntry]:
    """Entries from an OmegaT glossary whose source is Arabic."""
    path = Path(path)
    out = _Collector()
    for n, line in enumerate(_decode(path).replace("\r\n", "\n").split("\n"), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < 2 or not cells[0].strip() or not cells[1].strip():
            raise InputError(path, Problem("glossary.omegat_line"), line=n)
        note = cells[2].strip() if len(cells) > 2 else ""
        arabic, target = cells[0].strip(), (target_lang, cells[1].strip())
        if not out.add_form(arabic, target, note):
            kind, label, extra, rest = parse_comment(note, target_lang)
            out.add(arabic, [target], rest, kind, label)
            entry = out.entries[arabic]
            entry.forms.extend(f for f in extra if f not in entry.forms)
            out.by_pair.setdefault((target[1], note), entry)
    return list(out.entries.values())


def read_csv(path: PathLike) -> list[RegisterEntry]:
    """Entries from a CSV glossary with a header of language codes (ar first or not)."""
    path = Path(path)
    text = _decode(path)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        rows = list(reader)
    except csv.Error as exc:  # a field over 128 K characters, a NUL...: not a glossary
        raise InputError(path, Problem("glossary.bad_csv", error=exc),
                         line=reader.line_num) from None
    if not rows:
        raise InputError(path, Problem("glossary.empty"))
    header = [h.strip() for h in rows[0]]
    lower = [h.lower() for h in header]
    if "ar" not in [h.split("-")[0].split("_")[0] for h in lower]:
        raise InputError(path, Problem("glossary.no_arabic_column"), line=1)
    ar_col = next(i for i, h in enumerate(lower) if h.split("-")[0].split("_")[0] == "ar")
    lang_cols: list[tuple[int, str]] = []
    for i, h in enumerate(header):
        if i == ar_col or lower[i] in _NOTE_COLUMNS + ("kind", "label"):
            continue
        tag = h.replace("_", "-")
        if not is_valid_tag(tag):
            raise InputError(path, Problem("glossary.bad_column", column=repr(h)), line=1)
        lang_cols.append((i, tag))
    note_col = next((i for i, h in enumerate(lower) if h in _NOTE_COLUMNS), None)
    kind_col = lower.index("kind") if "kind" in lower else None
    label_col = lower.index("label") if "label" in lower else None
    out = _Collector()
    for n, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise InputError(path, Problem("tsv.columns", count=len(row), header=len(header)),
                             line=n)
        arabic = row[ar_col].strip()
        if not arabic:
            raise InputError(path, Problem("glossary.no_arabic"), line=n)
        note = row[note_col].strip() if note_col is not None else ""
        first = lang_cols[0][1] if lang_cols else "en"
        kind, label, extra, note = parse_comment(note, first)
        if kind_col is not None and row[kind_col].strip():
            try:
                kind = NameKind(row[kind_col].strip())
            except ValueError:
                raise InputError(path, Problem("tbx.unknown_kind", kind=repr(row[kind_col])),
                                 line=n) from None
        if label_col is not None and row[label_col].strip():
            label = row[label_col].strip()
        spellings = [(lang, row[i].strip()) for i, lang in lang_cols]
        out.add(arabic, spellings, note, kind, label)
        entry = out.entries[arabic]
        entry.forms.extend(f for f in extra if f not in entry.forms)
    return list(out.entries.values())


def read(path: PathLike, target_lang: str = "en") -> list[RegisterEntry]:
    """A glossary by its suffix: .csv as CSV, anything else as OmegaT TSV."""
    path = Path(path)
    if path.suffix.lower() in CSV_SUFFIXES:
        return read_csv(path)
    return read_omegat(path, target_lang)


# --- the register's file formats, by name or suffix (the names CLI and GUI use these) -----

REGISTER_FORMATS = ("register", "tbx", "omegat", "csv")


def format_for(path: PathLike, fmt: str | None = None) -> str:
    """The format a register file is in: `fmt` when given, else by suffix (.tbx TBX,
    .csv CSV, .tsv/.txt the register table); OmegaT is asked for by name, since its
    .txt/.tsv would otherwise be the register table."""
    if fmt:
        if fmt not in REGISTER_FORMATS:
            raise Refusal(Problem("glossary.unknown_format", fmt=repr(fmt)))
        return fmt
    suffix = Path(path).suffix.lower()
    if suffix == ".tbx":
        return "tbx"
    if suffix in CSV_SUFFIXES:
        return "csv"
    if suffix in (".tsv", ".txt"):
        return "register"
    raise InputError(path, Problem("glossary.unknown_type"))


def write_register(entries: list[RegisterEntry], path: PathLike, fmt: str | None = None,
                   lang: str = "en", romanizations: bool = False) -> int:
    """Write register entries in a format by name or suffix; returns the count written.
    With `romanizations`, TBX also carries each name's romanization in the scholarly
    schemes it has none in (computed: the register does not store them, so by default an
    export holds exactly the register's forms and reads back as it was)."""
    from aligner.formats import tbx
    from aligner.names import register_tsv

    kind = format_for(path, fmt)
    if kind == "tbx":
        if romanizations:
            from aligner.names.romanize import with_romanizations
            entries = [with_romanizations(e) for e in entries]
        return tbx.write(entries, path)
    if kind == "csv":
        return write_csv(entries, path)
    if kind == "omegat":
        return write_omegat(entries, path, lang)
    return register_tsv.write(entries, Path(path))


def read_register(path: PathLike, fmt: str | None = None, lang: str = "en"
                  ) -> list[RegisterEntry]:
    """Read register entries from a file in a format by name or suffix (all or nothing)."""
    from aligner.formats import tbx
    from aligner.names import register_tsv

    kind = format_for(path, fmt)
    if kind == "tbx":
        return tbx.read(path)
    if kind == "csv":
        return read_csv(path)
    if kind == "omegat":
        return read_omegat(path, lang)
    return register_tsv.read(Path(path))
