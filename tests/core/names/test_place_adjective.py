"""The consistency check does not take a place's nationality adjective (Iraqi) for a
misspelling of the place's name (Iraq). Sentences written for this test."""
from __future__ import annotations

from pathlib import Path

from aligner.corpus import Corpus
from aligner.history import History
from aligner.model import BeadSpan, FormStatus, NameForm, NameKind, RegisterEntry
from aligner.names.consistency import check
from aligner.names.edits import AddEntry
from tests.core.names.register_corpus import add_doc

AR = ["قالت الحكومة العراقية إن العراق سيفتح المعبر.",
      "وزار الوفد العراق مرة ثانية."]
EN = ["The Iraqi government said Iraq would open the crossing.",
      "The delegation visited Irak a second time."]


def test_a_nationality_adjective_is_not_a_misspelt_place(tmp_path: Path) -> None:
    c = Corpus.create(tmp_path / "adj.dragoman")
    ar, en = add_doc(c, "ar", "ar", AR), add_doc(c, "en", "en", EN)
    b = c.add_bitext(ar, en, "ar-en")
    c.replace_beads(b, [BeadSpan(i, i + 1, i, i + 1, 0.9) for i in range(len(AR))])
    History(c).do(AddEntry(RegisterEntry(None, "العراق", NameKind.EXONYM, "LOC", [
        NameForm("en", "Iraq", FormStatus.PREFERRED)])))
    found = [(i.occurrence.bead + 1, i.found) for i in check(c, c.register_entries())]
    c.close()
    assert found == [(2, "Irak")]  # the misspelling is still found; Iraqi is not one
