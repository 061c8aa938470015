"""A word-final ى read as alif maqṣūrah (-á) or as a yāʼ without its dots (-ī), from the
evidence a lexicon gives (aligner/names/maqsura.py). The lexicon is written by hand
(labels as segments.py defines them); the expected spellings follow the schemes' rules
for the two readings (ALA-LC á, DIN and IJMES ā, the news style a; -ī in all), not our
output."""
from __future__ import annotations

from aligner.names.lexicon import LexEntry, known_stems
from aligner.names.maqsura import DOTLESS, MAQSURA, FinalYa
from aligner.names.romanize import render_word


def _lex(rows: dict[str, str]) -> dict[str, LexEntry]:
    return {form: LexEntry(tuple(labels.split()), True, 5) for form, labels in rows.items()}


# fuʻlá / faʻlá words: no dotted spelling known, no base without the ى
# nisbas: the noun they come from is known, and some are known spelled with ي too
LEXICON = _lex({
    "كبرى": "1u 1 1 0á", "صغرى": "1u 1 1 0á", "حسنى": "1u 1 1 0á", "سلمى": "1a 1 1 0á",
    "مصر": "1i 1 1", "مصرى": "1i 1 1 0ī", "مصري": "1i 1 1 0ī",
    "شرق": "1a 1 1", "شرقى": "1a 1 1 0ī", "شرقي": "1a 1 1 0ī",
    "غرب": "1a 1 1", "غربى": "1a 1 1 0ī", "غربي": "1a 1 1 0ī",
    "بحر": "1a 1 1", "بحرى": "1a 1 1 0ī",           # a nisba known only undotted
    "نجد": "1a 1 1",                              # najd: its nisba is not in the lexicon
    "قدس": "1u 1 1", "قدسي": "1u 1 1 0ī",          # quds, qudsī (dotted only)
})


def test_the_evidence_tells_the_alif_from_the_dotless_yaa() -> None:
    final = FinalYa(LEXICON, known_stems(LEXICON))
    # unseen words: of the fuʻlá shape with nothing known behind them -> -á
    assert final.p_maqsura("عظمى") > 0.5
    assert final.log_odds("عظمى", MAQSURA) > 0 > final.log_odds("عظمى", DOTLESS)
    # the noun without the ى is known (a nisba) -> -ī; more so when the dotted spelling is
    assert final.p_maqsura("نجدى") < 0.5
    assert final.p_maqsura("قدسى") < final.p_maqsura("نجدى")
    # only a final ى is concerned, and only its two vowel readings
    assert final.log_odds("نجدي", MAQSURA) == 0.0
    assert final.log_odds("عظمى", "1") == 0.0


def test_each_scheme_writes_the_two_readings_by_its_own_rule() -> None:
    from aligner.names.schemes import SCHEMES
    maqsura = ("1u", "1", "1", MAQSURA)   # عظمى ʻuẓmá
    dotless = ("1a", "1", "1", DOTLESS)   # نجدى Najdī
    want = {"alalc": ("ʻUẓmá", "Najdī"), "din": ("ʿUẓmā", "Naǧdī"),
            "ijmes": ("ʿUẓmā", "Najdī"), "bgn": ("ʻUz̧má", "Najdī"), "news": ("Uzma", "Najdi")}
    for key, (alif, yaa) in want.items():
        assert render_word("عظمى", maqsura, SCHEMES[key]) == alif, key
        assert render_word("نجدى", dotless, SCHEMES[key]) == yaa, key


def test_a_particle_read_as_a_name_is_capitalised() -> None:
    """على is the preposition ʻalá, and ʻAlī where a name's counterpart says so (Egyptian
    print writes علي so): written as a name it takes its capital."""
    from aligner.names.romanize import romanize
    from aligner.names.vowelling import Voweller

    voweller = Voweller(_lex({"على": "1a 1 0á", "علي": "1a 1 0ī", "حسن": "1a 1a 1",
                              "محمد": "1u 1a 2a 1"}) | {
        "على": LexEntry(("1a", "1", "0á"), False, 50)})  # the catalogue writes it lower case
    assert romanize("على حسن", "alalc", "Ali Hassan", voweller=voweller) == "ʻAlī Ḥasan"
    assert romanize("محمد على", "din", "Mohamed Ali", voweller=voweller) == "Muḥammad ʿAlī"
    assert romanize("محمد على", "alalc", voweller=voweller) == "Muḥammad ʻalá"  # no evidence
