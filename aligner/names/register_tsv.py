"""The register as a tab-separated table (until the TBX/TSV glossary module lands, the
format `dragoman names export/import` uses).

One header line, then one entry a line:

    ar <TAB> kind <TAB> label <TAB> <lang>... <TAB> variants

`ar` is the headword, `kind` name/exonym/translation, one column per target language
holding the chosen spelling there, and `variants` the other forms as `lang:status:text`
items separated by " | " (other Arabic forms are `ar:admitted:...`, romanizations
`ar-Latn:admitted:...`). The scheme that wrote a spelling is not kept here. Reading checks
every line and names the file and line of the first problem; nothing is half read.
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from aligner.errors import InputError
from aligner.formats.common import text_output
from aligner.messages import Problem
from aligner.model import FormStatus, NameForm, NameKind, RegisterEntry
from aligner.text.textio import read_whole

_FIXED = ("ar", "kind", "label")
_SEP = " | "


def _clean(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def write(entries: Sequence[RegisterEntry], path: Path) -> int:
    """Write the entries; returns how many."""
    langs = sorted({lang for e in entries for lang in e.languages()})
    lines = ["\t".join((*_FIXED, *langs, "variants"))]
    for e in entries:
        chosen = [_clean(e.spelling(lang)) for lang in langs]
        variants = _SEP.join(f"{f.lang}:{FormStatus(f.status).value}:{_clean(f.text)}"
                             for f in e.forms if f.status is not FormStatus.PREFERRED)
        lines.append("\t".join((_clean(e.arabic), NameKind(e.kind).value, _clean(e.label),
                                *chosen, variants)))
    with text_output(path) as stream:
        stream.write("\n".join(lines) + "\n")
    return len(entries)


def read(path: Path) -> list[RegisterEntry]:
    """Entries (without ids) from a file `write` made, or a hand-made one like it."""
    try:
        text = read_whole(path).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(path, problem=Problem("import.not_utf8_at", reason=exc.reason,
                                                  start=exc.start)) from None
    rows = [line.rstrip("\r") for line in text.split("\n")]
    if not rows or rows[0].split("\t")[:3] != list(_FIXED):
        raise InputError(path, line=1, problem=Problem("tsv.bad_header"))
    header = rows[0].split("\t")
    has_variants = header[-1] == "variants"
    langs = header[3:-1] if has_variants else header[3:]
    if any(not lang or lang in ("ar", "kind", "label") for lang in langs):
        raise InputError(path, line=1, problem=Problem("tsv.bad_lang_column"))
    out: list[RegisterEntry] = []
    for n, line in enumerate(rows[1:], start=2):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) != len(header):
            raise InputError(path, line=n, problem=Problem("tsv.columns", count=len(cells),
                                                               header=len(header)))
        arabic, kind, label = (c.strip() for c in cells[:3])
        if not arabic:
            raise InputError(path, line=n, problem=Problem("tsv.no_arabic"))
        try:
            entry_kind = NameKind(kind or "name")
        except ValueError:
            raise InputError(path, line=n, problem=Problem("tsv.unknown_kind",
                                                             kind=kind)) from None
        forms = [NameForm(lang, c.strip(), FormStatus.PREFERRED)
                 for lang, c in zip(langs, cells[3:3 + len(langs)]) if c.strip()]
        if has_variants and cells[-1].strip():
            for item in cells[-1].split(_SEP.strip()):
                parts = item.strip().split(":", 2)
                if len(parts) != 3 or not parts[0] or not parts[2].strip():
                    raise InputError(path, line=n, problem=Problem("tsv.bad_variant",
                                                                     item=item.strip()))
                try:
                    status = FormStatus(parts[1])
                except ValueError:
                    raise InputError(path, line=n, problem=Problem("tsv.unknown_status",
                                                                     status=parts[1])) from None
                if status is FormStatus.PREFERRED:
                    raise InputError(path, line=n, problem=Problem("tsv.chosen_in_variants"))
                forms.append(NameForm(parts[0], parts[2].strip(), status))
        seen = set()
        for f in forms:
            if (f.lang, f.text) in seen:
                raise InputError(path, line=n, problem=Problem("tsv.form_twice", form=f.text,
                                                               lang=f.lang))
            seen.add((f.lang, f.text))
        out.append(RegisterEntry(None, arabic, entry_kind, label, forms))
    return out
