"""A selection made to tag an entity, snapped to what the span conventions want.

Why: a mouse or keyboard selection rarely lands on word edges, and in Arabic the first word
of a name usually carries a proclitic (و ف ب ل ك) that is not part of it: والقائم is tagged
القائم, بالعراق العراق. The article stays in the name; ل before the article drops its alef
(للقائم = ل + القائم), and the span then starts at the remaining lam, as in projection and
propagation. A proclitic is cut only where it is certain (before the article), so a name
that starts with one of those letters (وليد, فرنسا, كمال) is left whole. The user can
always tag the exact selection instead (the GUI's override).
"""
from __future__ import annotations

from aligner.entities.words import Word, text_words

# A conjunction, then a preposition, before the article.
_BEFORE_ARTICLE = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")


def _arabic_name_start(word: Word) -> int:
    """Key index where a name starting in this word begins (0: the whole word)."""
    key = word.key
    for p in sorted(_BEFORE_ARTICLE, key=len, reverse=True):
        if key.startswith(p + "ال") and len(key) - len(p) >= 4:
            return len(p)
    for p in ("ول", "فل", "ل"):
        if key.startswith(p + "ل") and len(key) - len(p) >= 4:
            return len(p)  # للقائم: from the remaining lam
    return 0


def snap_selection(text: str, start: int, end: int, lang: str) -> tuple[int, int]:
    """[start, end) grown to whole words, without an Arabic proclitic on the first word.

    Offsets are code points of `text`. A selection touching no word (spaces, punctuation)
    is returned trimmed of spaces; an empty result means there is nothing to tag."""
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    words = [w for w in text_words(text, lang) if w.start < end and w.end > start] if end > start \
        else [w for w in text_words(text, lang) if w.start <= start < w.end]
    if not words:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end
    first = words[0]
    snapped_start = first.start
    if lang.split("-")[0].lower() == "ar":
        snapped_start = first.offset_of(_arabic_name_start(first))
    return snapped_start, words[-1].end
