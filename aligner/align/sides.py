"""What every pass over a block shares: the lexicons' look-up, each side's tokens and the
first features (made with the dictionaries alone).

Why: the ragged pass (aligner._align_block) aligns the same block again; it takes the
first pass's tokens and features instead of tokenising both sides and building them again.
"""
from __future__ import annotations

from typing import Iterable, Optional, Protocol, Sequence

from aligner.align.features import Sentence, Tokens, Translate, sentence_features, tokenize


class Translator(Protocol):
    def translations(self, word: str) -> Iterable[str]: ...


def translator(lexicons: Sequence[Translator]):
    """One cached translate(word) over several lexicons (dictionary, learned, confirmed)."""
    cache: dict[str, tuple[str, ...]] = {}

    def translate(word: str) -> tuple[str, ...]:
        got = cache.get(word)
        if got is None:
            out: list[str] = []
            for lex in lexicons:
                try:
                    # sorted: a lexicon may answer with a set, and which 20 are kept
                    # must not depend on the order a set iterates in (PYTHONHASHSEED)
                    out.extend(sorted(lex.translations(word)))
                except (KeyError, ValueError):
                    pass
            got = cache[word] = tuple(out[:20])  # a few senses are plenty; caps noise
        return got

    return translate if lexicons else None


# A block's source tokens, its source's features with the dictionaries alone, its
# target's features, the dictionaries' look-up and the target's tokens: the same for
# every pass over the block.
Sides = tuple[Tokens, list[Sentence], list[Sentence], Optional[Translate], Tokens]


def sides_of(src: Sequence[str], tgt: Sequence[str], src_lang: str, tgt_lang: str,
             lexicons: Sequence[Translator]) -> Sides:
    """Each side tokenised once (the source's features are made again with each lexicon
    later, from the same tokens) and both sides' first features."""
    translate = translator(lexicons)
    s_tok, t_tok = tokenize(src), tokenize(tgt)
    sf = sentence_features(src, src_lang, tgt_lang, translate=translate, target_side=False,
                           tokens=s_tok)
    tf = sentence_features(tgt, tgt_lang, src_lang, target_side=True, tokens=t_tok)
    return s_tok, sf, tf, translate, t_tok
