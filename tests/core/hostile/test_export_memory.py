"""Issue 12 item 16: export reads entities and titles a window at a time (flat memory);
the windows must not lose an entity, also in a bead that spans two windows. Memory is
measured by bench/bench_formats.py --only export, not here."""
from __future__ import annotations

import json
from pathlib import Path

from aligner.corpus import Corpus
from aligner.edits import MergeBeads
from aligner.exchange import _EntityIndex, export_corpus, import_file

N = 2 * _EntityIndex.WINDOW + 300


def test_every_entity_survives_windowed_export(tmp_path: Path) -> None:
    data = tmp_path / "in.jsonl"
    with open(data, "w", encoding="utf-8") as out:
        for i in range(N):
            record = {"translation": {"ar": f"زار الوفد القائم {i}", "en": f"They saw al-Qaim {i}"},
                      "bitext": "trip"}
            if i % 3 == 0:
                record["entities"] = [
                    {"side": "ar", "start": 10, "end": 16, "label": "LOC", "counterpart": 1},
                    {"side": "en", "start": 9, "end": 16, "label": "LOC", "counterpart": 0}]
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    path = tmp_path / "c.dragoman"
    with Corpus.create(path) as corpus:
        (bitext_id,) = import_file(corpus, data).bitext_ids
        # a bead across the first window's end: units 1998..2000 become one 3-3 bead
        boundary = _EntityIndex.WINDOW - 2
        MergeBeads(bitext_id, boundary).do(corpus)
        MergeBeads(bitext_id, boundary).do(corpus)
    out = tmp_path / "out.jsonl"
    with Corpus.open(path, read_only=True) as corpus:
        export_corpus(corpus, "jsonl", out)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == N - 2
    assert sum(len(r["entities"]) for r in records) == 2 * len(range(0, N, 3))
    merged = records[boundary]
    ar = merged["translation"]["ar"]
    assert ar.startswith(f"زار الوفد القائم {boundary} ")
    spans = sorted((e["side"], e["start"], e["end"]) for e in merged["entities"])
    expected = [i for i in range(boundary, boundary + 3) if i % 3 == 0]
    assert len(spans) == 2 * len(expected)
    for e in merged["entities"]:
        text = merged["translation"][e["side"]]
        assert text[e["start"]:e["end"]] in ("القائم", "al-Qaim")
        assert merged["entities"][e["counterpart"]]["side"] != e["side"]
