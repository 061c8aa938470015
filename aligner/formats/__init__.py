"""Exchange formats, one module each; every module reads and writes AlignedUnit streams.

Each module has `write(units, out, *, include_empty, confirmed_only, min_score, control)
-> int` (streaming: the units may be a generator, the output is never held in memory) and
a generator `read(...)`. tmx, jsonl and tsv write to a path or stream; moses, conll and
spans write one file per language next to OUT (see each module).
"""
from __future__ import annotations

import importlib
from types import ModuleType

FORMATS = ("tmx", "jsonl", "conll", "spans", "moses", "tsv")
# formats whose output is one file per language (OUT is a stem)
PER_LANGUAGE = ("conll", "spans", "moses")


def get(name: str) -> ModuleType:
    """The module of a format by name ('tmx', 'jsonl', ...)."""
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r} (known: {', '.join(FORMATS)})")
    return importlib.import_module(f"{__name__}.{name}")
