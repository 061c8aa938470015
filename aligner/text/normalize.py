"""Moved to `aligner.text.fold` (the one module of character classes and folding); this
name stays only until branches written against it have landed. Import from fold."""
from __future__ import annotations

from aligner.text.fold import (  # noqa: F401  (re-exported for older imports)
    BIDI_CONTROLS,
    TATWEEL,
    NormalizedText,
    is_arabic_diacritic,
    normalize_for_matching,
)
from aligner.text.fold import text_key as match_key  # noqa: F401
