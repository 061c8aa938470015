"""Where an excluded sentence goes when the user includes it again (issue 12 item 13).

The bead table draws an excluded sentence that no bead covers in the row of the next bead
on its side (after every bead: in the last row; aligner.review.shown_range). Including it
puts it into that bead, so the text the user sees in a row is the text the row pairs.
The bead becomes unconfirmed (AUTO, new changed_at): it now pairs more text.
"""
from __future__ import annotations

from dataclasses import replace

from aligner.corpus import Corpus
from aligner.model import Bead, BeadStatus, Segment


def beads_taking_in(corpus: Corpus, seg: Segment) -> list[tuple[int, int, Bead, Bead]]:
    """Per aligned bitext of the sentence's document where no bead covers it: the bead
    whose row draws it (the first ending after it on its side, else the last), before and
    after taking it in."""
    out, p = [], seg.position
    for bitext in corpus.bitexts_of_document(seg.doc_id):
        count, src = corpus.bead_count(bitext.id), bitext.src_doc_id == seg.doc_id
        lo, hi = 0, count  # binary search: bead ranges grow with position
        while lo < hi:
            mid = (lo + hi) // 2
            b = corpus.bead(bitext.id, mid)
            if (b.src_end if src else b.tgt_end) > p:
                hi = mid
            else:
                lo = mid + 1
        if not count:
            continue
        old = corpus.bead(bitext.id, min(lo, count - 1))
        start, stop = (old.src_start, old.src_end) if src else (old.tgt_start, old.tgt_end)
        if not start <= p < stop:  # not covered already
            start, stop = min(start, p), max(stop, p + 1)
            ends = ({"src_start": start, "src_end": stop} if src
                    else {"tgt_start": start, "tgt_end": stop})
            new = replace(old, status=BeadStatus.AUTO, changed_at="", **ends)
            out.append((bitext.id, min(lo, count - 1), old, new))
    return out
