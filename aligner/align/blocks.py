"""Paragraphs as blocks aligned on their own, when the two sides' paragraphs correspond
(aligner.align_sentences)."""
from __future__ import annotations

from typing import Sequence


def paragraph_blocks(src, tgt, sp, tp) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Split into corresponding paragraphs when the two sides' paragraphs correspond."""
    whole = [((0, len(src)), (0, len(tgt)))]
    if not sp or not tp or len(sp) != len(src) or len(tp) != len(tgt):
        return whole
    s_runs = runs(sp)
    t_runs = runs(tp)
    if len(s_runs) != len(t_runs) or len(s_runs) < 2:
        return whole
    s_len = [sum(len(src[i]) for i in range(a, b)) for a, b in s_runs]
    t_len = [sum(len(tgt[i]) for i in range(a, b)) for a, b in t_runs]
    ratio = (sum(t_len) / sum(s_len)) if sum(s_len) else 1.0
    for ls, lt in zip(s_len, t_len):
        # a paragraph and its translation differ in length by chance only so much; one
        # pair far off means the paragraphs do not correspond (merged/split paragraphs)
        if not (ratio * ls / 3.0 - 20 <= lt <= ratio * ls * 3.0 + 20):
            return whole
    return list(zip(s_runs, t_runs))


def runs(paragraphs: Sequence[int]) -> list[tuple[int, int]]:
    out = []
    start = 0
    for i in range(1, len(paragraphs) + 1):
        if i == len(paragraphs) or paragraphs[i] != paragraphs[start]:
            out.append((start, i))
            start = i
    return out
