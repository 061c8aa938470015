"""The name learner's verdicts kept across its calls (learn.NameMemo) give the tables the
plain form gives: every Arabic word of a bead against every capitalised word of the other
side, could_match then is_same_name, pair by pair, in bead order."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from aligner.align.features import fold, form_key, words_of
from aligner.align.learn import (KEY_PREFIX, NAME_BEADS, NAME_SIMILARITY, LearnedLexicon,
                                 NameMemo, learn_names)
from aligner.names.translit import could_match, is_same_name


def _articles(shared: Path) -> list[tuple[list[str], list[str]]]:
    path = shared / "golddata" / "entities-ar-en" / "dev.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    out: dict[str, tuple[list[str], list[str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            ar, en = out.setdefault(row["doc"], ([], []))
            ar.append(" ".join(row["ar"].split()))
            en.append(" ".join(row["en"].split()))
    return [out[k] for k in sorted(out)]


def _plain(ar: list[str], en: list[str], beads, src_is_arabic: bool) -> dict[str, list[str]]:
    """Each bead's pairs judged one by one (what learn_names did before its arrays)."""
    table: dict[str, list[str]] = {}
    for k, (s0, s1, t0, t1) in enumerate(beads):
        if k >= NAME_BEADS or s1 == s0 or t1 == t0:
            continue
        a_side = ar[s0:s1] if src_is_arabic else ar[t0:t1]
        l_side = en[t0:t1] if src_is_arabic else en[s0:s1]
        arabic = sorted({w for x in a_side for w in words_of(x)
                         if len(w) >= 3 and not w[0].isdigit()})
        latin = sorted({w for x in l_side for w in words_of(x) if len(w) >= 3 and w[0].isupper()})
        for a in arabic:
            for la in latin:
                if could_match(a, la, NAME_SIMILARITY) and is_same_name(a, la, NAME_SIMILARITY):
                    s_word, t_word = (a, la) if src_is_arabic else (la, a)
                    got = table.setdefault(fold(s_word)[:KEY_PREFIX], [])
                    if form_key(t_word) not in got:
                        got.append(form_key(t_word))
    return table


def _ordered(lex: LearnedLexicon) -> dict[str, list[str]]:
    return {k: sorted(v) for k, v in lex.table.items()}


def test_learning_with_one_memo_over_many_calls_equals_the_plain_form(shared_dir):
    """One memo over every article's three calls (the whole, then each half, as the
    aligner makes them), then again in the other order: each call's table, keys in the
    order met, equals the plain form's, on real Arabic-English articles."""
    articles = _articles(shared_dir)
    calls = []
    for ar, en in articles:
        beads = [(i, i + 1, i, i + 1) for i in range(len(ar))]
        half = len(beads) // 2
        for part in (beads, beads[half:], beads[:half]):
            calls.append((ar, en, part, True))
            # the same beads with English as the source
            calls.append((ar, en, [(t0, t1, s0, s1) for s0, s1, t0, t1 in part], False))
    learned = 0
    for order in (calls, calls[::-1]):
        memo = NameMemo()
        for ar, en, beads, src_is_arabic in order:
            src, tgt = (ar, en) if src_is_arabic else (en, ar)
            got = learn_names(src, tgt, beads, src_is_arabic=src_is_arabic, memo=memo)
            want = _plain(ar, en, beads, src_is_arabic)
            assert list(got.table) == list(want)
            assert _ordered(got) == {k: sorted(v) for k, v in want.items()}
            learned += len(got)
        assert len(memo.codes) == len(set(memo.codes.tolist()))  # each pair judged once
    assert learned > 100  # names were found, so the comparison had something to compare
