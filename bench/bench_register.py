"""How well the names register groups spellings and proposes entries. One command:

    .venv/bin/python bench/bench_register.py

1. Variant decisions on spelling groups written for this project (below): pairwise
   precision/recall of `latin_variants` over every pair of Latin spellings, and of
   `arabic_variants` over every pair of Arabic forms (pairs within a group should match,
   pairs across groups should not).
2. If ../shared/golddata/entities-ar-en is there: the register's grouping of the gold
   Arabic mentions (as proposals made from the tagged and linked entities) against the
   gold `canonical` field (mentions with the same canonical are one named thing):
   pairwise precision/recall, split by document into halves A and B. Nothing was tuned on
   this data (thresholds were set on the groups of part 1 before it was read).
3. Proposals from the name matcher alone (no entities) on the same pairs: a proposed
   (Arabic form, spelling) is right when a gold link pairs that Arabic mention with that
   English text.
With --pane [--beads N]: the names pane on a corpus of N beads (default 10^6), how long
the GUI thread is busy at open against the old way (bench_names_pane.py).
"""
from __future__ import annotations

import itertools
import json
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from aligner.corpus import Corpus  # noqa: E402
from aligner.model import BeadSpan, Document, Segment  # noqa: E402
from aligner.names.evidence import matcher_observations  # noqa: E402
from aligner.names.register import Observation, group_observations  # noqa: E402
from aligner.names.variants import (arabic_key, arabic_variants, bare_arabic,  # noqa: E402
                                    latin_variants)

_SHARED = [Path(p) for p in (os.environ.get("DRAGOMAN_SHARED", ""),) if p] + [
    REPO.parent / "shared", REPO.parent.parent / "shared"]  # a worktree sits one deeper
GOLD = next((s for s in (d / "golddata" / "entities-ar-en" / "dev.jsonl" for d in _SHARED)
             if s.exists()), _SHARED[-1] / "golddata" / "entities-ar-en" / "dev.jsonl")

# Spellings of one name per line, as news, French press, scholarly and older English texts
# write them (written for this benchmark; not taken from any corpus).
LATIN_GROUPS = """
al-Qaim | Al Qaim | al-Qā’im | Qaem | El Kaim
Muhammad | Mohammed | Mohamed | Mohammad | Muhammed
Yusuf | Youssef | Yousef | Yūsuf
Husayn | Hussein | Hussain | Houssein
Hasan | Hassan | Hasân
Shukri | Choukri | Shukry
Khalid | Khaled | Ḫālid
Abd al-Rahman | Abdel Rahman | Abd ar-Rahman | Abdul Rahman
Baghdad | Bagdad | Baġdād
Fallujah | Falluja | Fallouja | al-Fallūǧa
Daesh | Daech | Dā‘iš | Daish
Qasim | Kassem | Qassim | Qāsim
Jamal | Gamal | Djamel | Ǧamāl
Ghazi | Ghazy | Ġāzī
Tikrit | Takrit | Tikreet
Ramadi | al-Ramadi | Ar-Ramadi | Ramādī
Nasser | Nasir | Nāṣir | Nacer
Salim | Selim | Sālim
Zainab | Zaynab | Zeinab
Uthman | Othman | Osman | ʿUṯmān
Mosul | Mossoul | al-Mawṣil
Aisha | Aicha | Ayesha | ʿĀʾiša
Karbala | Kerbala | Karbalāʾ
Hamid | Hamed | Ḥāmid
Hamad | Hammad
Karim | Kareem | Karīm
Sharif | Cherif | Sherif | Šarīf
Latifa | Latifah | Lateefa
""".strip().splitlines()

ARABIC_GROUPS = """
القائم | القايم | القائِم
كاغينز | كاغيتر
الحمراوي | الحمراوى
مصطفى | مصطفي
الفلوجة | الفلوجه | الفلّوجة
إبراهيم | ابراهيم | إبراهبم
عبد الرحمن | عبد الرحمان
الموصل | الموصّل
السليمانية | السليمانيه | السلیمانیة
حسن
حسين
سعيد
سعد
حامد
حمد
كريم
كرم
""".strip().splitlines()


def _groups(lines: list[str]) -> list[list[str]]:
    return [[x.strip() for x in line.split("|") if x.strip()] for line in lines]


def pairwise(groups: list[list[str]], same) -> tuple[float, float, int, int]:
    items = [(g, x) for g, group in enumerate(groups) for x in group]
    tp = fp = fn = 0
    for (ga, a), (gb, b) in itertools.combinations(items, 2):
        said, truth = same(a, b), ga == gb
        tp += said and truth
        fp += said and not truth
        fn += truth and not said
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1), tp + fn, tp + fp


def _cluster_pr(pred: dict, gold: dict) -> tuple[float, float, int]:
    keys = sorted(set(pred) & set(gold))
    tp = fp = fn = 0
    for a, b in itertools.combinations(keys, 2):
        p, g = pred[a] == pred[b], gold[a] == gold[b]
        tp += p and g
        fp += p and not g
        fn += g and not p
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1), len(keys)


def gold_grouping(rows: list[dict]) -> tuple[float, float, int]:
    """Group the gold Arabic mentions as proposals from linked entities would."""
    obs, gold, where = [], {}, []
    for r in rows:
        ents = {e["id"]: e for e in r["entities"]}
        for e in r["entities"]:
            if e["side"] != "ar" or not e.get("canonical"):
                continue
            link = ents.get(e.get("link"))
            mention = (r["id"], e["id"])
            obs.append(Observation(e["text"], link["text"] if link else "",
                                   "en" if link else "", e["label"], "entities", (len(where),)))
            where.append(mention)
            gold[mention] = e["canonical"]
    pred = {}
    for k, group in enumerate(group_observations(obs)):
        for o in group:
            pred[where[o.entity_ids[0]]] = k
    return _cluster_pr(pred, gold)


def matcher_proposals(rows: list[dict]) -> tuple[float, float, int, int]:
    """Build a corpus of the pairs (one bead each), run the matcher, compare with links."""
    with tempfile.TemporaryDirectory() as tmp:
        c = Corpus.create(Path(tmp) / "gold.dragoman")
        docs = {}
        for lang in ("ar", "en"):
            texts = [r[lang] for r in rows]
            segs, at = [], 0
            for i, t in enumerate(texts):
                segs.append(Segment(None, 0, i, i, at, at + len(t), t))
                at += len(t) + 1
            docs[lang] = c.add_document(Document(None, lang, f"gold.{lang}", "\n".join(texts)),
                                        segs)
        b = c.add_bitext(docs["ar"], docs["en"], "gold")
        c.replace_beads(b, [BeadSpan(i, i + 1, i, i + 1, 1.0) for i in range(len(rows))])
        found = {(arabic_key(o.arabic), o.latin) for o in matcher_observations(c)}
        c.close()
    truth = set()
    for r in rows:
        ents = {e["id"]: e for e in r["entities"]}
        for e in r["entities"]:
            if e["side"] == "ar" and e.get("link") in ents:
                truth.add((arabic_key(bare_arabic(e["text"])), ents[e["link"]]["text"]))
    tp = len(found & truth)
    return tp / max(len(found), 1), tp / max(len(truth), 1), len(truth), len(found)


def main() -> None:
    if "--pane" in sys.argv:  # the names pane at scale (bench_names_pane.py)
        from bench_names_pane import main as pane_main

        sys.argv.remove("--pane")
        pane_main()
        return
    t0 = time.perf_counter()
    p, r, n, said = pairwise(_groups(LATIN_GROUPS), latin_variants)
    print(f"Latin variant pairs (project-written groups): precision {p:.3f} recall {r:.3f} "
          f"({n} true pairs, {said} said same)")
    p, r, n, said = pairwise(_groups(ARABIC_GROUPS), arabic_variants)
    print(f"Arabic variant pairs (project-written groups): precision {p:.3f} recall {r:.3f} "
          f"({n} true pairs, {said} said same)")
    if not GOLD.exists():
        print(f"{GOLD} absent: gold figures skipped")
        return
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    docs = sorted({r["doc"] for r in rows})
    halves = {"A": [r for r in rows if docs.index(r["doc"]) % 2 == 0],
              "B": [r for r in rows if docs.index(r["doc"]) % 2 == 1]}
    for name, part in (*halves.items(), ("all", rows)):
        p, r, n = gold_grouping(part)
        print(f"gold grouping of Arabic mentions by canonical, half {name} ({len(part)} pairs, "
              f"{n} mentions): pairwise precision {p:.3f} recall {r:.3f}")
        p, r, n, said = matcher_proposals(part)
        print(f"matcher proposals vs gold links, half {name}: precision {p:.3f} recall "
              f"{r:.3f} ({n} links, {said} proposed)")
    print(f"({time.perf_counter() - t0:.1f} s)")


if __name__ == "__main__":
    main()
