"""Experiment: spelling costs learned from the TRAIN names, compared with the hand table.

Usage: python bench/learn_translit_costs.py [GOLD_DIR] [--rounds 3] [--out TABLE.py]

Hard EM over names-ar-en/ar2en-train.txt (never the eval half): align every Arabic name
with its English spelling using the current costs (starting from the hand-written table in
aligner/translit.py), count which Latin spelling each Arabic letter (or letter pair) took
and which Latin letters were inserted, and turn the counts into costs
(cost = scale * log(count of the most frequent spelling / count of this one), capped).
It then ranks a sample of EVAL names among all eval spellings with the hand table, with
the learned costs replacing the hand ones, and with the learned costs only where cheaper.

Result when written (3 rounds, 250 eval names, full-rank top-1 / recall at 0.5):
hand 0.968 / 0.981, learned-where-cheaper 0.968 / 0.983, learned-replacing 0.924 / 0.891.
The training names are foreign names written in Arabic, so the learned costs make
ف~v cheaper than ف~f and غ~g cheaper than غ~gh, which hurts Arabic names (Baghdad,
Mohammed fail when they replace the hand costs); only lowering costs gains nothing that
counts. So aligner/translit.py ships the hand table only; `--out` writes the learned
numbers as a Python table for a later try (no names, only numbers).
"""
from __future__ import annotations

import argparse
import math
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from aligner.names import translit  # noqa: E402

MIN_COUNT = 4       # a spelling seen fewer times than this is not learned
SUB_SCALE = 0.25    # cost per natural-log unit of relative frequency
SUB_CAP = 0.9
INS_SCALE = 0.3
INS_FLOOR, INS_CAP = 0.1, 1.0
FALLBACK = "*"      # marks a substitution the table did not have (any one Latin letter)


def viterbi(letters: str, latin: str, table: dict, ins: dict) -> list[tuple[str, str]]:
    """The cheapest alignment as (arabic unit or "", latin spelling) steps."""
    n, m = len(letters), len(latin)
    inf = math.inf
    d = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    d[0][0] = 0.0
    max_unit = max(len(u) for u in table)

    def ins_cost(j: int) -> float:
        ch = latin[j]
        if j > 0 and latin[j - 1] == ch:
            return translit._INS_DOUBLE
        if ch in ins:
            return ins[ch]
        if ch in translit._VOWELS:
            return translit._INS_VOWEL
        if ch == "h":
            return translit._INS_H
        return translit._INS_OTHER

    def relax(i2: int, j2: int, c: float, step: tuple) -> None:
        if c < d[i2][j2]:
            d[i2][j2] = c
            back[i2][j2] = step

    for i in range(n + 1):
        for j in range(m + 1):
            c = d[i][j]
            if c == inf:
                continue
            if j < m:
                relax(i, j + 1, c + ins_cost(j), (i, j, "", latin[j]))
            if i == n:
                continue
            for k in range(1, max_unit + 1):
                unit = letters[i : i + k]
                if len(unit) < k or unit not in table:
                    continue
                for spelling, cost in table[unit].items():
                    if latin.startswith(spelling, j):
                        relax(i + k, j + len(spelling), c + cost, (i, j, unit, spelling))
            unit = letters[i]
            if "" not in table.get(unit, {}):
                relax(i + 1, j, c + translit._DEL_OTHER, (i, j, unit, ""))
            if j < m:
                relax(i + 1, j + 1, c + translit._SUBST_OTHER, (i, j, unit, FALLBACK + latin[j]))
    steps = []
    i, j = n, m
    while (i, j) != (0, 0):
        pi, pj, unit, spelling = back[i][j]
        steps.append((unit, spelling))
        i, j = pi, pj
    return steps[::-1]


def learn(pairs, table, ins):
    subs: dict[str, Counter] = defaultdict(Counter)
    inserted: Counter = Counter()
    seen: Counter = Counter()
    for ar, en in pairs:
        letters, bare = translit._arabic_forms(ar)
        _, latin = translit._latin_forms(en)
        if not letters or not latin:
            continue
        seen.update(latin)
        for unit, spelling in viterbi(letters, latin, table, ins):
            if unit == "":
                inserted[spelling] += 1
            else:
                subs[unit][spelling.lstrip(FALLBACK)] += 1
    new_table: dict[str, dict[str, float]] = {}
    for unit, counts in subs.items():
        top = max(counts.values())
        opts = {}
        for spelling, cnt in counts.items():
            if cnt >= MIN_COUNT:
                opts[spelling] = round(min(SUB_CAP, SUB_SCALE * math.log(top / cnt)), 3)
        if opts:
            new_table[unit] = opts
    new_ins = {}
    for ch, total in seen.items():
        if total >= 20:
            frac = max(inserted[ch], 1) / total
            new_ins[ch] = round(min(INS_CAP, max(INS_FLOOR, -INS_SCALE * math.log(frac))), 3)
    return new_table, new_ins


def merged(hand: dict, learned: dict, cheaper_only: bool = False) -> dict:
    out = {k: dict(v) for k, v in hand.items()}
    for unit, opts in learned.items():
        slot = out.setdefault(unit, {})
        for spelling, cost in opts.items():
            if cheaper_only and spelling in slot:
                cost = min(cost, slot[spelling])
            slot[spelling] = cost
    return out


def read_pairs(path: Path) -> list[tuple[str, str]]:
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2 and parts[0].strip() and parts[1].strip():
            pairs.append((parts[0].strip(), parts[1].strip()))
    return pairs


def use(table: dict, ins: dict) -> None:
    """Make aligner.names.translit score with these costs (this process only)."""
    translit._TABLE.clear()
    translit._TABLE.update({k: dict(v) for k, v in table.items()})
    translit._INS.clear()
    translit._INS.update(ins)
    translit._MAX_UNIT = max(len(u) for u in translit._TABLE)
    translit._units.cache_clear()
    translit.name_similarity.cache_clear()


def evaluate(pairs: list[tuple[str, str]], sample: int, seed: int) -> tuple[float, float]:
    """(full-rank top-1 on a sample, recall at THRESHOLD on all pairs)."""
    names = sorted({en for _, en in pairs})
    sub = random.Random(seed).sample(pairs, min(sample, len(pairs)))
    hits = 0
    for ar, en in sub:
        s_true = translit.name_similarity(ar, en)
        hits += all(translit.name_similarity(ar, c) <= s_true for c in names if c != en)
    recall = sum(translit.name_similarity(a, e) >= translit.THRESHOLD for a, e in pairs) / len(pairs)
    return hits / len(sub), recall


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("gold", nargs="?", default=str(REPO.parent / "shared" / "golddata"))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--sample", type=int, default=250)
    ap.add_argument("--out", help="write the learned costs to this Python file")
    args = ap.parse_args()
    gold = Path(args.gold) / "names-ar-en"
    pairs = read_pairs(gold / "ar2en-train.txt")
    hand = translit._HAND
    table, ins = {k: dict(v) for k, v in hand.items()}, {}
    learned_t: dict = {}
    learned_i: dict = {}
    for r in range(args.rounds):
        use(table, ins)
        learned_t, learned_i = learn(pairs, table, ins)
        table, ins = merged(hand, learned_t), learned_i
        n_opts = sum(len(v) for v in learned_t.values())
        print(f"round {r + 1}: {len(learned_t)} units, {n_opts} spellings, {len(learned_i)} insertion costs")
    eval_pairs = read_pairs(gold / "ar2en-eval.txt")
    for label, t, i in (
        ("hand", hand, {}),
        ("learned-where-cheaper", merged(hand, learned_t, cheaper_only=True), {}),
        ("learned-replacing", merged(hand, learned_t), learned_i),
    ):
        use(t, i)
        top1, recall = evaluate(eval_pairs, args.sample, seed=3)
        print(f"{label:22s} full-rank top-1 {top1:.3f}   recall@{translit.THRESHOLD} {recall:.3f}")
    if args.out:
        out = Path(args.out)
        lines = [
            '"""Spelling costs learned by bench/learn_translit_costs.py (numbers only)."""',
            "",
            "SUBSTITUTIONS: dict[str, dict[str, float]] = {",
        ]
        for unit in sorted(learned_t):
            opts = ", ".join(f"{s!r}: {c}" for s, c in sorted(learned_t[unit].items(), key=lambda x: (x[1], x[0])))
            lines.append(f"    {unit!r}: {{{opts}}},")
        lines += ["}", "", "INSERTIONS: dict[str, float] = {"]
        lines += [f"    {ch!r}: {learned_i[ch]}," for ch in sorted(learned_i)]
        lines.append("}")
        out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
